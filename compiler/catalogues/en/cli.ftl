
## cli-build
cli-build--same-id-another-policy-build = same id as another policy of this build
cli-build--give-each-policy-own-name = give each policy its own `name` in pol.toml
