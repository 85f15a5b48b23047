
## cli-build
cli-build--same-id-another-policy-build = 与本次构建中另一政策的标识相同
cli-build--give-each-policy-own-name = 请在各自的 pol.toml 中设置不同的 name

## cli-build
cli-build--id-id-id-first-too = 标识 { $id } 与 { $first } 的标识相同（不区分大小写）：两者的输出文件夹会相互覆盖
