; Folds: every `{ ... }` and `[ ... ]` that spans lines.
(block) @fold
(list) @fold
