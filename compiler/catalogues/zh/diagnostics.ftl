
## audit-compare
audit-compare--not-audited-message = 未审计：{ $message }
audit-compare--permissions-sdks-file-declares-not = 该文件声明的权限和 SDK 未与政策比对；请修正该文件或将其转换为文本格式
audit-compare--policy-whose-permission-list-lacks = 权限列表缺少该权限的政策
audit-compare--declared-here = 在此声明
audit-compare--add-recipient-sdk-id-company = 请添加接收方，写明 `sdk "{ $id }"`、其公司、目的、收集的信息（写明 `collected_by recipient` 的数据流向）及其隐私政策链接；或移除该依赖
audit-compare--also-declared-here = 另在此声明
audit-compare--policy-whose-sdk-list-lacks = SDK 列表缺少该 SDK 的政策
audit-compare--permission-item-listed-platform-but = 权限「{ $item }」列明适用于 { $platform }，但应用的项目文件未申请其中任何一项
audit-compare--id-not-sdk-catalogue-stdlib = 「{ $id }」不在 SDK 目录（stdlib/mobile/sdks.toml）中，只能通过 packages 匹配：请写明应用声明它所用的 Maven group:artifact、pod 或 Swift 包
audit-compare--remove-recipient-if-app-no = 如应用已不再嵌入该 SDK，请删除该接收方；或在 packages 中写明应用声明它所用的依赖
audit-compare--not-embedded-app = 应用未嵌入

## backends
backends--template-name-failed-message = 模板「{ $name }」出错：{ $message }
backends--fix-template-remove-from-templates = 请修正该模板，或将其从 --templates 目录中移除以使用默认模板

## diff-changelog
diff-changelog--message = {""}
diff-changelog--renamed-from-name-no-change = 将“{ $from }”更名为“{ $name }”（含义不变）。

## diff-classify
diff-classify--notify-changed-part-policy = 应当告知变更的部分
diff-classify--new-purpose-consent-based-processing = 新增以同意为依据的处理目的，应当重新取得个人同意
diff-classify--new-purpose-processing = 新增处理目的
diff-classify--purpose-processing-dropped = 删除处理目的
diff-classify--purpose-now-uses-more-categories = 该处理目的处理的个人信息种类增加
diff-classify--categories-purpose-uses-change = 该处理目的处理的个人信息种类发生变化
diff-classify--method-processing-changes = 处理方式发生变化
diff-classify--legal-basis-changes = 处理依据发生变化
diff-classify--category-personal-information-no-longer = 不再处理该类个人信息
diff-classify--new-category-sensitive-personal-information = 新增处理敏感个人信息，应当取得个人的单独同意
diff-classify--new-category-personal-information-consent = 以同意为依据处理的个人信息种类增加
diff-classify--new-category-personal-information = 新增处理的个人信息种类
diff-classify--personal-information-newly-made-public = 新增公开披露个人信息
diff-classify--successor-merger-sale-business = 新增因合并、出售业务等产生的接收方
diff-classify--new-recipient-authority = 新增接收个人信息的国家机关
diff-classify--new-kind-recipient-entrusted-processing = 新增一类接收方（委托处理）
diff-classify--personal-information-newly-provided-another = 新增向其他个人信息处理者提供个人信息，应当取得个人的单独同意
diff-classify--personal-information-newly-provided-outside = 新增向中华人民共和国境外提供个人信息，应当取得个人的单独同意
diff-classify--recipient-dropped = 删除接收方
diff-classify--recipient-s-role-changes = 接收方的角色发生变化
diff-classify--new-public-disclosure = 新增公开披露个人信息
diff-classify--new-transfer-merger-sale-business = 新增因合并、出售业务等转移个人信息
diff-classify--personal-information-newly-provided-another-2 = 新增向其他接收方提供个人信息
diff-classify--flow-another-handler-dropped = 不再向其他个人信息处理者提供个人信息
diff-classify--flow-provides-personal-information-new = 该数据流向新增接收方
diff-classify--recipients-flow-change = 该数据流向的接收方发生变化
diff-classify--more-categories-personal-information-would = 转移给继受方的个人信息种类增加
diff-classify--more-categories-personal-information-provided = 提供的个人信息种类增加
diff-classify--flow-serves-new-purposes = 该数据流向用于新的处理目的
diff-classify--personal-information-newly-stored-outside = 新增在中华人民共和国境外存储个人信息，应当取得个人的单独同意
diff-classify--personal-information-kept-longer = 个人信息的保存期限延长
diff-classify--contact-channel-changes = 联络方式发生变化
diff-classify--personal-information-handler-s-legal = 个人信息处理者的名称发生变化
diff-classify--handler-s-contact-details-personal = 个人信息处理者的联系方式或个人信息保护负责人发生变化
diff-classify--promise-withdrawn = 撤回了一项承诺
diff-classify--way-personal-information-used-no = 个人信息的使用方式不再受该承诺限制
diff-classify--promise-loosened = 放宽了一项承诺

## diff
diff--change-service-model = 服务模式发生重大变化
diff--change-owner-organisation = 所有权结构、组织架构发生重大变化
diff--change-main-recipients = 共享、转让或公开披露的主要对象发生变化
diff--change-individuals-rights-how-they = 个人权利及其行使方式发生重大变化
diff--change-responsible-department-contact-complaint = 负责部门、联络方式及投诉渠道发生变化
diff--change-outbound-transfers = 个人信息出境情况发生变化
diff--new-category-sensitive-personal-information = 新增处理敏感个人信息

## diff-rule
diff-rule--len-major-change-s-not = { $len }项重大变更未记入历史版本
diff-rule--no-new-revision-version = 本版本没有新增 revision
diff-rule--add-change-log-entry-version = 将变更说明加入历史版本
diff-rule--version-makes-major-change-but = 本版本存在重大变更，但本政策未说明如何就重大变更作出显著通知
diff-rule--add-major-notice-changes-e = 在 changes 中写明 major_notice，例如 major_notice email, popup
diff-rule--ask-consent-before-new-processing = 在新的处理活动开始前征得同意，并在 changes 的 major 中列明 { $id }（或 pipl::reconsent_triggers）
diff-rule--another-change-kind = 同类变更

## names
names--unknown-name-name = 未知名称「{ $name }」
names--not-declared-imported = 未声明也未导入
names--did-you-mean-s = 是否应为「{ $s }」？
names--replace-s = 替换为「{ $s }」
names--declare-import-use = 请先声明，或用 use 导入
names--name-module-which-file-does = 「{ $name }」位于 { $module }，但本文件未导入该模块：请添加 use { $module }，并写作 { $written }
names--import-module-write-written = 导入 { $module } 并写作 { $written }
names--unknown-module-path = 未知模块「{ $path }」
names--no-such-module = 没有这个模块
names--path-standard-library-s-std = 「{ $path }」是标准库模块 std::{ $m }，但本文件未导入：请添加 use std::{ $m }
names--add-use-std-m = 添加 use std::{ $m }
names--import-modules-use-stdlib-modules = 请用 use 导入模块：标准库模块写作 std::pipl，自己的文件写作不带 .pol 的路径
names--name-ambiguous = 「{ $name }」有歧义
names--two-imports-offer-name = 有两个导入提供此名称
names--offered-import = 由此导入提供
names--one = 也由此导入提供
names--write-module-front-name-e = 请在名称前加上模块名，例如 pipl::consent
names--path-module-not-item = 「{ $path }」是模块而非条目
names--module = 模块
names--name-item-inside-e-g = 请指明其中的条目，例如 pipl::consent
names--unused-import-name = 未使用的导入「{ $name }」
names--nothing-uses-import = 没有用到此导入
names--remove-import = 删除此导入
names--text-declared-twice = 「{ $text }」重复声明
names--declared-again-here = 此处再次声明
names--rename-one-them-merge-them = 请重命名其中之一，或将两者合并
names--first-declared-here = 首次声明于此

## project
project--empty = 它为空
project--longer-than-MAX-ID-LEN-characters = 它超过 { $MAX-ID-LEN } 个字符
project--starts = 它以「-」或「_」开头
project--folder-name-reserved = 该文件夹名称为保留名称
project--not-valid-id = 不是有效的标识
project--id-1-MAX-ID-LEN-ascii-letters = 标识须为 1 至 { $MAX-ID-LEN } 个 ASCII 字母、数字、「-」或「_」，以字母或数字开头（不能是 assets 或 Windows 设备名）
project--use-s = 改用「{ $s }」
project--not-address = 不是网址
project--name = 「name」
project--v-not-valid-key-value = 「{ $v }」不是有效的「{ $key }」取值
project--not-allowed-here = 此处不允许
project--invalid-pol-toml-message = pol.toml 无效：{ $message }
project--policy-name = 政策名称
project--rename-policy-set-another-name = 请修改政策名称，或在 pol.toml 中设置其他 name

## acceptance
acceptance--use-taken-acceptance = 以使用视为接受

## core-decl-001
core-decl-001--name-standard-category-not-one = 「{ $name }」是标准类别，并非本政策声明的个人信息种类
core-decl-001--undeclared-category = 未声明的个人信息种类
core-decl-001--standard-category = 标准类别
core-decl-001--declare-category-name-name-label = 请声明 category 名称: { $name } {"{"} label {"{"} …… {"}"} {"}"}，写明实际收集的信息，并在此处引用该名称

## core-decl-002
core-decl-002--declared-but-not-used = 已声明但未使用

## core-flow-001
core-flow-001--flow-name-says-both-may = 数据流向「{ $name }」同时声明“可能”（may）与“目前不会”（currently_not）
core-flow-001--contradicts-other = 与另一声明矛盾
core-flow-001--stated-here-first = 此处已先声明
core-flow-001--keep-one-original-policy-says = 请保留原政策的说法：may（可能）或 currently_not（目前不会）
core-flow-001--remove-key = 删除 { $key }
core-flow-001--named-again = 重复列出
core-flow-001--named-here-first = 此处已列出
core-flow-001--name-each-condition-once-when = 每个条件只列出一次：若数据流向仅在其满足时发生，列于 when；若其为发生的情形之一，列于 only_if
core-flow-001--remove-condition = 删除此处的「{ $condition }」

## core-prom-001
core-prom-001--promise-name-kind-broken-len = 承诺「{ $name }」（{ $kind }）被违反{ $len }处
core-prom-001--promise = 此承诺
core-prom-001--narrow-flows-state-exception-promise = 请收窄相关数据流向、在承诺中写明例外，或撤回该承诺
core-prom-001--hedged-default-unstated-exceptions = 有所保留：存在未写明例外的一般做法

## core-prom-002
core-prom-002--use-unwrap-or-default-your-own-clauses = 请使用「{ $unwrap-or-default }」（或自定义条款）

## core-purp-001
core-purp-001--used-no-purpose = 无处理目的使用
core-purp-001--add-name-uses-purpose-provided = 请将「{ $name }」加入其被提供所服务的处理目的的 uses（并告知个人），或将其从数据流向中移除
core-purp-001--outside-flow-s-purposes = 超出处理目的
core-purp-001--add-name-uses-purpose-serves = 请将「{ $name }」加入其所服务目的的 uses（并告知个人），或在 for 中列出使用它的处理目的，或将其从数据流向中移除
core-purp-001--uses-does-not-list = 该目的的 uses 未列出此种类
core-purp-001--category = 该个人信息种类

## core-stor-001
core-stor-001--declare-overseas-storage-transfer-mechanism = 请声明境外存储或出境提供（及其出境机制），或使该数据流向保留在境内
core-stor-001--flow-goes-abroad = 此数据流向出境

## gdpr-art9-001

## gdpr-basis-001
gdpr-basis-001--flow-name-has-no-gdpr = 数据流向「{ $name }」在「{ $condition }」情形下缺少GDPR第6条规定的合法性基础
gdpr-basis-001--no-art-6-basis-case = 此情形下缺少第6条合法性基础
gdpr-basis-001--give-flow-purpose-gdpr-basis = 请为数据流向或其处理目的写明GDPR合法性基础，或改用本身带有合法性基础的条件（conditions::consent、conditions::law_requires 等）
gdpr-basis-001--ask-each-purpose-s-consent = 请为每个处理目的单独征得同意（consent opt_in 或 separate_prompt），或改为其实际依据的第6条第1款合法性基础
gdpr-basis-001--rests-gdpr-consent-asked-no = 以GDPR同意为基础，但未写明征得同意的方式
gdpr-basis-001--purpose-name-has-no-gdpr = 处理目的「{ $name }」缺少GDPR第6条规定的合法性基础
gdpr-basis-001--no-art-6-basis = 缺少第6条合法性基础
gdpr-basis-001--add-one-gdpr-consent-gdpr = 请在 basis 中加入 gdpr::consent、gdpr::contract、gdpr::legal_obligation、gdpr::vital_interests、gdpr::public_task 或 gdpr::legitimate_interests 之一
gdpr-basis-001--not-valid-consent = 不构成有效同意
gdpr-basis-001--ask-consent-opt-separate-prompt = 请改为 consent opt_in（或 separate_prompt）
gdpr-basis-001--ask-opt = 改为主动勾选同意
gdpr-basis-001--non-essential-cookie-name-not = 非必要Cookie「{ $name }」未以同意为前提
gdpr-basis-001--needs-consent = 须取得同意
gdpr-basis-001--serve-only-purposes-based-gdpr = 请仅将其用于以 gdpr::consent 为基础、并以主动勾选方式征得同意的目的

## gdpr-notice-001
gdpr-notice-001--controller-gives-no-contact-details = 控制者未提供联系方式
gdpr-notice-001--no-email-phone-address = 没有电子邮件、电话或地址
gdpr-notice-001--add-email-phone-address-controller = 请在 controller 中添加 email、phone 或 address
gdpr-notice-001--purpose-name-does-not-say = 处理目的「{ $name }」未说明个人数据的存储期限
gdpr-notice-001--no-storage-period = 缺少存储期限
gdpr-notice-001--declare-retention-name-period-criteria = 请声明 retention {"{"} for { $name }; period …… {"}"}，或以 until {"{"} …… {"}"} 说明确定期限的标准
gdpr-notice-001--category-name-comes-from-third = 个人数据种类「{ $name }」来自第三方，但政策未说明来源
gdpr-notice-001--source-not-named = 未说明来源
gdpr-notice-001--name-source-obtained-from = 请用 obtained_from 说明来源

## gdpr-proc-001

## gdpr-rights-001
gdpr-rights-001--rights-missing = 权利缺失
gdpr-rights-001--declare-each-e-g-right = 请逐项声明，例如 right portability: gdpr::portability {"{"} via ……; within 1 month {"}"}

## gdpr-xfer-001
gdpr-xfer-001--transfer-third-country = 向第三国传输
gdpr-xfer-001--located-outside-eea = 位于欧洲经济区以外
gdpr-xfer-001--add-mechanism-gdpr-standard-contractual = 请为该数据流向添加 mechanism gdpr::standard_contractual_clauses（或有约束力的公司规则、第49条的例外情形）

## pipl-discl-001
pipl-discl-001--flow-name-publicly-discloses-category = 数据流向「{ $name }」公开披露「{ $category }」，此类生物识别或宗教信仰信息不应公开披露
pipl-discl-001--not-published-even-consent = 即使取得同意也不应公开披露
pipl-discl-001--remove-category-from-disclosure-publish = 请将该种类从公开披露中移除，或仅公开无法识别个人的结果
pipl-discl-001--flow-name-publicly-discloses-personal = 数据流向「{ $name }」公开披露个人信息，但既未取得单独同意，也不属于法定的无需同意情形
pipl-discl-001--public-disclosure-without-separate-consent = 公开披露未取得单独同意
pipl-discl-001--base-flow-pipl-separate-consent = 请以 pipl::separate_consent 为依据，或以 pipl::legal_duty 为依据并援引要求公开的法律规定，或仅公开无法识别个人的标识
pipl-discl-001--public = 社会公众
pipl-discl-001--basis-flow = 该数据流向的处理依据

## pipl-duties-adm-001
pipl-duties-adm-001--personalised-purpose-name-offers-no = 个性化处理目的「{ $name }」未提供不针对个人特征的选项或便捷的拒绝方式
pipl-duties-adm-001--no-opt-out = 未写明 opt_out
pipl-duties-adm-001--add-opt-out-setting-switches = 请添加 opt_out，写明关闭个性化推荐或拒绝的设置路径，例如 opt_out {"{"} zh: "设置 > 隐私 > 个性化推荐", en: "……" {"}"}；在浏览器中拒绝全部 Cookie 不属于此类选项（个人信息保护法第二十四条第二款；电子商务法第十八条）
pipl-duties-adm-001--personalised-processing = 个性化处理
pipl-duties-adm-001--automated-decisions = 自动化决策

## pipl-duties-change-001
pipl-duties-change-001--policy-does-not-say-how = 本政策未说明更新时的通知方式
pipl-duties-change-001--no-changes-statement = 缺少 changes 声明
pipl-duties-change-001--add-changes-announce-website-major = 请添加 changes {"{"} announce website; major gb::major_changes; major_notice email, popup {"}"}（个人信息保护法第十七条第二款）
pipl-duties-change-001--changes-statement-does-not-say = 变更声明未说明政策更新的通知方式
pipl-duties-change-001--no-announce = 未写明 announce
pipl-duties-change-001--add-announce-website-email-popup = 请添加 announce website（或 email、popup 等）：告知事项发生变更的，应当将变更部分告知个人（个人信息保护法第十七条第二款）
pipl-duties-change-001--changes-statement-does-not-list = 变更声明未列明需要显著告知的重大变更情形
pipl-duties-change-001--no-major-list = 未写明 major
pipl-duties-change-001--add-major-gb-major-changes = 请添加 major gb::major_changes（GB/T 35273 附录D）及 major_notice
pipl-duties-change-001--major-changes-incomplete = 重大变更情形不完整
pipl-duties-change-001--major-changes = 所列重大变更
pipl-duties-change-001--include-gb-major-changes-major = 请在 major 中包含 gb::major_changes
pipl-duties-change-001--policy-keeps-no-version-history = 本政策未提供历史版本：既无 revision，也无 archive
pipl-duties-change-001--no-version-history = 缺少历史版本
pipl-duties-change-001--declare-each-version-revision-name = 请以 revision NAME {"{"} date ……; changes {"{"} …… {"}"} {"}"} 记录各版本，或以 archive 写明历史版本的网址（GB/T 35273 附录D）
pipl-duties-change-001--continued-use-taken-acceptance-any = 本政策将继续使用视为接受任何变更，但基于同意的处理，其目的、方式或个人信息种类发生变更的，应当重新取得个人同意（个人信息保护法第十四条第二款）
pipl-duties-change-001--no-re-consent-carve-out = 未排除需重新取得同意的变更
pipl-duties-change-001--continued-use-means-acceptance = 继续使用即视为接受
pipl-duties-change-001--add-pipl-reconsent-triggers-major = 请在 major 中加入 pipl::reconsent_triggers（此类变更将重新征得同意），或删除 continued_use_means_acceptance

## pipl-duties-minor-001
pipl-duties-minor-001--policy-neither-keeps-children-under = 本政策既未声明不面向不满十四周岁的未成年人，也未规定取得其监护人同意的方式
pipl-duties-minor-001--no-guardian-consent-path = 缺少监护人同意的方式
pipl-duties-minor-001--declare-audience-not-directed-at = 请声明 audience not_directed_at_minors 并写明 minors {"{"} on_discovery {"{"} …… {"}"} {"}"}，或规定取得监护人同意（basis pipl::guardian_consent、minors {"{"} guardian_consent {"}"}）并制定专门的儿童个人信息处理规则（个人信息保护法第三十一条；《儿童个人信息网络保护规定》第九条）
pipl-duties-minor-001--audience = 适用对象
pipl-duties-minor-001--policy-not-directed-at-children = 本政策声明不面向儿童，但未说明无意中收集到儿童个人信息时如何处理
pipl-duties-minor-001--no-discovery = 未写明 on_discovery
pipl-duties-minor-001--add-minors-discovery-zh-en = 请添加 minors {"{"} on_discovery {"{"} zh: "如发现在未事先取得监护人同意的情况下收集了儿童个人信息，我们会尽快删除；监护人可通过……联系我们", en: "……" {"}"} {"}"}（《儿童个人信息网络保护规定》第九条；GB/T 35273 第5.4条）
pipl-duties-minor-001--policy-treats-only-people-under = 本政策仅将不满{ $t }周岁的人视为儿童，而个人信息保护法保护所有不满十四周岁的未成年人
pipl-duties-minor-001--threshold-below-14 = 年龄标准低于十四周岁
pipl-duties-minor-001--guardian-consent-threshold-14-pipl = 监护人同意的年龄标准为十四周岁（个人信息保护法第三十一条；《儿童个人信息网络保护规定》第二条），可以更高，不得更低
pipl-duties-minor-001--use-14 = 改为十四周岁
pipl-duties-minor-001--policy-says-both-not-directed = 本政策对是否面向未成年人的声明前后矛盾
pipl-duties-minor-001--contradictory-audience = 适用对象声明矛盾
pipl-duties-minor-001--keep-one-statement-directed-at = 请只保留一种声明：directed_at_children 并规定监护人同意和专门规则，或 not_directed_at_minors 并写明 minors {"{"} directed no; on_discovery …… {"}"}

## pipl-duties-minor-002
pipl-duties-minor-002--guardian-consent-asked-here = 此处取得监护人同意
pipl-duties-minor-002--children-s-information = 儿童个人信息
pipl-duties-minor-002--directed-at-children = 面向儿童
pipl-duties-minor-002--policy-may-process-information-children = 本政策可能处理不满十四周岁儿童的个人信息，但未提供专门的儿童个人信息处理规则
pipl-duties-minor-002--no-dedicated-rules = 未写明 dedicated_rules
pipl-duties-minor-002--publish-dedicated-rules-purpose-method = 请制定专门的儿童个人信息处理规则（处理目的、方式和范围；存储地点、期限和到期后的处理方式；安全保障措施；拒绝的后果；投诉、举报渠道和方式；更正、删除的途径和方法；专人负责），并在 minors {"{"} dedicated_rules https://…… {"}"} 中提供链接（个人信息保护法第三十一条第二款；《儿童个人信息网络保护规定》第八条、第十条）

## pipl-duties-mkt-001
pipl-duties-mkt-001--marketing-purpose-name-gives-no = 营销目的「{ $name }」未提供拒绝方式
pipl-duties-mkt-001--no-opt-out = 未写明 opt_out
pipl-duties-mkt-001--add-opt-out-persistent-way = 请添加 opt_out，写明可随时拒绝的方式：退订链接、设置路径、电子邮件等（个人信息保护法第二十四条第二款、第四十四条；广告法第四十三条）
pipl-duties-mkt-001--opt-out-marketing-purpose-name = 营销目的「{ $name }」的拒绝方式未提供联络过程之外可随时使用的渠道
pipl-duties-mkt-001--no-persistent-opt-out = 缺少持续有效的拒绝方式
pipl-duties-mkt-001--give-opt-out-email-url = 请在 opt_out 中写明电子邮件、网址或电话，或声明 right ……: pipl::object_marketing {"{"} via …… {"}"}
pipl-duties-mkt-001--opt-out-words-only = 仅以文字描述的拒绝方式
pipl-duties-mkt-001--marketing-purpose-name-does-not = 营销目的「{ $name }」未以同意为处理依据
pipl-duties-mkt-001--marketing-without-consent = 未经同意进行营销
pipl-duties-mkt-001--electronic-advertising-needs-person-s = 以电子信息方式发送广告，应当经当事人同意或者请求（广告法第四十三条）：请使用 basis pipl::consent
pipl-duties-mkt-001--basis = 处理依据
pipl-duties-mkt-001--rest-consent = 改为同意

## pipl-duties-piia-001
pipl-duties-piia-001--sensitive-personal-information-art-55 = 敏感个人信息（第五十五条第（一）项）
pipl-duties-piia-001--automated-decision-making-art-55 = 自动化决策（第五十五条第（二）项）
pipl-duties-piia-001--provision-outside-mainland-china-art = 向境外提供个人信息（第五十五条第（四）项）
pipl-duties-piia-001--entrusted-processing-art-55-3 = 委托处理个人信息（第五十五条第（三）项）
pipl-duties-piia-001--provision-another-handler-art-55 = 向其他个人信息处理者提供个人信息（第五十五条第（三）项）
pipl-duties-piia-001--public-disclosure-art-55-3 = 公开个人信息（第五十五条第（三）项）
pipl-duties-piia-001--processing-needs-personal-information-protection = 该处理活动应当事前进行个人信息保护影响评估，本政策未记录评估
pipl-duties-piia-001--assess-processing-beforehand-keep-report = 请事前进行个人信息保护影响评估，报告和处理情况记录至少保存三年（个人信息保护法第五十五条、第五十六条）；并以 security {"{"} measures sec::impact_assessment {"}"}（use std::security as sec）记录
pipl-duties-piia-001--no-impact-assessment-measure = 未列明 impact_assessment 措施

## pipl-duties-ret-002
pipl-duties-ret-002--tagged-tag = 标注为 { $tag }

## pipl-duties-rights-002
pipl-duties-rights-002--conditions-narrower-than-law = 适用情形窄于法定情形
pipl-duties-rights-002--use-conditions-pipl-deletion-conditions = 请使用 conditions pipl::deletion_conditions（第四十七条第一款第（一）至（五）项）
pipl-duties-rights-002--stated-conditions = 所写的适用情形
pipl-duties-rights-002--use-statutory-conditions = 改为法定情形
pipl-duties-rights-002--right-name-does-not-say = 删除权「{ $name }」未说明无法删除时的处理方式（个人信息保护法第四十七条第二款）
pipl-duties-rights-002--no-art-47-2-fallback = 缺少第四十七条第二款的处理方式
pipl-duties-rights-002--add-pipl-deletion-fallback-conditions = 请在 conditions 中加入 pipl::deletion_fallback：法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的（如备份），停止除存储和采取必要的安全保护措施之外的处理
pipl-duties-rights-002--add-art-47-2-fallback = 补充第四十七条第二款的处理方式

## pipl-duties-rights-003
pipl-duties-rights-003--right-name-does-not-say = 权利「{ $name }」未说明行使方式
pipl-duties-rights-003--no-via-channel = 未写明 via 渠道
pipl-duties-rights-003--add-via-email-url-phone = 请添加 via，写明电子邮件、网址、电话、联系人或自助操作路径（个人信息保护法第五十条：建立便捷的申请受理和处理机制）
pipl-duties-rights-003--refusal-grounds-without-legal-source = 拒绝理由缺少法律依据
pipl-duties-rights-003--keep-std-gbt35273-refusal-grounds = 请限于 std::gbt35273::refusal_grounds（GB/T 35273 第8.7条）所列情形，或以 allow PIPL-RIGHTS-003 because "……" 写明增加该理由的依据；拒绝请求的，应当说明理由（个人信息保护法第五十条第一款）
pipl-duties-rights-003--not-standard-refusal-ground = 非标准拒绝情形
pipl-duties-rights-003--right-name-states-no-response = 权利「{ $name }」未写明答复期限
pipl-duties-rights-003--no-within = 未写明 within
pipl-duties-rights-003--add-within-15-working-days = 请添加 within 15 working_days（GB/T 35273 第8.7条：不超过三十日；第8.5条：注销账户不超过十五个工作日）
pipl-duties-rights-003--response-time-too-long = 答复期限过长
pipl-duties-rights-003--response-time = 答复期限
pipl-duties-rights-003--answer-within-15-working-days = 改为十五个工作日内答复
pipl-duties-rights-003--right-name-answered-within-d = 权利「{ $name }」的答复期限为 { $d }，而另一项「{ $r }」权利写明 { $other }
pipl-duties-rights-003--two-response-times = 答复期限不一致
pipl-duties-rights-003--response-time-2 = 此处的答复期限
pipl-duties-rights-003--other-response-time = 另一处答复期限
pipl-duties-rights-003--state-one-response-time-right = 同一权利请写明同一答复期限
pipl-duties-rights-003--right-name-charges-fee-every = 权利「{ $name }」对每次请求均收取费用
pipl-duties-rights-003--fee-reasonable-requests = 对合理请求收费
pipl-duties-rights-003--fee = 收费
pipl-duties-rights-003--reasonable-requests-free-cost-fee = 对合理的请求原则上不收取费用，仅对多次重复的请求可收取成本费用（GB/T 35273 第8.7条）
pipl-duties-rights-003--free-reasonable-requests = 改为合理请求免费

## pipl-duties-sec-001
pipl-duties-sec-001--policy-does-not-say-how = 本政策未说明发生个人信息安全事件时如何告知个人
pipl-duties-sec-001--no-security-statement = 缺少 security 声明
pipl-duties-sec-001--add-security-incident-notice-email = 请添加 security {"{"} incident_notice email, sms, announcement {"}"}（个人信息保护法第五十七条；《网络数据安全管理条例》第十一条）
pipl-duties-sec-001--security-statement-does-not-say = 安全声明未说明发生个人信息安全事件时如何告知个人
pipl-duties-sec-001--no-incident-notice = 未写明 incident_notice
pipl-duties-sec-001--add-incident-notice-email-sms = 请添加 incident_notice email, sms, announcement：应当将事件种类、原因、可能造成的危害、补救措施及联系方式告知个人（个人信息保护法第五十七条）
pipl-duties-sec-001--incident-notice-has-no-announcement = 安全事件告知方式未包括难以逐一告知时的公告方式
pipl-duties-sec-001--no-announcement = 未包括 announcement
pipl-duties-sec-001--add-announcement-incident-notice-ndsr = 请在 incident_notice 中加入 announcement（《网络数据安全管理条例》第十一条；GB/T 35273 第10.2条）
pipl-duties-sec-001--notice-channels = 告知方式
pipl-duties-sec-001--add-announcement = 补充公告方式
pipl-duties-sec-001--pipl-art-57-1-items = 缺少第五十七条第一款规定的告知事项
pipl-duties-sec-001--add-missing-items-stdlib-s = 请补充缺少的告知事项：可引用标准库的 pipl::incident_notice，或在自定义条款的 article 中写明“PIPL Art. 57 ¶1(n)”

## pipl-mobile-func-001
pipl-mobile-func-001--extended-function-f-made-up = 扩展业务功能「{ $f }」包含被标为必选（required）的处理目的「{ $pn }」
pipl-mobile-func-001--person-cannot-refuse = 用户无法拒绝
pipl-mobile-func-001--extended-function-can-refused-remove = 扩展业务功能应可拒绝：请去掉该处理目的的 required；如离开它服务无法运行，请将该功能设为基本业务功能
pipl-mobile-func-001--marked-required-here = 在此标为必选

## pipl-mobile-func-002
pipl-mobile-func-002--basic-function-b-includes-purpose = 基本业务功能「{ $b }」包含扩展业务功能「{ $e }」的处理目的「{ $pn }」：使用基本功能即须接受扩展功能
pipl-mobile-func-002--bundled-here = 在此捆绑
pipl-mobile-func-002--split-purpose-so-basic-function = 请拆分该处理目的：基本业务功能只保留其运行所必需的部分，扩展业务功能可单独拒绝
pipl-mobile-func-002--also-part-extended-function = 同时属于扩展业务功能

## pipl-mobile-func-003
pipl-mobile-func-003--extended-function-name-does-not = 扩展业务功能「{ $name }」未说明拒绝的后果
pipl-mobile-func-003--no-refusal = 未写明 refusal
pipl-mobile-func-003--add-refusal-person-may-turn = 请添加 refusal，说明用户可以拒绝，且拒绝不影响基本业务功能的使用

## pipl-mobile-perm-001
pipl-mobile-perm-001--permission-name-names-no-function = 权限「{ $name }」未说明需要它的业务功能或处理目的
pipl-mobile-perm-001--why-requested = 为何申请？
pipl-mobile-perm-001--name-functions-need-functions-purposes = 请以 functions 写明需要它的业务功能，或以 for 写明处理目的：应用申请权限时须同步告知目的

## pipl-mobile-perm-002
pipl-mobile-perm-002--permission-name-exposes-sensitive-personal = 权限「{ $name }」可获取敏感个人信息（「{ $cat }」），但需要它的处理目的均未声明处理「{ $cat }」并取得单独同意
pipl-mobile-perm-002--sensitive-personal-information = 敏感个人信息
pipl-mobile-perm-002--add-cat-uses-purpose-needs = 请在需要该权限的处理目的的 uses 中加入「{ $cat }」，以 pipl::separate_consent 为依据并说明必要性和影响；或不再申请获取该信息

## pipl-mobile-perm-003
pipl-mobile-perm-003--permission-name-requested-at-first = 权限「{ $name }」在首次启动时申请，但没有基本业务功能需要它
pipl-mobile-perm-003--asked-before-any-function-chosen = 在用户选择功能前即申请
pipl-mobile-perm-003--ask-when-function-needs-first = 请在首次使用需要它的功能时再申请（requested on_use），或写明离开它就无法运行的基本业务功能（kind basic）

## pipl-mobile-perm-004
pipl-mobile-perm-004--permission-name-names-background-permission = 权限「{ $name }」包含后台权限，但未说明会在后台使用
pipl-mobile-perm-004--grants-access-background = 可在后台获取
pipl-mobile-perm-004--add-background-permission-say-purposes = 请为该权限写明 background，并在处理目的中说明功能为何需要在后台使用；或不再申请后台权限

## pipl-mobile-sdk-001
pipl-mobile-sdk-001--flow-f-gives-sdk-r = 数据流向「{ $f }」向 SDK「{ $r }」提供的个人信息不服务于任何业务功能的处理目的
pipl-mobile-sdk-001--no-function-needs = 没有业务功能需要
pipl-mobile-sdk-001--name-purpose-function-sdk-serves = 请在 for 中写明该 SDK 所服务的业务功能的处理目的（并将该目的列入该功能），或停止该 SDK 的收集

## pipl-mobile-sdk-002
pipl-mobile-sdk-002--incomplete-sdk-list-row = SDK 清单信息不完整
pipl-mobile-sdk-002--give-sdk-s-company-flow = 请写明 SDK 的所属公司、写明其收集的信息及目的的数据流向，以及其隐私政策链接：SDK 清单每行均需列明

## pipl-mobile-sdk-003
pipl-mobile-sdk-003--works-background = 可在后台运行
pipl-mobile-sdk-003--add-background-if-collects-while = 如其在后台收集，请写明 background（并在数据流向中说明收集的内容和频率）；如不收集，请写明 background no

## pipl-mobile-sdk-004
pipl-mobile-sdk-004--collects-sensitive-data = 收集敏感个人信息
pipl-mobile-sdk-004--declare-flow-sdk-collected-recipient = 请声明指向该 SDK 的数据流向（collected_by recipient），写明其收集的敏感个人信息，并以 pipl::separate_consent 为依据；或将 SDK 配置为不收集并予以说明

## pipl
pipl--require-separate-consent = 改为单独同意

## pipl-notice-basis-001
pipl-notice-basis-001--not-necessary-contract = 并非合同所必需
pipl-notice-basis-001--limit-flow-purposes-contract-needs = 请将该数据流向限于合同所必需的处理目的（for），或以个人同意为依据（向其他个人信息处理者提供时为 pipl::separate_consent，个人信息保护法第二十三条）
pipl-notice-basis-001--purpose-no-contract-needs = 并非合同所必需的处理目的
pipl-notice-basis-001--flow-name-has-no-legal = 数据流向「{ $name }」在「{ $condition }」情形下没有处理依据：该条件不提供依据，数据流向及其所服务的处理目的亦未写明
pipl-notice-basis-001--no-basis-case = 此情形下没有处理依据
pipl-notice-basis-001--give-flow-basis-base-purpose = 请为数据流向写明 basis、为其所服务的处理目的写明依据，或改用本身带有处理依据的条件（conditions::separate_consent、conditions::law_requires 等）
pipl-notice-basis-001--purpose-no-basis = 未写明依据的处理目的
pipl-notice-basis-001--purpose-name-has-no-legal = 处理目的「{ $name }」未写明处理依据
pipl-notice-basis-001--no-basis = 未写明 basis
pipl-notice-basis-001--add-basis-one-bases-pipl = 请添加 basis，写明第十三条第一款规定的处理依据之一：pipl::consent（或 separate_consent）、pipl::contract、pipl::legal_duty 等
pipl-notice-basis-001--purpose-name-has-no-basis = 处理目的「{ $name }」的处理依据均属于其他法律，不属于《个人信息保护法》第十三条规定的情形
pipl-notice-basis-001--not-pipl-basis = 不属于个人信息保护法的处理依据
pipl-notice-basis-001--add-pipl-basis-next-basis = 请同时写明个人信息保护法规定的处理依据（basis 可按法律分别列出）：个人信息保护法未规定“正当利益”依据
pipl-notice-basis-001--flow-name-has-no-legal-2 = 数据流向「{ $name }」未写明处理依据，亦未通过处理目的取得依据
pipl-notice-basis-001--add-basis-e-g-pipl = 请添加 basis（如 pipl::separate_consent），或以 for 写明该数据流向所服务的处理目的
pipl-notice-basis-001--purpose-name-rests-contract-person = 处理目的「{ $name }」以订立、履行合同所必需为依据，但其属于 { $tag }，并非履行合同所必需
pipl-notice-basis-001--base-consent-pipl-consent-pipl = 请以同意为依据（pipl::consent；须取得单独同意时为 pipl::separate_consent）
pipl-notice-basis-001--base-consent = 改为以同意为依据
pipl-notice-basis-001--which-law = 依据哪部法律？
pipl-notice-basis-001--cite-provision-clause-your-own = 请指明具体条文：在数据流向的 exceptions 中引用自定义条款并写明 article（如 clause nsl_logs {"{"} label {"{"}……{"}"}; article "《网络安全法》第二十一条第（三）项" {"}"}），或为该处理目的声明含法定最短期限（minimum）的 retention
pipl-notice-basis-001--no-pipl-counterpart = 个人信息保护法无对应情形
pipl-notice-basis-001--cite-pipl-consent-exceptions-item = 请改为援引 pipl::consent_exceptions（或适用的具体情形），并以同意或第十三条第一款第（二）至（七）项规定的情形为依据

## pipl-notice-consent-001
pipl-notice-consent-001--not-explicit-consent = 并非明确同意
pipl-notice-consent-001--ask-consent-act-person-consent = 请以个人主动作出的行为征得同意：consent opt_in（或 separate_prompt），使用未预先勾选的选项或单独的按钮
pipl-notice-consent-001--ask-consent-explicitly = 改为明示同意
pipl-notice-consent-001--purpose-name-tag-not-necessary = 处理目的「{ $name }」（{ $tag }）并非提供服务所必需，却以同意该处理作为使用服务的条件
pipl-notice-consent-001--bundled-consent = 捆绑同意
pipl-notice-consent-001--make-optional-required-no-say = 请将其设为可选（required no），并在 refusal 中说明拒绝仅导致该项功能无法使用
pipl-notice-consent-001--make-purpose-optional = 设为可选
pipl-notice-consent-001--not-necessary-service = 并非提供服务所必需
pipl-notice-consent-001--say-how-each-purpose-s = 请为每个处理目的写明征得同意的方式（consent opt_in 或 separate_prompt），或改为其实际依据
pipl-notice-consent-001--rests-consent-asked-no-explicit = 以同意为依据，但未写明征得同意的方式

## pipl-notice-consent-002
pipl-notice-consent-002--purpose-name-rests-consent-but = 处理目的「{ $name }」以同意为依据，但未说明如何撤回同意
pipl-notice-consent-002--no-way-withdraw = 无撤回途径
pipl-notice-consent-002--add-withdraw-channel-at-least = 请添加 withdraw，写明不难于给予同意的撤回渠道（如产品内开关、设置页面），或声明 right withdraw: pipl::withdraw_consent {"{"} via …… {"}"}
pipl-notice-consent-002--withdrawal-right-says-no-channel = 撤回同意的权利未写明渠道

## pipl-notice-contact-001
pipl-notice-contact-001--controller-gives-no-email-phone = 个人信息处理者未提供电子邮件、电话或通信地址等联系方式
pipl-notice-contact-001--no-contact-method = 缺少联系方式
pipl-notice-contact-001--add-email-phone-address-controller = 请在 controller 中添加 email、phone 或 address
pipl-notice-contact-001--controller-processes-personal-information-n = 个人信息处理者处理 { $n } 人的个人信息，但未公开个人信息保护负责人及其联系方式
pipl-notice-contact-001--no-personal-information-protection-officer = 缺少个人信息保护负责人
pipl-notice-contact-001--1-000-000-individuals-more = 达到一百万人：适用第五十二条
pipl-notice-contact-001--sensitive-personal-information-processed-but = 本政策处理敏感个人信息，但个人信息处理者既未声明处理规模（scale），也未指定个人信息保护负责人
pipl-notice-contact-001--does-officer-duty-apply = 是否须指定个人信息保护负责人？
pipl-notice-contact-001--declare-scale-number-individuals-whose = 请声明 scale（处理个人信息的人数），或添加含联系方式的 dpo
pipl-notice-contact-001--sensitive-personal-information = 敏感个人信息

## pipl-notice-notice-001
pipl-notice-notice-001--processing-method-not-stated = 未告知处理方式
pipl-notice-notice-001--give-each-category-source-subject = 请为每个个人信息种类写明 source subject（由本人提供）、source automatic（自动收集）或 source third_party（并以 obtained_from 写明来源）
pipl-notice-notice-001--category-without-source = 未写明 source 的个人信息种类

## pipl-notice-notice-002
pipl-notice-notice-002--category-name-does-not-say = 个人信息种类「{ $name }」未说明是否必须提供
pipl-notice-notice-002--no-required = 未写明 required
pipl-notice-notice-002--add-required-service-needs-then = 请添加 required（服务所必需；并以 refusal 说明拒绝提供的后果）或 required no
pipl-notice-notice-002--category-name-must-provided-but = 个人信息种类「{ $name }」为必须提供，但未说明拒绝提供的后果
pipl-notice-notice-002--no-refusal = 未写明 refusal
pipl-notice-notice-002--add-refusal-zh-en-naming = 请添加 refusal {"{"} zh: "……", en: "……" {"}"}，写明拒绝提供后无法使用的具体功能
pipl-notice-notice-002--category-name-obtained-from-third = 个人信息种类「{ $name }」从第三方间接获取，但未写明来源方
pipl-notice-notice-002--which-third-party = 来源方是谁？
pipl-notice-notice-002--declare-source-recipient-name-obtained = 请将来源方声明为 recipient，并在 obtained_from 中写明

## pipl-notice-sens-002
pipl-notice-sens-002--necessity-impact-not-told = 未告知必要性及影响
pipl-notice-sens-002--add-necessity-zh-en-naming = 请添加 necessity {"{"} zh: "……", en: "……" {"}"}，写明离开该信息即无法实现的具体功能，并添加 impact {"{"} zh: "……", en: "……" {"}"}，说明处理对个人权益的影响（如人脸信息一旦泄露将难以更改）
pipl-notice-sens-002--sensitive-personal-information = 敏感个人信息
pipl-notice-sens-002--purpose-name-processes-sensitive-personal = 处理目的「{ $name }」处理敏感个人信息，但本政策未声明相应的保护措施（加密、单独存储、访问控制等）
pipl-notice-sens-002--no-strict-protection-declared = 未声明严格保护措施
pipl-notice-sens-002--declare-measures-security-measures-e = 请在 security {"{"} measures …… {"}"} 中声明保护措施，例如 std::security::storage_encryption、std::security::separate_storage、std::security::access_control

## pipl-notice-sens-003
pipl-notice-sens-003--category-name-declared-not-sensitive = 个人信息种类「{ $name }」被声明为非敏感，但其标准类别「{ $std-name }」属于敏感个人信息
pipl-notice-sens-003--sensitive-under-standard = 按标准属于敏感个人信息
pipl-notice-sens-003--remove-sensitive-no-write-sensitive = 请删除 sensitive no（或改为 sensitive），或保留并以 allow PIPL-SENS-003 because "……" 记录理由
pipl-notice-sens-003--mark-sensitive = 标注为敏感
pipl-notice-sens-003--standard-category = 标准类别
pipl-notice-sens-003--not-mere-business-data = 并非单纯的业务数据
pipl-notice-sens-003--treat-personal-information-map-standard = 请将其作为个人信息处理：归入相应的标准类别（如用于识别个人的语音、人脸录制内容归入 std::gbt35273::biometric），标注 sensitive，并为相关处理目的写明处理依据；或以 allow PIPL-SENS-003 because "……" 记录理由
pipl-notice-sens-003--declared-not-sensitive = 声明为非敏感
pipl-notice-sens-003--category-name-holds-information-children = 个人信息种类「{ $name }」包含不满十四周岁未成年人的个人信息，属于敏感个人信息
pipl-notice-sens-003--children-s-information-sensitive = 儿童个人信息属于敏感个人信息
pipl-notice-sens-003--mark-sensitive-pipl-art-28 = 请标注 sensitive（第二十八条第一款），或归入 std::gbt35273::sensitive_child_under_14

## pipl-ret-001
pipl-ret-001--no-retention-period-covers-purpose = 处理目的「{ $name }」没有对应的保存期限
pipl-ret-001--how-long-data-kept = 其个人信息保存多久？
pipl-ret-001--declare-retention-name-period-until = 请声明 retention {"{"} for { $name }; period ……（或 until {"{"} …… {"}"}）; on_expiry delete {"}"}
pipl-ret-001--no-retention-period-covers-category = 个人信息种类「{ $name }」没有对应的保存期限
pipl-ret-001--how-long-kept = 保存多久？
pipl-ret-001--declare-retention-data-name-period = 请声明 retention {"{"} data { $name }; period ……; on_expiry delete {"}"}
pipl-ret-001--retention-entry-says-only-long = 该保存期限条目仅写明“合理必要期限”：这既不是期限，也不是可据以判断的截止条件
pipl-ret-001--not-period = 并非保存期限
pipl-ret-001--state-period-period-3-years = 请写明期限（period 3 years）、期限届满的事件（until {"{"} …… {"}"}：注销账号、订单完成等）或法定最短期限（minimum）
pipl-ret-001--retention-entry-states-no-period = 该保存期限条目既未写明期限，也未写明截止条件或法定最短期限，属于无限期保存
pipl-ret-001--open-ended-retention = 无限期保存
pipl-ret-001--add-period-duration-until-criterion = 请添加 period（期限）或写明可据以判断的 until {"{"} …… {"}"}
pipl-ret-001--retention-entry-does-not-say = 该保存期限条目未说明期限届满后如何处理个人信息
pipl-ret-001--no-expiry = 未写明 on_expiry
pipl-ret-001--add-expiry-delete-anonymize-delete = 请添加 on_expiry delete（或 anonymize、delete_or_anonymize）

## pipl-rights-001
pipl-rights-001--statutory-rights-missing = 缺少法定权利

## pipl-sens-001
pipl-sens-001--sensitive-personal-information = 敏感个人信息

## pipl-share-001
pipl-share-001--affiliate-another-handler = 关联方亦属其他个人信息处理者
pipl-share-001--provision-not-merger-transfer = 属于提供，而非因合并等原因的转移
pipl-share-001--ordinary-consent-not-enough = 一般同意不足以支持提供
pipl-share-001--no-separate-consent = 未取得单独同意
pipl-share-001--give-flow-basis-pipl-separate = 请为该数据流向设置 basis pipl::separate_consent（并单独征得同意），或将接收方改为依合同处理的受托方，或先行匿名化处理
pipl-share-001--recipient-another-handler = 接收方，属于其他个人信息处理者
pipl-share-001--basis-flow = 该数据流向的处理依据
pipl-share-001--purpose-s-basis-which-flow = 该数据流向沿用的处理目的依据

## pipl-transfer-entr-001
pipl-transfer-entr-001--pipl-art-21-terms-missing = 缺少第二十一条要求的约定
pipl-transfer-entr-001--no-contract = 未写明委托处理约定（contract）
pipl-transfer-entr-001--declare-agreement-s-clauses-contract = 请以 contract pipl::entrust_clauses 写明委托处理的约定，并写明对受托方的监督方式（supervision：审计、评估等）
pipl-transfer-entr-001--entrusted-processing = 委托处理的数据流向
pipl-transfer-entr-001--add-pipl-art-21-terms = 添加第二十一条要求的约定

## pipl-transfer-entr-002
pipl-transfer-entr-002--recipient-name-declared-entrusted-party = 接收方「{ $name }」被声明为受托方，却为自身目的使用个人信息：此时它属于其他个人信息处理者，向其交付个人信息即属于提供
pipl-transfer-entr-002--own-purposes-exceed-entrustment = 为自身目的处理超出委托范围
pipl-transfer-entr-002--if-really-uses-information-itself = 如其确实为自身目的使用个人信息，请将其角色改为 pipl::other_handler，并将流向它的数据流向改为基于单独同意的 share（第二十三条）；否则请删除 own_purposes，并以约定限定其处理目的（contract pipl::entrust_clauses）
pipl-transfer-entr-002--declared-entrusted-party-here = 此处声明为受托方
pipl-transfer-entr-002--flow = 流向该接收方的数据流向
pipl-transfer-entr-002--we-customer-s-entrusted-party = 就此数据我们是客户的受托方
pipl-transfer-entr-002--entrusted-party-may-not-use = 受托方不得为自身目的使用委托处理的个人信息（第二十一条第二款）：请从该处理目的中删除此类信息，或将该使用建模为客户向作为独立个人信息处理者的我们提供个人信息，并取得个人的单独同意（第二十三条）
pipl-transfer-entr-002--purpose-our-own-uses = 我们自身的处理目的使用该信息

## pipl-transfer-joint-001
pipl-transfer-joint-001--pipl-art-20-agreement-identity = 缺少第二十条要求的约定或身份信息
pipl-transfer-joint-001--name-joint-handler-name-record = 请写明共同处理者的名称（name），写明已约定各自的权利和义务（agreement），并告知个人可以向任何一个共同处理者行使权利
pipl-transfer-joint-001--no-agreement = 未签订协议
pipl-transfer-joint-001--flow = 流向该共同处理者的数据流向
pipl-transfer-joint-001--record-joint-handling-agreement = 写明共同处理协议

## pipl-transfer-merge-001
pipl-transfer-merge-001--pipl-art-22-commitments-missing = 缺少第二十二条要求的承诺
pipl-transfer-merge-001--add-commitments-pipl-merger-commitments = 请为该数据流向添加 commitments pipl::merger_commitments（告知接收方的名称和联系方式；接收方继续履行义务；变更处理目的、处理方式的，重新取得同意）
pipl-transfer-merge-001--event-causes-transfer = 引起转移的事由
pipl-transfer-merge-001--flow-s-commitments = 该数据流向的承诺
pipl-transfer-merge-001--add-pipl-art-22-commitments = 添加第二十二条要求的承诺

## pipl-transfer-share-002
pipl-transfer-share-002--pipl-art-23-items-missing = 缺少第二十三条要求告知的事项
pipl-transfer-share-002--give-recipient-legal-name-contact = 请为接收方写明名称（name）和联系方式（contact），并为每个流向它的数据流向写明处理目的（for）；合作方较多的，可在单独的接收方文件中逐一声明

## pipl-transfer-share-003
pipl-transfer-share-003--de-identified-not-anonymized = 去标识化，而非匿名化
pipl-transfer-share-003--give-flow-basis-separate-consent = 请为该数据流向写明处理依据——提供（第二十三条）或公开（第二十五条）须取得单独同意——或先进行匿名化处理（identifiability anonymized，conditions anonymized_first），使其无法识别特定个人且不能复原（第七十三条第四项）
pipl-transfer-share-003--flow-without-basis = 没有处理依据的数据流向
pipl-transfer-share-003--ask-separate-consent = 取得单独同意
pipl-transfer-share-003--category-name-biometric-information-declared = 个人信息种类「{ $name }」属于生物识别信息，却被声明为匿名化信息：原始生物识别信息可以识别特定个人，在保留原始数据的情况下无法实现匿名化
pipl-transfer-share-003--biometric-data-declared-anonymized = 生物识别信息被声明为匿名化
pipl-transfer-share-003--declare-identified-de-identified-give = 请将其声明为 identified 或 de_identified 并为相关数据流向写明处理依据，或将实际保留的匿名化形式（统计结果，而非特征值或原始录音录像）单独声明为一个种类

## pipl-transfer-xb-001
pipl-transfer-xb-001--flow-name-provides-personal-information = 数据流向「{ $name }」向境外的「{ $to }」提供个人信息，但未写明出境路径
pipl-transfer-xb-001--no-mechanism = 未写明出境路径（mechanism）
pipl-transfer-xb-001--declare-mechanism-volumes-require-mechanism = 请按出境规模写明出境路径：mechanism pipl::security_assessment、pipl::standard_contract 或 pipl::certification，或 pipl::ex_contract 等豁免情形
pipl-transfer-xb-001--flow-name-sends-sensitive-category = 数据流向「{ $name }」依据小规模豁免向境外提供敏感个人信息「{ $cat }」，而该豁免不适用于敏感个人信息
pipl-transfer-xb-001--not-available-sensitive-data = 不适用于敏感个人信息
pipl-transfer-xb-001--sensitive-category = 敏感个人信息类别
pipl-transfer-xb-001--exemption-does-not-fit-purpose = 豁免情形与处理目的不符
pipl-transfer-xb-001--purpose = 处理目的
pipl-transfer-xb-001--flow-name-sends-personal-information = 数据流向「{ $name }」向境外提供个人信息，却依据不含个人信息的数据出境豁免
pipl-transfer-xb-001--data-personal-information = 所涉数据属于个人信息
pipl-transfer-xb-001--flow-name-provides-personal-information-2 = 数据流向「{ $name }」向外国机构「{ $who }」提供个人信息，但未经中华人民共和国主管机关批准
pipl-transfer-xb-001--pipl-art-41-approval-missing = 缺少第四十一条规定的批准
pipl-transfer-xb-001--add-pipl-authority-approval-flow = 请在该数据流向的 mechanism 中加入 pipl::authority_approval
pipl-transfer-xb-001--flow-name-relies-only-authority = 数据流向「{ $name }」仅依据主管机关批准出境，而该批准仅适用于外国司法或者执法机构的请求，不适用于向「{ $to }」提供
pipl-transfer-xb-001--not-general-transfer-ground = 并非一般的出境路径
pipl-transfer-xb-001--pick-mechanism-thresholds-require-security = 请按法定门槛选择出境路径：关键信息基础设施运营者、重要数据、100万人以上个人信息或1万人以上敏感个人信息须通过安全评估；低于该规模的，订立标准合同或通过认证；仅在不满10万人且不含敏感个人信息时适用小规模豁免
pipl-transfer-xb-001--not-available-ciio = 关键信息基础设施运营者不适用
pipl-transfer-xb-001--controller-ciio = 处理者为关键信息基础设施运营者
pipl-transfer-xb-001--use-mechanism-pipl-security-assessment = 请改为 mechanism pipl::security_assessment
pipl-transfer-xb-001--use-security-assessment = 改为安全评估
pipl-transfer-xb-001--recipient-outside-mainland-china = 位于境外的接收方

## pipl-transfer-xb-003
pipl-transfer-xb-003--pipl-art-39-items-missing = 缺少第三十九条要求告知的事项
pipl-transfer-xb-003--give-overseas-recipient-legal-name = 请为境外接收方写明名称（name）和联系方式（contact），为数据流向写明处理目的（for），并添加 commitments pipl::art39_items（告知个人向境外接收方行使权利的方式和程序）
pipl-transfer-xb-003--recipient-outside-mainland-china = 境外接收方
pipl-transfer-xb-003--add-pipl-art-39-items = 添加第三十九条要求告知的事项

## pipl-xb-002
pipl-xb-002--no-basis-transfer-abroad = 出境未写明处理依据
pipl-xb-002--not-separate-consent = 并非单独同意
pipl-xb-002--base-flow-pipl-separate-consent = 请以 pipl::separate_consent 为该数据流向的依据，并以单独的出境同意告知境外接收方的名称、联系方式、处理目的、处理方式、个人信息种类及行使权利的方式
pipl-xb-002--recipient-outside-mainland-china = 位于境外的接收方

## suppress
suppress--code-silenced-here-but-reports = 此处豁免了「{ $code }」，但该规则并未报告问题
suppress--nothing-silence = 无可豁免的问题
suppress--remove-allow-policy-no-longer = 请删除此 allow：政策已不再需要它
suppress--remove-suppression = 删除此豁免

## syntax-delimiters
syntax-delimiters--nesting-deeper-than-MAX-DEPTH-levels = 嵌套超过{ $MAX-DEPTH }层
syntax-delimiters--group-too-deep-contents-skipped = 此处嵌套过深，其内容已跳过
syntax-delimiters--policy-needs-only-few-levels = 政策通常只需几层「{"{"}{"}"}」和「[]」，请减少嵌套
syntax-delimiters--nothing-was-opened-here = 此处没有与之对应的开括号
syntax-delimiters--remove = 删除该括号
syntax-delimiters--opened-here-never-closed = 此处打开后未闭合
syntax-delimiters--add-matching-close-rest-file = 请补上对应的「{ $close }」；文件其余部分未检查

## syntax
syntax--unterminated-string = 字符串缺少结束引号
syntax--string-never-closed = 此字符串没有结束引号
syntax--add-closing-rest-file-was = 请补上结束的「"」；文件其余部分被当作字符串内容
syntax--invisible-editors-show-text-around = 不可见：编辑器显示的文字顺序与 pol 读取的顺序不同
syntax--remove-pol-s-pages-set = 请删除它；pol 生成的页面会自行设置各语言的书写方向
syntax--remove-control-character = 删除该控制字符
syntax--unexpected-escape-debug = 意外的「{ $escape-debug }」
syntax--text-must-inside-quotes = 文本须放在引号内
syntax--names-ascii-z-0-9 = 名称只能使用 ASCII 字符（a-z、0-9、_）；文本请写成字符串，例如 {"{"} zh: "手机号码", en: "phone number" {"}"}
syntax--put-quotes = 加上引号
syntax--not-part-language = 不属于本语言的字符
syntax--unknown-escape-escape-debug = 未知的转义「\{ $escape-debug }」
syntax--not-valid-escape = 不是有效的转义
syntax--strings-know-n-t-write = 字符串只支持 \n、\t、\" 和 \\；反斜杠本身请写成 \\
syntax--line-not-field = 此行不是字段

## types-literals
types-literals--dates-written-yyyy-mm-dd = 日期格式为 YYYY-MM-DD
types-literals--did-you-mean-s = 是否应为「{ $s }」？
types-literals--units-hours-days-working-days = 可用单位：hours、days、working_days、weeks、months、years
types-literals--write-international-number-country-code = 请写成国际格式：「+」、国家代码及共7至15位数字，以单个连字符分组，例如 +86-10-12345678
types-literals--region-codes-upper-case-upper = 代码须大写：「{ $upper }」
types-literals--did-you-mean-s-regions = 是否应为「{ $s }」？地区代码采用 ISO 3166-1 两位字母代码
types-literals--regions-iso-3166-1-alpha = 地区代码采用 ISO 3166-1 两位字母代码，如 CN、HK、US

## types-lower
types-lower--key-given-twice = 「{ $key }」重复出现
types-lower--given-again-here = 此处再次出现
types-lower--first-given-here = 首次出现于此
types-lower--list-all-values-one-field = 请在同一字段中列出所有值：{ $key } a, b
types-lower--keep-one-them = 请只保留一个
types-lower--owner-name-needs-key = { $owner-name }缺少必填字段「{ $key }」
types-lower--key-missing = 缺少「{ $key }」
types-lower--no-value-given = 未给出值
types-lower--key-takes-one-value-found = 「{ $key }」只能有一个值，实际有{ $len }个
types-lower--extra-values = 多余的值
types-lower--unexpected-arg-after-value-key = 「{ $key }」的值后面出现了多余的「{ $arg }」
types-lower--not-part-value = 不属于该值
types-lower--separate-values-commas-put-each = 多个值请用逗号分隔，每个字段单独占一行
types-lower--text-bilingual-write-zh-en = 文本须为双语：{"{"} zh: "……", en: "……" {"}"}
types-lower--make-bilingual = 改为双语文本
types-lower--write-allow-pipl-ret-001 = 请写作 allow PIPL-RET-001 because "理由（引用原文）"
types-lower--not-legal-rule = 不是法律规则
types-lower--did-you-mean-s = 是否应为「{ $s }」？
types-lower--replace-s = 替换为「{ $s }」
types-lower--silencing-parsed-needs-written-justification = 豁免「{ $parsed }」须写明理由
types-lower--no-justification = 未说明理由
types-lower--write-allow-parsed-because-quoting = 请写作 allow { $parsed } because "……"，如问题源自原文，请引用原文
types-lower--lang-given-twice = 「{ $lang }」重复出现
types-lower--replace-fix = 替换为「{ $fix }」
types-lower--text-not-option-key = 「{ $text }」不是「{ $key }」的可选值
types-lower--unknown-option = 未知选项
types-lower--unknown-field-key-owner = { $owner }中没有字段「{ $key }」
types-lower--unknown-field = 未知字段
types-lower--rename-s = 改为「{ $s }」
types-lower--name-declared-here = 「{ $name }」声明于此
types-lower--incomplete-text = 文本不完整
types-lower--not-published = 不会发布
types-lower--add-extra-policy-s-languages = 请在政策的 languages 中加入「{ $extra }」，或删除此文本

## workspace
workspace--keyword-declared-more-than-once = 「{ $keyword }」重复声明
workspace--declared-again-here = 此处再次声明
workspace--first-declared-here = 首次声明于此
workspace--policy-has-one-these-merge = 每个政策只能有一个，请合并
workspace--project-has-no-policy-header = 项目缺少 policy 政策声明
workspace--expected-policy-name-file = 此文件中应有 policy 名称 {"{"} …… {"}"}
workspace--add-policy-name-controller-effective = 请在入口文件中添加 policy 名称 {"{"} controller {"{"} …… {"}"} effective YYYY-MM-DD {"}"}
workspace--file-not-valid-utf-8 = 文件不是有效的 UTF-8 编码（第一个无效字节位于偏移 { $valid }）
workspace--invalid-utf-8-here = 此处不是有效的 UTF-8
workspace--save-file-utf-8-file = 请以 UTF-8 编码保存文件；此文件未经检查
workspace--what-outside-project-resolves-real = 「{ $what }」位于项目目录之外（实际路径为 { $real }），未读取
workspace--outside-project = 位于项目之外
workspace--pol-reads-only-files-inside = pol 只读取项目目录内的文件；请将文件移入项目目录，或在命令行中直接指定该文件
workspace--pol-toml-says-key-arg = pol.toml 中 { $key } 为 [{ $arg }]，而政策声明中为 { $arg2 }
workspace--header = 此政策声明
workspace--say-key-one-place-make = 请只在一处声明「{ $key }」，或使两处一致
workspace--file-not-imported-entry-any = 「{ $file }」未被「{ $entry }」或其导入的任何文件导入，不属于本政策
workspace--nothing-imports-file = 没有文件导入此文件
workspace--add-use-m-entry-file = 请在「{ $entry }」（或其导入的文件）中添加 use { $m }；如该文件已废弃，请删除或移走
workspace--name-cannot-imported-module-name = 此文件名无法导入（模块名只能包含字母、数字和「_」）：请重命名后用 use 导入；如已废弃，请删除或移走
workspace--written-declared-file-which-this-file = 「{ $written }」声明于 { $file }，但 { $this-file } 未导入该文件：请添加 use { $m }::{ $written }（或添加 use { $m } 并写作 { $m }::{ $written }）
workspace--file-project-but-this-file-does = { $file } 在项目中，但 { $this-file } 未导入该文件：请添加 use { $m }
workspace--declared-here = 声明于此
workspace--add-use-import = 添加 use { $import }
workspace--unknown-kind-item-word = 未知的条目种类「{ $word }」
workspace--not-kind-item = 不是条目种类
workspace--did-you-mean-s = 是否应为「{ $s }」？
workspace--replace-s = 替换为「{ $s }」
workspace--keyword-needs-name = 「{ $keyword }」需要名称
workspace--name-missing-after = 此后缺少名称
workspace--write-keyword-name-other-items = 请写作 { $keyword } 名称 {"{"} …… {"}"}，其他条目通过名称引用它
workspace--keyword-takes-no-name = 「{ $keyword }」不需要名称
workspace--remove-name = 请删除此名称
workspace--remove-name-2 = 删除名称
workspace--text-has-no-parent = 「{ $text }」不能带「: 上级」
workspace--not-allowed-here = 此处不允许
workspace--only-categories-standard-category-recipients = 只有类别（标准类别）、接收方（角色）、权利和承诺（标准库种类）可以指定上级

## diag-render: the words around every diagnostic
render--error = 错误
render--warning = 警告
render--note = 提示
render--footer-help = 帮助
render--footer-note = 注
render--fix = 可自动修复：{ $title }
render--line-too-long = 此行过长，不予显示
render--more-errors = { $count } 个错误
render--more-warnings = { $count } 个警告
render--more-notes = { $count } 个提示
render--list-separator = 、
render--omitted = ……另有 { $counts } 未显示（`--max-errors 0` 显示全部）

## project (by hand: arguments that are messages)
project--cannot-name-output-folder = { $what }{ $id } 不能用作输出文件夹名称：{ $reason }

## ir: an item named in a message by its label
ir--mention-name = 「{ $name }」
ir--mention-labelled = { $same ->
    [yes] 「{ $name }」
   *[other] “{ $label }”（{ $name }）
}

## audit-compare
audit-compare--code-subject-answered-here-but = 此处为「{ $subject }」的「{ $code }」作了说明，但审计并未报告该问题
audit-compare--nothing-silence = 无可豁免的问题
audit-compare--remove-audit-allow-app-policy = 请删除此 [[audit.allow]]：应用与政策在此已一致（或 subject 拼写有误：应为该问题所指的权限、SDK 标识或依赖、政策条目或文件）
audit-compare--not-requested-app = 应用未申请
audit-compare--remove-names-app-no-longer = 请删除应用已不再申请的权限，使权限列表如实反映应用的申请；如未审计的构建变体仍申请，可保留

## project
project--get-ref-not-polc-audit-code = 「{ $get-ref }」不是 polc audit 的代码
project--not-audit-code = 不是审计代码
project--audit-allow-answers-audit-001 = {"["}[audit.allow]] 只用于 AUDIT-001 至 AUDIT-005；polc check 的规则请在政策中用 allow 豁免
project--exception-code-gives-no-reason = 「{ $code }」的豁免未说明理由
project--empty-justification = 理由为空
project--say-why-app-may-differ = 请说明应用为何可以在此与政策不一致，以便审阅者判断

## ccpa-cat-001
ccpa-cat-001--category-name-does-not-say = 个人信息类别「{ $name }」未说明收集来源
ccpa-cat-001--no-source = 未说明来源
ccpa-cat-001--add-source-subject-from-you = 请添加 source subject（由您提供）、source automatic（自动收集）或 source third_party 并以 obtained_from 列明来源

## ccpa-gpc-001
ccpa-gpc-001--sold-shared = 出售或共享
ccpa-gpc-001--declare-promise-gpc-ccpa-honours = 在实际响应该信号后，请声明 promise gpc: ccpa::honours_opt_out_signals {"{"}{"}"}

## ccpa-req-001
ccpa-req-001--one-method = 仅一种方式
ccpa-req-001--add-second-via-e-g = 请再添加一种 via，例如在网页表单之外提供免费电话 via +1-800-555-0100

## ccpa-ret-001
ccpa-ret-001--policy-does-not-say-how = 本政策未说明个人信息类别「{ $name }」的保存期限
ccpa-ret-001--no-retention-period = 未说明保存期限
ccpa-ret-001--add-retention-data-name-period = 请添加 retention {"{"} data { $name }; period …… {"}"}，或说明确定期限的标准

## ccpa-rights-001
ccpa-rights-001--rights-missing = 权利缺失
ccpa-rights-001--declare-each-e-g-right = 请逐项声明，例如 right know: ccpa::know {"{"} via https://...; via +1-800-555-0100 {"}"}

## ccpa-sale-001
ccpa-sale-001--declare-right-opt-out-ccpa = 请声明 right opt_out: ccpa::opt_out_sale_share {"{"} via https://... {"}"}，写明链接地址
ccpa-sale-001--no-link-via = via 中没有链接

## ccpa-spi-001
ccpa-spi-001--sensitive-personal-information = 敏感个人信息
ccpa-spi-001--purpose-beyond-7027-m = 超出第7027(m)条的目的
ccpa-spi-001--declare-right-limit-ccpa-limit = 请声明 right limit: ccpa::limit_sensitive {"{"} via https://... {"}"} 并写明链接地址，或仅为第7027(m)条的目的使用该信息

## gdpr-adm-001
gdpr-adm-001--art-22-decision = 第22条所指的决定
gdpr-adm-001--add-logic-logic-involved-meaningful = 请添加 logic {"{"} …… {"}"}（以有意义的方式说明所涉逻辑）和 consequences {"{"} …… {"}"}（该决定对您的重要性及预期后果）
gdpr-adm-001--purpose-name-automated-decision-making = 处理目的「{ $name }」属于自动化决策；请说明是否仅通过自动化处理作出对您产生法律效力或类似重大影响的决定
gdpr-adm-001--art-22-not = 是否属于第22条所指的决定？
gdpr-adm-001--add-solely-automated-yes-logic = 请添加 solely_automated yes 并写明 logic 和 consequences，或写明 solely_automated no

## gdpr-art9-001
gdpr-art9-001--special-category-processing = 特殊类别数据处理
gdpr-art9-001--name-art-9-2-condition = 请写明第9条第2款规定的条件（special_condition gdpr::art9_health_care 等），或以明确同意为基础：basis gdpr::consent 并设置 consent separate_prompt
gdpr-art9-001--special-category-under-gdpr-art = GDPR第9条规定的特殊类别

## gdpr-child-001
gdpr-child-001--service-offered-children-consent-policy = 服务面向儿童并以同意为基础，但政策未说明儿童自行同意的年龄
gdpr-child-001--no-art-8-age = 未说明第8条规定的年龄
gdpr-child-001--state-minors-consent-age-16 = 请在 minors 中写明：consent_age 16（或所适用成员国规定的较低年龄，但不低于13岁），并说明低于该年龄时父母如何同意
gdpr-child-001--not-art-8-age = 不符合第8条的年龄
gdpr-child-001--state-age-applicable-law-sets = 请写明所适用法律规定的年龄（成员国未另行规定的，为16岁）

## gdpr-ctrl-001
gdpr-ctrl-001--no-art-27-representative = 缺少第27条规定的代表
gdpr-ctrl-001--add-representative-name-email-controller = 请在 controller 中添加 representative {"{"} name {"{"} …… {"}"}; email …… {"}"}；适用第27条第2款豁免的，请写明 allow GDPR-CTRL-001 because "……"
gdpr-ctrl-001--controller-s-representative-has-no = 控制者代表未提供联系方式
gdpr-ctrl-001--no-email-phone-address-url = 没有电子邮件、电话、地址或网址
gdpr-ctrl-001--add-email-phone-address-url = 请在 representative 中添加 email、phone、address 或 url

## gdpr-li-001
gdpr-li-001--purpose-name-rests-legitimate-interests = 处理目的「{ $name }」以正当利益为基础，但未说明所追求的具体正当利益
gdpr-li-001--which-legitimate-interest = 具体是什么正当利益？
gdpr-li-001--state-purpose-interest-zh-en = 请在处理目的中写明：interest {"{"} zh: "防范欺诈、保障服务安全", en: "……" {"}"}

## gdpr-object-001
gdpr-object-001--purpose-name-direct-marketing-legitimate = 处理目的「{ $name }」基于正当利益进行直接营销，但政策未告知您可随时反对
gdpr-object-001--marketing-legitimate-interests = 基于正当利益的营销
gdpr-object-001--offer-right-object-marketing-gdpr = 请提供 right object_marketing: gdpr::object_marketing {"{"} via …… {"}"}，或在处理目的中写明退出方式：opt_out {"{"} zh: "每封邮件中的退订链接", en: "……" {"}"}

## gdpr-proc-001
gdpr-proc-001--processor-no-art-28-3 = 模型中未载明第28条第3款条款的处理者
gdpr-proc-001--list-gdpr-art28-clauses-each = 请在每个处理者的 contract 中列入 gdpr::art28_clauses；合同另行保存的，可在政策声明中写一次 allow GDPR-PROC-001 because "……"
gdpr-proc-001--another-processor = 另一处理者
gdpr-proc-001--joint-controller-name-has-no = 共同控制者「{ $name }」缺少第26条规定的安排
gdpr-proc-001--no-arrangement = 缺少安排
gdpr-proc-001--declare-agreement-yes-publish-essence = 请声明 agreement yes 并公布安排的要点

## gdpr-xfer-001
gdpr-xfer-001--third-party-cookie-transfer-vendor = 第三方Cookie即向其提供方传输数据
gdpr-xfer-001--declare-flow-vendor-ground-mechanism = 请声明向该提供方的数据流向并写明传输依据（mechanism gdpr::standard_contractual_clauses 等）；美国提供方已通过数据隐私框架认证的，请写明 dpf_certified yes

## gdpr-xfer-002
gdpr-xfer-002--no-adequacy-decision = 没有充分性认定
gdpr-xfer-002--located-here = 所在地
gdpr-xfer-002--state-dpf-certified-yes-recipient = 接收方列入数据隐私框架名单的，请在接收方中写明 dpf_certified yes；否则请写明实际依据（gdpr::standard_contractual_clauses 等）
gdpr-xfer-002--name-ground-transfer-really-rests = 请写明该传输实际依据的机制：gdpr::standard_contractual_clauses、gdpr::binding_corporate_rules 或第49条的例外情形

## uk-gdpr-ico-001
uk-gdpr-ico-001--under-uk-gdpr-policy-must = 根据英国GDPR，本政策须告知您可以向英国信息专员办公室（ICO）投诉
uk-gdpr-ico-001--no-ico-complaint-route = 未提供向ICO投诉的途径
uk-gdpr-ico-001--declare-right-ico-uk-gdpr = 请声明 right ico: uk_gdpr::complain_ico {"{"} via https://ico.org.uk/make-a-complaint/ {"}"}

## uk-gdpr-rep-001
uk-gdpr-rep-001--no-uk-representative = 未指定英国代表
uk-gdpr-rep-001--add-uk-representative-name-email = 请在 controller 中添加 uk_representative {"{"} name ……; email …… {"}"}；如属第27条第2款的豁免情形，请写 allow UK-REP-001 because "……"

## uk-gdpr-xfer-001
uk-gdpr-xfer-001--restricted-transfer = 受限传输
uk-gdpr-xfer-001--outside-uk-without-uk-adequacy = 位于英国境外且无英国充分性规定
uk-gdpr-xfer-001--add-mechanism-uk-gdpr-idta = 请为该数据流向添加 mechanism uk_gdpr::idta，或在欧盟标准合同条款之外添加 mechanism uk_gdpr::uk_addendum

## types-literals
types-literals--did-you-mean-s-subdivisions = 是否应为「{ $s }」？行政区代码采用 ISO 3166-2 代码
types-literals--subdivisions-iso-3166-2-codes = 行政区代码采用 ISO 3166-2 代码（美国、英国、加拿大），如 US-CA、GB-SCT、CA-QC

## audit-compare
audit-compare--app-requests-name-arg-which = 应用申请了「{ $name }」（{ $arg }），但政策的权限列表未列明
audit-compare--app-embeds-name-company-coordinate = 应用嵌入了{ $name }{ $company2 }（「{ $coordinate }」），但政策未将其列为接收方
audit-compare--sdk-recipient-item-listed-but = 政策列明了 SDK 接收方「{ $item }」，但应用的 { $where } 项目文件未声明该 SDK

## diff-changelog
diff-changelog--removed-kind-list = 删除了{ $kind }{ $list }。
diff-changelog--added-kind-list = 新增{ $kind }{ $list }。
diff-changelog--added-name = 新增{ $name }。
diff-changelog--removed-name = 删除了{ $name }。
diff-changelog--updated-fields-policy-d = 更新了本政策的{ $fields }{ $d }。
diff-changelog--changed-fields-name-d = 变更了{ $name }的{ $fields }{ $d }。
diff-changelog--arg-d = { $arg }{ $d }。
diff-changelog--changed-fields-personal-information-provided = 调整了向“{ $to }”提供个人信息的{ $fields }{ $d }。

## diff-rule
diff-rule--add-revision-whose-changes-say = 新增一条历史版本，变更内容为：{ $entry }
diff-rule--changes-count-change-s-need-kind = { $changes-count }项变更依照{ $article2 }应当取得{ $kind2 }，但本政策未说明将征求同意

## project
project--contains-c = 它包含字符 { $c }
project--docs-url-must-http-s = 「docs_url」须为 http(s) 网址，而不是 { $text }
project--allowed-allowed = 可选值：{ $allowed }

## ccpa-gpc-001
ccpa-gpc-001--flow-name-what-personal-information = 数据流向「{ $name }」出售或共享个人信息，但本政策未说明会将全球隐私控制（GPC）等退出偏好信号视为有效的退出请求

## ccpa-req-001
ccpa-req-001--requests-know-delete-correct-can = 提交知悉、删除或更正请求的方式仅有{ $methods-count }种；CCPA要求至少两种，除仅在线经营外须包括免费电话

## ccpa-rights-001
ccpa-rights-001--under-ccpa-policy-must-also = 根据CCPA，本政策还须向加州居民提供以下权利：{ $missing }

## ccpa-sale-001
ccpa-sale-001--flow-name-what-personal-information = 数据流向「{ $name }」{ $what2 }个人信息，但{ $missing }（“不出售或共享我的个人信息”链接）

## ccpa-spi-001
ccpa-spi-001--purpose-name-tagged-tag-uses = 处理目的「{ $name }」超出第7027(m)条的目的使用敏感个人信息「{ $name2 }」，但本政策未通过“限制使用我的敏感个人信息”链接提供限制使用的权利

## core-prom-002
core-prom-002--name-not-one-what-field = 「{ $name }」不属于「{ $field }」所要求的{ $what }（它属于「{ $belongs }」）
core-prom-002--not-what = 不是{ $what }

## core-purp-001
core-purp-001--flow-verb-name-which-no = 此数据流向提供「{ $name }」，但没有任何处理目的使用它
core-purp-001--flow-verb-name-purposes-none = 此数据流向为{ $purposes }提供「{ $name }」，但这些处理目的均未声明使用它

## core-stor-001
core-stor-001--data-said-stored-only-regions = 政策称个人信息仅存储于{ $regions }，但有数据流向境外
core-stor-001--stored-regions-only = 仅存储于{ $regions }

## gdpr-adm-001
gdpr-adm-001--purpose-name-makes-solely-automated = 处理目的「{ $name }」仅通过自动化处理作出决定，但未说明所涉逻辑或其重要性及预期后果

## gdpr-art9-001
gdpr-art9-001--purpose-name-uses-special-categories = 处理目的「{ $name }」处理特殊类别个人数据（{ $names }），但缺少第9条第2款规定的条件

## gdpr-basis-001
gdpr-basis-001--policy-treats-using-service-accepting = 政策将使用服务视为接受本政策，而处理目的{ $arg }以GDPR同意为基础却未写明征得同意的方式：接受政策不构成明确肯定的同意行为
gdpr-basis-001--consent-name-mode-under-gdpr = 「{ $name }」的同意方式不构成GDPR所要求的明确肯定行为

## gdpr-ctrl-001
gdpr-ctrl-001--controller-established-outside-eea-established = 控制者设立于欧洲经济区以外（{ $established }），但政策未写明其在欧盟的代表

## gdpr-proc-001
gdpr-proc-001--policy-does-not-show-art = 政策未显示与{ $lacking-count }个处理者（{ $names2 }）的合同包含第28条第3款规定的条款；告知文本无须载明这些条款，请确认合同已包含

## gdpr-rights-001
gdpr-rights-001--under-gdpr-policy-must-also = 根据GDPR，本政策还须提供以下权利：{ $missing }

## gdpr-xfer-001
gdpr-xfer-001--flow-name-sends-data-name2 = 数据流向「{ $name }」将数据传输至位于{ $third }的「{ $name2 }」，但缺少GDPR第五章规定的传输依据
gdpr-xfer-001--cookie-name-sends-what-collects = Cookie「{ $name }」将其收集的信息传输至位于{ $third }的「{ $name2 }」，但缺少GDPR第五章规定的传输依据

## gdpr-xfer-002
gdpr-xfer-002--flow-name-claims-adequacy-decision = 数据流向「{ $name }」对位于{ $third }的「{ $name2 }」主张充分性认定，但该国家或地区没有充分性认定{ $us-only }

## pipl-duties-adm-001
pipl-duties-adm-001--purpose-name-makes-automated-decisions = 处理目的「{ $name }」进行自动化决策，但本政策未提供以下权利：{ $list }
pipl-duties-adm-001--if-decisions-significantly-affect-people = 如其决定对个人权益有重大影响，请声明 { $list }（个人信息保护法第二十四条第三款）；否则请以 allow PIPL-ADM-001 because "……" 写明理由

## pipl-duties-change-001
pipl-duties-change-001--major-change-list-lacks-list = 重大变更情形缺少 GB/T 35273 附录D 所列的：{ $list }

## pipl-duties-ret-002
pipl-duties-ret-002--name-kept-period-less-than = 「{ $name }」的保存期限为 { $period }，短于法定最短期限{ $min }
pipl-duties-ret-002--shorter-than-min = 短于{ $min }
pipl-duties-ret-002--keep-at-least-min-law = 请至少保存{ $min }（{ $law }），并写明法定最短期限：minimum retention::{ $clause }（需 use std::retention）
pipl-duties-ret-002--keep-fix = 改为保存{ $min }

## pipl-duties-rights-002
pipl-duties-rights-002--right-name-lets-people-ask = 删除权「{ $name }」的适用情形少于个人信息保护法第四十七条第一款，缺少：{ $list }

## pipl-duties-rights-003
pipl-duties-rights-003--right-name-may-refused-grounds = 权利「{ $name }」的拒绝理由超出标准情形：{ $list }
pipl-duties-rights-003--right-name-answered-within-d-2 = 权利「{ $name }」的答复期限为 { $d }，超过{ $arg }

## pipl-duties-sec-001
pipl-duties-sec-001--incident-notice-does-not-tell = 安全事件的告知内容未包括：{ $list }

## pipl-mobile-sdk-002
pipl-mobile-sdk-002--sdk-name-does-not-give = SDK「{ $name }」未列明{ $list2 }

## pipl-mobile-sdk-003
pipl-mobile-sdk-003--sdk-name-kind-sdk-but = SDK「{ $name }」属于{ $kind2 }类 SDK，但政策未说明其是否在后台收集个人信息

## pipl-mobile-sdk-004
pipl-mobile-sdk-004--sdk-name-documented-collect-row = SDK「{ $name }」公开说明会收集{ $row }（敏感个人信息），但没有以单独同意向其提供敏感个人信息的数据流向

## pipl-notice-basis-001
pipl-notice-basis-001--flow-name-rests-contract-person = 数据流向「{ $name }」以订立、履行合同所必需为依据，但其服务于处理目的「{ $purpose }」，而{ $arg }：合同并不涵盖该处理
pipl-notice-basis-001--what-name-rests-law-but = { $what }「{ $name }」以「{ $law }」为依据，但未指明规定该义务或情形的法律、行政法规
pipl-notice-basis-001--what-name-relies-gb-t = { $what }「{ $name }」援引在个人信息保护法中无对应情形的 GB/T 35273 5.6 例外（{ $found }）：依第十三条第二款，仅第一款第（二）至（七）项可免于取得同意

## pipl-notice-consent-001
pipl-notice-consent-001--policy-treats-starting-use-service = 政策将开始使用服务视为接受本政策，而处理目的{ $arg }以同意为依据却未写明征得同意的明确方式：接受政策不等于同意

## pipl-notice-notice-001
pipl-notice-notice-001--purpose-name-does-not-say = 处理目的「{ $name }」未说明「{ $names }」的收集方式（未写明 source）

## pipl-notice-sens-002
pipl-notice-sens-002--purpose-name-processes-sensitive-personal-2 = 处理目的「{ $name }」处理敏感个人信息（「{ $names }」），但未告知{ $missing }

## pipl-notice-sens-003
pipl-notice-sens-003--category-name-handled-business-data = 个人信息种类「{ $name }」被作为业务数据处理，但其属于{ $what }，是所涉个人的个人信息{ $sensitive }

## pipl-rights-001
pipl-rights-001--policy-does-not-offer-statutory = 本政策未载明以下法定权利：{ $list }
pipl-rights-001--declare-each-how-exercise-decls = 请逐项声明并写明行使方式：{ $decls }

## pipl-sens-001
pipl-sens-001--what-name-processes-sensitive-personal = { $what2 }「{ $name }」处理敏感个人信息（「{ $list }」），但未取得单独同意

## pipl-transfer-entr-001
pipl-transfer-entr-001--agreement-entrusted-party-name-does = 与受托方「{ $name }」的约定未涵盖{ $list }

## pipl-transfer-entr-002
pipl-transfer-entr-002--cat-obtained-from-enterprise-customer = 「{ $cat }」来自企业客户「{ $cust }」，我们就此仅为其受托方，但我们自身的处理目的{ $purposes }使用了该信息

## pipl-transfer-joint-001
pipl-transfer-joint-001--joint-handler-name-does-not = 共同处理者「{ $name }」未写明{ $list }

## pipl-transfer-merge-001
pipl-transfer-merge-001--flow-name-transfers-personal-information = 数据流向「{ $name }」因合并等原因转移个人信息，但未承诺{ $list }

## pipl-transfer-share-002
pipl-transfer-share-002--recipient-name-what-receives-personal = 接收方「{ $name }」作为接收个人信息的{ $what }，未写明{ $list2 }

## pipl-transfer-xb-001
pipl-transfer-xb-001--flow-name-relies-arg-purpose = 数据流向「{ $name }」为处理目的「{ $purpose }」依据{ $arg }出境，但该目的并非订立、履行合同或人力资源管理所必需
pipl-transfer-xb-001--flow-name-relies-arg-but = 数据流向「{ $name }」依据{ $arg }出境，但个人信息处理者为关键信息基础设施运营者，须通过数据出境安全评估

## pipl-transfer-xb-003
pipl-transfer-xb-003--flow-name-sends-personal-information = 数据流向「{ $name }」向境外接收方「{ $to }」提供个人信息，但未告知{ $list }

## uk-gdpr-rep-001
uk-gdpr-rep-001--controller-established-established-names-no = 控制者设立于{ $established }，但未指定在英国的代表

## uk-gdpr-xfer-001
uk-gdpr-xfer-001--flow-name-sends-data-out = 数据流向「{ $name }」将数据从英国传输至位于{ $outside }的「{ $name2 }」，但缺少英国的传输工具

## syntax-delimiters
syntax-delimiters--unmatched-describe = 多余的{ $describe2 }
syntax-delimiters--unclosed-describe = { $describe2 }未闭合

## syntax
syntax--msg-found-found = 此处应为字段名，实际为{ $found }
syntax--unexpected-found = 意外的{ $found }

## types-lower
types-lower--add-key-describe-doc = 请添加「{ $key }」（{ $describe2 }）
types-lower--key-needs-describe = 「{ $key }」需要{ $describe2 }
types-lower--key-expects-describe-found-found = 「{ $key }」应为{ $describe2 }，实际为{ $found2 }
types-lower--expected-describe = 应为{ $describe2 }
types-lower--did-you-mean-s-options = 是否应为「{ $s }」？可选值：{ $list2 }
types-lower--options-list = 可选值：{ $list2 }
types-lower--fields-here-keys = 此处可用字段：{ $keys }
types-lower--name-found-spec-but-expected-expected = 「{ $name }」是{ $found-spec }，此处应为{ $expected }
types-lower--found-spec = 此为{ $found-spec }
types-lower--text-has-no-names-version = 文本缺少{ $names }版本
types-lower--policy-published-languages-give-every = 本政策以{ $languages }发布，每段文本都须提供各语言版本
types-lower--text-lang-extra-which-policy = 文本含有{ $lang }（{ $extra }），但本政策未声明该语言
types-lower--key-takes-what-not-bare = 「{ $key }」的值应为{ $what }，而不是未加引号的「{ $written }」
types-lower--what-expected = 此处应为{ $what }
types-lower--write-what-form = 请写成{ $what }：{ $form }

## workspace
workspace--items-all = 可用的条目种类：{ $all }

## diff
# An item's name or label, as the author or the kind table words it.
diff--label = { $label }

## diff-classify
diff-classify--right-no-longer-offered = 不再提供该项个人权利
diff-classify--way-exercising-right-removed = 删除了行使该项权利的途径
diff-classify--response-time-longer = 答复期限延长
diff-classify--conditions-exercising-right-change = 行使该项权利的条件发生变化

## ccpa-sale-001
ccpa-sale-001--sale = 出售
ccpa-sale-001--sharing-cross-context-behavioural-advertising = 为跨情境行为广告共享

## core-decl-002
core-decl-002--category-name-used-no-purpose = 个人信息种类「{ $name }」没有任何处理目的使用
core-decl-002--add-uses-purpose-needs-remove = 请将其加入需要它的处理目的的 uses，或删除该种类
core-decl-002--purpose-name-uses-no-category = 处理目的「{ $name }」未使用任何个人信息种类
core-decl-002--say-which-categories-uses-uses = 请用 uses 写明其使用的个人信息种类，或删除该目的
core-decl-002--no-flow-goes-recipient-name = 没有任何数据流向接收方「{ $name }」
core-decl-002--declare-flow-gives-data-remove = 请声明向其提供数据的数据流向，或删除该接收方
core-decl-002--cookie-name-serves-no-purpose = Cookie「{ $name }」未服务于任何处理目的
core-decl-002--say-which-purposes-serves = 请用 for 写明其服务的处理目的

## core-flow-001
core-flow-001--flow-name-names-condition-condition = 数据流向「{ $name }」在 { $key } 中两次列出条件「{ $condition }」
core-flow-001--flow-name-names-condition-condition-2 = 数据流向「{ $name }」同时在 when（须始终满足）与 only_if（任一情形）中列出条件「{ $condition }」

## core-prom-001
core-prom-001--sends-data-abroad = 向境外提供数据
core-prom-001--stores-data-abroad = 在境外存储数据
core-prom-001--shares-recipient-promise-does-not = 向承诺未允许的接收方共享
core-prom-001--transfers-data-case-promise-does = 在承诺未允许的情形下转让数据
core-prom-001--publicly-discloses-data-another-basis = 以承诺未允许的依据公开披露数据
core-prom-001--provides-data-payment = 有偿提供数据
core-prom-001--obtained-from-third-party = 从第三方获取
core-prom-001--uses-information-another-purpose = 将该个人信息用于承诺范围外的目的

## gdpr-child-001
gdpr-child-001--child-s-own-consent-counts = 儿童本人的同意自16岁起有效，成员国可规定较低年龄但不得低于13岁；政策写明的是{ $age }岁
gdpr-child-001--policy-lets-children-consent-alone = 政策允许儿童自{ $age }岁起自行同意，低于{ $state }规定的年龄（{ $a }岁）

## pipl-notice-consent-001

## pipl-sens-001

## pipl-share-001
pipl-share-001--flow-flow-name-provides-personal-information = 数据流向「{ $flow-name }」向关联方「{ $to }」提供个人信息，但未取得单独同意：个人信息保护法并无关联方豁免
pipl-share-001--flow-flow-name-transfers-personal-information = 数据流向「{ $flow-name }」在合并、分立等情形之外向「{ $to }」转让个人信息，但未取得单独同意：这属于第二十三条规定的提供
pipl-share-001--flow-flow-name-provides-personal-information-2 = 数据流向「{ $flow-name }」仅凭一般同意向「{ $to }」提供个人信息；个人信息保护法第二十三条要求取得单独同意
pipl-share-001--flow-flow-name-provides-personal-information-3 = 数据流向「{ $flow-name }」向「{ $to }」提供个人信息，但既未取得单独同意，也不属于法定的无需同意情形

## pipl-transfer-share-002
pipl-transfer-share-002--flow-which-collects-naming-no = 由其自行收集、未写明个人信息种类的数据流向
pipl-transfer-share-002--flow-no-purpose = 流向该接收方、未写明目的的数据流向
pipl-transfer-share-002--flow = 流向该接收方的数据流向

## pipl-transfer-share-003
pipl-transfer-share-003--flow-flow-name-provides-de-identified = 数据流向「{ $flow-name }」在没有任何处理依据的情况下提供去标识化的「{ $cat }」：去标识化信息仍属于个人信息
pipl-transfer-share-003--flow-flow-name-de-identifies-information = 数据流向「{ $flow-name }」在提供前对信息进行去标识化处理，但没有任何处理依据：去标识化信息仍属于个人信息

## pipl-xb-002
pipl-xb-002--flow-name-sends-personal-information = 数据流向「{ $name }」向{ $region }「{ $to }」提供个人信息，但未写明处理依据；基于同意的出境须取得单独同意
pipl-xb-002--flow-name-sends-personal-information-2 = 数据流向「{ $name }」仅凭一般同意向{ $region }「{ $to }」提供个人信息；个人信息保护法第三十九条要求取得单独同意

## syntax
syntax--bidirectional-control-character-what = 双向控制字符 { $what }
syntax--bidirectional-control-characters-what = 双向控制字符 { $what }
syntax--expected-join-or-found-found = 此处应为{ $join }，实际为{ $found }

## types-lower
types-lower--text-language-error-which-cannot = 「{ $text }」是语言错误，不能豁免
types-lower--text-not-rule-code = 「{ $text }」不是规则代码

## types-literals
types-literals--not-email-address = 「{ $text }」不是有效的电子邮件地址：{ $why }
types-literals--not-valid-url = 「{ $text }」不是有效的网址：{ $why }

## types-literals
types-literals--text-not-date = 「{ $text }」不是日期
types-literals--text-has-no-month-month = 「{ $text }」的月份{ $month }不存在
types-literals--text-does-not-exist-month = 「{ $text }」不存在：{ $year }年{ $month }月只有{ $max }天
types-literals--write-text-value = 请将「{ $text }」写作「{ $value }」
types-literals--number-not-whole-number-units = 「{ $number }」不是整数
types-literals--unknown-duration-unit-unit = 未知的期限单位「{ $unit }」
types-literals--has-no = 缺少「@」
types-literals--part-before-empty-malformed = 「@」前的部分为空或格式有误
types-literals--has-more-than-one = 含有多个「@」
types-literals--domain-has-no = 域名中缺少「.」
types-literals--domain-malformed = 域名格式有误
types-literals--domain-does-not-end-top = 域名缺少顶级域名
types-literals--text-not-phone-number = 「{ $text }」不是有效的电话号码
types-literals--unknown-region-code-text = 未知的地区代码「{ $text }」
types-literals--unknown-region-code-text-2 = 未知的国家或地区代码「{ $text }」

## audit-compare
audit-compare--audit-permission-names-item-which = {"["}[audit.permission]] 指向「{ $item }」，但政策中没有该 permission 条目
audit-compare--unknown-permission-item = 未知的权限条目
audit-compare--set-item-name-one-policy = 请将 item 设为政策中某个 permission 条目的名称
audit-compare--requested-here = 在此申请
audit-compare--add-permission-item-platform-short = 请添加 permission 条目，写明 `{ $platform } "{ $short }"`、其可获取的信息及需要它的业务功能（政策仅以用途描述该权限时，可在 pol.toml 的 [[audit.permission]] 中为该条目写明「{ $short }」）；或不再申请该权限

## project
project--here = 此处
project--pol-toml-knows-name-entry = pol.toml 支持的键：name、entry、languages、profile、docs_url、[[audit.allow]]（code、subject、because）以及 [[audit.permission]]（item、android、ios、miniprogram）

## ccpa-look-001
ccpa-look-001--under-ccpa-policy-must-say = 根据CCPA，本政策须说明其所列收集、出售、共享和披露的个人信息类别涵盖过去12个月
ccpa-look-001--no-look-back-period = 未说明回溯期间
ccpa-look-001--add-look-back-12-months = 请在政策声明中添加 look_back 12 months（“在过去12个月内，我们收集了……”）
ccpa-look-001--policy-s-lists-cover-d = 本政策所列清单仅涵盖{ $amount }{ $unit }，少于CCPA要求的过去12个月
ccpa-look-001--shorter-than-12-months = 短于12个月
ccpa-look-001--cover-preceding-12-months = 改为涵盖过去12个月

## ccpa-notice-001
ccpa-notice-001--under-ccpa-policy-does-not = 根据CCPA，本政策未说明其即为在收集时或收集前提供的告知
ccpa-notice-001--no-notice-at-collection = 未提供收集时告知
ccpa-notice-001--add-notice-at-collection-header = 如本政策即为收集时告知，请在政策声明中添加 notice_at_collection，并在收集个人信息之处提供指向本政策的链接

## gdpr-joint-001
gdpr-joint-001--joint-controller-name-named-without = 共同控制者“{ $name }”未附其与本政策控制者之间安排的要点
gdpr-joint-001--joint-controller = 共同控制者
gdpr-joint-001--add-arrangement-who-answers-your = 请添加 arrangement {"{"} …… {"}"}：说明由谁答复您的请求、由谁向您提供第13条和第14条规定的信息

## pipl-duties-minor-001
pipl-duties-minor-001--minors-statement = 未成年人声明

## pipl-notice-contact-001
pipl-notice-contact-001--add-dpo-name-zh-en = 请在 controller 中添加 dpo {"{"} name {"{"} zh: "……", en: "……" {"}"}; email …… {"}"}

## pipl-notice-notice-002
pipl-notice-notice-002--required = 必须提供

## pipl-sens-001
pipl-sens-001--base-pipl-separate-consent-pipl = 请以 pipl::separate_consent（法律要求书面同意时为 pipl::written_consent）为依据并单独征得同意，或适用第十三条第一款第（二）至（七）项规定的情形

## reply-time
reply-time--name-answered-within-d-more = 「{ $name }」的答复期限为{ $amount }{ $unit }，超过{ $law }规定的{ $limit }
reply-time--longer-than-limit = 超过{ $limit }
reply-time--answer-within-limit = 改为{ $limit }内答复
gdpr-rights-001--answer-within-one-month-extendable = 请在1个月内答复（说明理由后可再延长两个月）
ccpa-rights-001--answer-within-45-days-extendable = 请在45天内答复（可延长一次，再延长45天，并须在最初45天内通知）
pipl-sens-001--not-separate-consent = 并非单独同意
pipl-sens-001--no-basis = 未写明处理依据
core-prom-001--stores-data-elsewhere = 在承诺范围外的地点存储数据
core-prom-001--serves-another-purpose = 用于承诺范围外的目的
core-prom-001--holds-children-s-data = 包含儿童个人信息
pipl-notice-consent-001--purpose-name-treats-use-service = 处理目的「{ $name }」将使用服务视为同意：同意须由个人明确作出
pipl-notice-consent-001--purpose-name-asks-consent-pre = 处理目的「{ $name }」以默认勾选的方式征求同意：同意须由个人明确作出
