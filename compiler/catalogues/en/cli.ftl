
## cli-build
cli-build--same-id-another-policy-build = same id as another policy of this build
cli-build--give-each-policy-own-name = give each policy its own `name` in pol.toml

## cli-build
cli-build--id-id-id-first-too = the id { $id } is the id of { $first } too (ids are compared without case): their output folders would overwrite each other
