#!/usr/bin/env python3
"""Moves diagnostic and CLI wording out of Rust into the Fluent catalogues.

Rewrites every `Message::new(en, zh)` whose two arguments are string literals or `format!`
calls with inline `{name}` or positional arguments into

    Message::key("module--slug").arg("name", &name)

and appends `module--slug = ...` to compiler/catalogues/en/<file>.ftl and zh/<file>.ftl
(cli.ftl for compiler/cli, diagnostics.ftl otherwise). Run from the repository root:

    python3 scripts/catalogue_messages.py          # rewrite, then list converted and skipped calls
    python3 scripts/catalogue_messages.py --check  # list only, change nothing (exit 1 if any
                                                   # call could be converted)

Safe to re-run at any time: converted calls no longer match, keys already in a catalogue are
never renumbered or rewritten, and a message identical to one already catalogued in the same
module reuses its key. Calls it cannot convert (wording built from other expressions, format
specs such as `{:?}`, the two languages using different arguments, test code) are left as they
are and listed with the reason. Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOTS = ["compiler/src", "compiler/cli/src", "lsp/src"]
# Page wording moves in a later step, with its own catalogues.
EXCLUDE = ["compiler/src/backends/site/"]
CATALOGUES = Path("compiler/catalogues")
LANGS = ("en", "zh")


# --- a small Rust lexer: enough to find calls and their arguments -------------------------


@dataclass
class Tok:
    kind: str  # "str", "char", "ident", "punct", "lifetime", "num"
    text: str  # source text
    start: int
    end: int
    value: str | None = None  # decoded string literal


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}


def decode_str(body: str) -> str:
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = body[i + 1] if i + 1 < len(body) else ""
        if n in ESCAPES:
            out.append(ESCAPES[n])
            i += 2
        elif n == "x":
            out.append(chr(int(body[i + 2 : i + 4], 16)))
            i += 4
        elif n == "u":
            close = body.index("}", i)
            out.append(chr(int(body[i + 3 : close].replace("_", ""), 16)))
            i = close + 1
        elif n == "\n":
            i += 2
            while i < len(body) and body[i] in " \t\n\r":
                i += 1
        else:
            raise ValueError(f"unknown escape \\{n}")
    return "".join(out)


def lex(src: str) -> list[Tok]:
    toks: list[Tok] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            depth, j = 0, i
            while j < n:
                if src.startswith("/*", j):
                    depth += 1
                    j += 2
                elif src.startswith("*/", j):
                    depth -= 1
                    j += 2
                    if depth == 0:
                        break
                else:
                    j += 1
            i = j
        elif m := re.compile(r'b?r(#*)"').match(src, i):
            hashes = m.group(1)
            close = src.index('"' + hashes, m.end())
            toks.append(Tok("str", src[i : close + 1 + len(hashes)], i, close + 1 + len(hashes), src[m.end() : close]))
            i = close + 1 + len(hashes)
        elif c == '"' or (c == "b" and src.startswith('b"', i)):
            j = i + (2 if c == "b" else 1)
            while src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            body = src[i + (2 if c == "b" else 1) : j]
            toks.append(Tok("str", src[i : j + 1], i, j + 1, decode_str(body)))
            i = j + 1
        elif c == "'":
            m = re.compile(r"'(\\u\{[0-9a-fA-F_]+\}|\\x[0-9a-fA-F]{2}|\\.|[^\\'])'").match(src, i)
            if m:
                toks.append(Tok("char", m.group(0), i, m.end()))
                i = m.end()
            else:
                m = re.compile(r"'[A-Za-z_][A-Za-z0-9_]*").match(src, i)
                end = m.end() if m else i + 1
                toks.append(Tok("lifetime", src[i:end], i, end))
                i = end
        elif c.isalpha() or c == "_" or ord(c) > 127:
            m = re.compile(r"[\w]+").match(src, i)
            toks.append(Tok("ident", m.group(0), i, m.end()))
            i = m.end()
        elif c.isdigit():
            m = re.compile(r"[0-9][0-9a-zA-Z_]*(\.[0-9][0-9_]*)?").match(src, i)
            toks.append(Tok("num", m.group(0), i, m.end()))
            i = m.end()
        elif src.startswith("::", i):
            toks.append(Tok("punct", "::", i, i + 2))
            i += 2
        else:
            toks.append(Tok("punct", c, i, i + 1))
            i += 1
    return toks


OPEN, CLOSE = "([{", ")]}"


def matching(toks: list[Tok], k: int) -> int:
    """Index of the bracket closing the one at `k`."""
    depth = 0
    for j in range(k, len(toks)):
        t = toks[j]
        if t.kind == "punct" and t.text in OPEN:
            depth += 1
        elif t.kind == "punct" and t.text in CLOSE:
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced brackets")


def split_args(toks: list[Tok], lo: int, hi: int) -> list[tuple[int, int]]:
    """Top-level comma-separated ranges of tokens in (lo, hi)."""
    out, depth, start = [], 0, lo + 1
    for j in range(lo + 1, hi):
        t = toks[j]
        if t.kind == "punct" and t.text in OPEN:
            depth += 1
        elif t.kind == "punct" and t.text in CLOSE:
            depth -= 1
        elif t.kind == "punct" and t.text == "," and depth == 0:
            out.append((start, j))
            start = j + 1
    if start < hi:
        out.append((start, hi))
    return out


# --- one language's wording: text and placeholders -------------------------------------------


class Skip(Exception):
    pass


@dataclass
class Wording:
    parts: list[tuple[str, str]]  # ("text", s) or ("arg", expression source)


def wording(src: str, toks: list[Tok], lo: int, hi: int) -> Wording:
    ts = toks[lo:hi]
    if len(ts) == 1 and ts[0].kind == "str":
        return Wording([("text", ts[0].value)])
    texts = [t.text for t in ts]
    if len(ts) >= 2 and ts[0].kind == "str" and texts[1:] in (
        [".", "to_string", "(", ")"],
        [".", "into", "(", ")"],
        [".", "to_owned", "(", ")"],
    ):
        return Wording([("text", ts[0].value)])
    if texts[:3] == ["String", "::", "from"] and len(ts) == 6 and ts[4].kind == "str":
        return Wording([("text", ts[4].value)])
    if texts[:3] == ["format", "!", "("] and hi - 1 == matching(toks, lo + 2):
        args = split_args(toks, lo + 2, hi - 1)
        if not args or args[0][1] - args[0][0] != 1 or toks[args[0][0]].kind != "str":
            raise Skip("format! without a literal format string")
        fmt = toks[args[0][0]].value
        positional, named = [], {}
        for a, b in args[1:]:
            if b - a >= 2 and toks[a].kind == "ident" and toks[a + 1].text == "=" and toks[a + 2].text != "=":
                named[toks[a].text] = src[toks[a + 2].start : toks[b - 1].end]
            else:
                positional.append(src[toks[a].start : toks[b - 1].end])
        return Wording(parse_format(fmt, positional, named))
    raise Skip("wording is not a string literal or format!")


def parse_format(fmt: str, positional: list[str], named: dict[str, str]) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    text, i, nxt = [], 0, 0
    while i < len(fmt):
        c = fmt[i]
        if fmt.startswith("{{", i) or fmt.startswith("}}", i):
            text.append(c)
            i += 2
            continue
        if c == "}":
            raise Skip("unbalanced } in format string")
        if c != "{":
            text.append(c)
            i += 1
            continue
        close = fmt.index("}", i)
        inner = fmt[i + 1 : close]
        spec = ""
        if ":" in inner:
            inner, spec = inner.split(":", 1)
            if not re.fullmatch(r"\??", spec):
                raise Skip(f"format spec {{{inner}:{spec}}}")
        if inner == "":
            if nxt >= len(positional):
                raise Skip("too few format arguments")
            expr = positional[nxt]
            nxt += 1
        elif inner.isdigit():
            if int(inner) >= len(positional):
                raise Skip("format index out of range")
            expr = positional[int(inner)]
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", inner):
            expr = named.get(inner, inner)
        else:
            raise Skip(f"placeholder {{{inner}}}")
        if spec:
            expr = f'format!("{{:{spec}}}", {expr})'
        if text:
            parts.append(("text", "".join(text)))
            text = []
        parts.append(("arg", expr))
        i = close + 1
    if text:
        parts.append(("text", "".join(text)))
    return parts


# --- Fluent output ----------------------------------------------------------------------------


METHODS = {"to_string", "as_str", "display", "clone", "to_owned", "as_ref", "iter", "map", "join", "collect",
           "unwrap_or_default", "unwrap_or", "replace", "trim", "into_iter", "copied", "cloned"}


def var_name(expr: str, taken: dict[str, str]) -> str:
    """A Fluent variable named after what the expression shows: `flow.name()` -> `name`,
    `regions.join(", ")` -> `regions`, `methods.len()` -> `methods-count`."""
    shown = expr
    if f := re.fullmatch(r'format!\("\{:\??\}", (.*)\)', expr, re.S):
        expr = f.group(1)  # `{id:?}`: named after `id`
    expr = strip_language(expr)
    if f := re.fullmatch(r"LIST\((.*)\)", language_neutral(expr)):
        expr = f.group(1) if f.group(1) != "L" else "list"
    base = "arg"
    if re.fullmatch(r'if .*\{\s*"s?"\s*\}\s*else\s*\{\s*"s?"\s*\}', expr, re.S):
        base = "plural-s"
    elif f := re.match(r"if !?\s*([A-Za-z_][A-Za-z0-9_]*)", expr):
        base = f.group(1)
    elif f := re.match(r"[&*(]*\s*((?:[A-Za-z_][A-Za-z0-9_]*::)*)([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\(\))?)*)", expr):
        segs = [x.removesuffix("()") for x in f.group(2).split(".") if x]
        while len(segs) > 1 and segs[-1] in METHODS:
            segs.pop()
        if len(segs) > 1 and segs[-1] == "len":
            segs = [segs[-2] + "_count"]
        if segs and segs[-1] not in ("format", "en", "zh"):
            base = segs[-1]
    base = base.strip("_").replace("_", "-") or "arg"
    if not base[0].isalpha():
        base = "arg-" + base
    name, k = base, 2
    while name in taken and taken[name] != shown:
        name, k = f"{base}{k}", k + 1
    taken[name] = shown
    return name


def ref(expr: str) -> str:
    simple = re.fullmatch(r"[&*]*[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*(\(\))?)*", expr)
    return "&" + (expr if simple else "(" + expr + ")")


LANG_MARK = re.compile(r"(?<![A-Za-z0-9])(en|zh)(?![A-Za-z0-9])|_(en|zh)(?![A-Za-z0-9])|(?<![A-Za-z0-9])(en|zh)_")


def language_neutral(expr: str) -> str:
    """`kind_en`, `what.en`, `names.join(", ")` and their Chinese twins, alike."""
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    # A list in each language's form: `list_en(&names)` (a, b and c) / `names.join("、")`.
    expr = re.sub(r'^&?\(?(?:[A-Za-z_][A-Za-z0-9_]*::)*list_(?:en|zh)\(&?([A-Za-z_][A-Za-z0-9_.]*)\)\)?$', r"LIST(\1)", expr)
    expr = re.sub(r'^&?\(?([A-Za-z_][A-Za-z0-9_.]*)\.join\(""\)\)?$', r"LIST(\1)", expr)
    return LANG_MARK.sub("L", expr)


def strip_language(expr: str) -> str:
    """The name of a twin pair: `kind_en` -> `kind`, `what.en` -> `what`, `en_list` -> `list`."""
    expr = re.sub(r"\.(en|zh)(\(\))?(?![A-Za-z0-9_])", "", expr)
    expr = re.sub(r"_(en|zh)(?![A-Za-z0-9])", "", expr)
    expr = re.sub(r"(?<![A-Za-z0-9_])(en|zh)_", "", expr)
    return expr


def ftl_text(s: str) -> str:
    out = s.replace("{", '{"{"}').replace("}", '{"}"}') if ("{" in s or "}" in s) else s
    # Rebuild: escaping `{` created `}` that must not be escaped again.
    if "{" in s or "}" in s:
        out = "".join('{"{"}' if c == "{" else '{"}"}' if c == "}" else c for c in s)
    return out


def ftl_value(parts: list[tuple[str, str]], names: dict[str, str]) -> str:
    out = []
    for kind, v in parts:
        out.append(ftl_text(v) if kind == "text" else "{ $" + names[v] + " }")
    value = "".join(out)
    if value.startswith((" ", "\t")):
        value = '{" "}' + value[1:]
    if value.endswith((" ", "\t")):
        value = value[:-1] + '{" "}'
    if value == "":
        value = '{""}'
    if value[0] in "[*.":
        value = '{"' + value[0] + '"}' + value[1:]
    return value


def module_of(path: Path) -> str:
    p = path.as_posix()
    for prefix, name in (("compiler/cli/src/", "cli/"), ("lsp/src/", "lsp/"), ("compiler/src/rules/", ""), ("compiler/src/", "")):
        if p.startswith(prefix):
            p = name + p[len(prefix) :]
            break
    p = p.removesuffix(".rs").removesuffix("/mod")
    return re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-")


STOP = {"a", "an", "the", "of", "to", "is", "are", "be", "and", "or", "in", "on", "it", "its", "this", "that", "with", "for", "by", "as"}


def slug(parts: list[tuple[str, str]], names: dict[str, str]) -> str:
    words: list[str] = []
    for kind, v in parts:
        if kind == "arg":
            words.append(names[v])
        else:
            words += [w for w in re.split(r"[^a-z0-9]+", v.lower()) if w and w not in STOP]
    return "-".join(words[:5]) or "message"


def ftl_entries(text: str) -> dict[str, str]:
    """`key -> value` of one catalogue file (single-line entries, as this script writes)."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"([A-Za-z][A-Za-z0-9_-]*) = (.*)$", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


# --- the conversion ---------------------------------------------------------------------------


def test_start(src: str) -> int:
    """Offset of the file's test module: calls there are test data and stay literal."""
    m = re.search(r"^#\[cfg\(test\)\]", src, re.M)
    return m.start() if m else len(src)


def convert_file(path: Path, cats: dict[str, dict[str, dict[str, str]]], pending: dict, report: list, dry: bool) -> str | None:
    src = path.read_text()
    if "Message::new(" not in src:
        return None
    toks = lex(src)
    limit = test_start(src)
    module = module_of(path)
    catfile = "cli.ftl" if path.as_posix().startswith("compiler/cli/") else "diagnostics.ftl"
    edits = []
    for k in range(len(toks) - 3):
        if not (toks[k].text == "Message" and toks[k + 1].text == "::" and toks[k + 2].text == "new" and toks[k + 3].text == "("):
            continue
        if k > 0 and toks[k - 1].text == "::":
            continue  # `diag::Message::new` is fine too, but keep the start simple
        line = src.count("\n", 0, toks[k].start) + 1
        where = f"{path}:{line}"
        if toks[k].start >= limit:
            report.append(("skipped", where, "test code"))
            continue
        try:
            close = matching(toks, k + 3)
            args = split_args(toks, k + 3, close)
            if len(args) != 2:
                raise Skip("not two arguments")
            en = wording(src, toks, *args[0])
            zh = wording(src, toks, *args[1])
            en_exprs = list(dict.fromkeys(v for kk, v in en.parts if kk == "arg"))
            zh_exprs = list(dict.fromkeys(v for kk, v in zh.parts if kk == "arg"))
            if any("\n" in v for kk, v in en.parts + zh.parts if kk == "text"):
                raise Skip("line break in wording")
        except (Skip, ValueError) as e:
            report.append(("skipped", where, str(e)))
            continue
        names: dict[str, str] = {}
        by_expr: dict[str, str] = {}
        # (name, en expression, zh expression or None for one value in every language)
        chain: list[tuple[str, str, str | None]] = []
        zh_only = [z for z in zh_exprs if z not in en_exprs]
        for expr in en_exprs:
            if expr in zh_exprs:
                by_expr[expr] = var_name(expr, names)
                chain.append((by_expr[expr], expr, None))
                continue
            # The same value worded per language in Rust (`kind_en` / `kind_zh`, a list
            # joined with ", " / "、"): one argument carrying both renderings.
            twin = next((z for z in zh_only if language_neutral(z) == language_neutral(expr)), None)
            if twin is not None:
                zh_only.remove(twin)
                name = var_name(strip_language(expr), names)
                by_expr[expr] = by_expr[twin] = name
                chain.append((name, expr, twin))
            else:
                by_expr[expr] = var_name(expr, names)
                chain.append((by_expr[expr], expr, None))
        # What only one language uses: the key takes the union of the arguments.
        for expr in zh_only:
            by_expr[expr] = var_name(expr, names)
            chain.append((by_expr[expr], expr, None))
        values = {"en": ftl_value(en.parts, by_expr), "zh": ftl_value(zh.parts, by_expr)}
        key = choose_key(module, slug(en.parts, by_expr), values, cats, catfile)
        for lang in LANGS:
            cats.setdefault(lang, {}).setdefault(catfile, {})[key] = values[lang]
            pending.setdefault((lang, catfile), []).append((module, key, values[lang]))
        call = f'Message::key("{key}")'
        for name, expr, twin in chain:
            if twin is None:
                call += f'.arg("{name}", {ref(expr)})'
            else:
                call += f'.arg_en_zh("{name}", {ref(expr)}, {ref(twin)})'
        edits.append((toks[k].start, toks[close].end, call))
        report.append(("converted", where, key))
    if not edits or dry:
        return None
    for start, end, call in sorted(edits, reverse=True):
        src = src[:start] + call + src[end:]
    return src


def choose_key(module: str, s: str, values: dict[str, str], cats, catfile: str) -> str:
    existing = {}
    for lang in LANGS:
        for key, v in cats.get(lang, {}).get(catfile, {}).items():
            existing.setdefault(key, {})[lang] = v
    for key, vs in existing.items():
        if key.startswith(module + "--") and vs == values:
            return key
    all_keys = {k for lang in cats.values() for f in lang.values() for k in f}
    base = f"{module}--{s}"
    key, n = base, 2
    while key in all_keys:
        key, n = f"{base}-{n}", n + 1
    return key


def string_literals(files: list[Path]) -> set[str]:
    """Every string literal in the code: a catalogue key none of them names is no longer used."""
    out: set[str] = set()
    for f in files:
        out |= set(re.findall(r'"([A-Za-z0-9][A-Za-z0-9_-]*--[A-Za-z0-9_-]+)"', f.read_text()))
    return out


def prune(cats, used: set[str]) -> list[str]:
    """Drops entries no code names (a call whose wording changed on another branch was
    re-converted under a fresh key), so that their keys are free for the new wording."""
    gone = []
    for lang, files in cats.items():
        for catfile, entries in files.items():
            for key in [k for k in entries if "--" in k and k not in used]:
                del entries[key]
                gone.append(f"{lang}/{catfile}: {key}")
                path = CATALOGUES / lang / catfile
                lines = path.read_text().splitlines(keepends=True)
                out, skipping = [], False
                for line in lines:
                    if re.match(re.escape(key) + r" =", line):
                        skipping = True
                        continue
                    if skipping and line.startswith((" ", "\t")) and line.strip():
                        continue
                    skipping = False
                    out.append(line)
                path.write_text("".join(out))
    return gone


TITLE = re.compile(
    r'Code::new\("([A-Z][A-Z0-9-]*)"\),\s*severity:\s*[A-Za-z:]+,\s*'
    r'title_en:\s*"((?:[^"\\]|\\.)*)",\s*title_zh:\s*"((?:[^"\\]|\\.)*)"'
)
CODE_ROW = re.compile(r'^\s*[A-Z_0-9]+ = "([A-Z][A-Z0-9-]*)", [A-Za-z]+, "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)";', re.M)


def code_titles(cats) -> int:
    """Each code's title (`SYN-001 = unexpected token`) into codes.ftl: the key is the code
    itself, so `CodeInfo::title` needs no table of keys. Titles already there are kept."""
    found: dict[str, tuple[str, str]] = {}
    for f in sorted(Path("compiler/src").rglob("*.rs")):
        text = f.read_text()
        for m in list(TITLE.finditer(text)) + list(CODE_ROW.finditer(text)):
            found.setdefault(m.group(1), (decode_str(m.group(2)), decode_str(m.group(3))))
    added = 0
    for i, lang in enumerate(LANGS):
        known = cats.setdefault(lang, {}).setdefault("codes.ftl", {})
        new = [(code, titles[i]) for code, titles in found.items() if code not in known]
        if not new:
            continue
        path = CATALOGUES / lang / "codes.ftl"
        text = path.read_text() if path.exists() else "# The title of every diagnostic code (the key is the code).\n"
        for code, title in new:
            value = ftl_value([("text", title)], {})
            known[code] = value
            text += f"{code} = {value}\n"
            added += 1
        path.write_text(text)
    return added


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="list only, change nothing")
    ap.add_argument("files", nargs="*", help="only these files (default: every Rust file under " + ", ".join(ROOTS) + ")")
    opts = ap.parse_args()
    if not Path("compiler/catalogues").is_dir() and not opts.check:
        CATALOGUES.joinpath("en").mkdir(parents=True, exist_ok=True)
    cats: dict[str, dict[str, dict[str, str]]] = {}
    for lang in LANGS:
        d = CATALOGUES / lang
        for f in sorted(d.glob("*.ftl")) if d.is_dir() else []:
            cats.setdefault(lang, {})[f.name] = ftl_entries(f.read_text())
    files = [Path(f) for f in opts.files] or sorted(p for r in ROOTS for p in Path(r).rglob("*.rs"))
    files = [f for f in files if not any(f.as_posix().startswith(e) for e in EXCLUDE)]
    everything = sorted(p for r in ["compiler", "lsp", "tests"] for p in Path(r).rglob("*.rs") if "/target/" not in p.as_posix())
    if not opts.check and not opts.files:
        for g in prune(cats, string_literals(everything)):
            print(f"pruned\t{g}")
    if not opts.check and not opts.files:
        if n := code_titles(cats):
            print(f"titles\t{n} code titles added to codes.ftl")
    pending: dict = {}
    report: list = []
    for f in files:
        new = convert_file(f, cats, pending, report, opts.check)
        if new is not None:
            f.write_text(new)
    if not opts.check:
        for (lang, catfile), entries in sorted(pending.items()):
            path = CATALOGUES / lang / catfile
            path.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text() if path.exists() else ""
            known = ftl_entries(text)
            last_module = None
            out = []
            for module, key, value in entries:
                if key in known:
                    continue
                known[key] = value
                if module != last_module:
                    out.append(f"\n## {module}\n")
                    last_module = module
                out.append(f"{key} = {value}\n")
            if out:
                path.write_text(text + "".join(out))
    for status, where, what in report:
        print(f"{status}\t{where}\t{what}")
    converted = sum(1 for r in report if r[0] == "converted")
    skipped = len(report) - converted
    print(f"{converted} converted, {skipped} skipped", file=sys.stderr)
    return 1 if opts.check and converted else 0


if __name__ == "__main__":
    sys.exit(main())
