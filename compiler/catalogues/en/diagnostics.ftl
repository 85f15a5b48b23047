
## audit-compare
audit-compare--not-audited-message = not audited: { $message }
audit-compare--permissions-sdks-file-declares-not = the permissions and SDKs this file declares are not compared with the policy; fix the file or convert it to text
audit-compare--policy-whose-permission-list-lacks = the policy whose permission list lacks it
audit-compare--declared-here = declared here
audit-compare--add-recipient-sdk-id-company = add a recipient with `sdk "{ $id }"`, its company, purpose, the data it collects (a flow with `collected_by recipient`) and its policy link, or remove the dependency
audit-compare--also-declared-here = also declared here
audit-compare--policy-whose-sdk-list-lacks = the policy whose SDK list lacks it
audit-compare--permission-item-listed-platform-but = permission `{ $item }` is listed for { $platform }, but the app's project files request none of these
audit-compare--id-not-sdk-catalogue-stdlib = `{ $id }` is not an SDK of the catalogue (stdlib/mobile/sdks.toml), so only `packages` can match it: name the Maven `group:artifact`, pod or Swift package the app declares it by
audit-compare--remove-recipient-if-app-no = remove the recipient if the app no longer embeds the SDK, or name in `packages` how the app declares it
audit-compare--not-embedded-app = not embedded by the app

## backends
backends--template-name-failed-message = template `{ $name }` failed: { $message }
backends--fix-template-remove-from-templates = fix the template, or remove it from --templates to use the default

## diff-changelog
diff-changelog--message = {""}
diff-changelog--renamed-from-name-no-change = Renamed `{ $from }` to `{ $name }` (no change in meaning).

## diff-classify
diff-classify--notify-changed-part-policy = notify the changed part of the policy
diff-classify--new-purpose-consent-based-processing = a new purpose of consent-based processing needs fresh consent
diff-classify--new-purpose-processing = a new purpose of processing
diff-classify--purpose-processing-dropped = a purpose of processing is dropped
diff-classify--purpose-now-uses-more-categories = the purpose now uses more categories of personal information
diff-classify--categories-purpose-uses-change = the categories the purpose uses change
diff-classify--method-processing-changes = the method of processing changes
diff-classify--legal-basis-changes = the legal basis changes
diff-classify--category-personal-information-no-longer = a category of personal information is no longer processed
diff-classify--new-category-sensitive-personal-information = a new category of sensitive personal information needs separate consent
diff-classify--new-category-personal-information-consent = a new category of personal information for consent-based processing
diff-classify--new-category-personal-information = a new category of personal information
diff-classify--personal-information-newly-made-public = personal information is newly made public
diff-classify--successor-merger-sale-business = a successor in a merger or sale of business
diff-classify--new-recipient-authority = a new recipient authority
diff-classify--new-kind-recipient-entrusted-processing = a new kind of recipient (entrusted processing)
diff-classify--personal-information-newly-provided-another = personal information is newly provided to another handler, which needs separate consent
diff-classify--personal-information-newly-provided-outside = personal information is newly provided outside mainland China, which needs separate consent
diff-classify--recipient-dropped = a recipient is dropped
diff-classify--recipient-s-role-changes = the recipient's role changes
diff-classify--new-public-disclosure = a new public disclosure
diff-classify--new-transfer-merger-sale-business = a new transfer on a merger or sale of business
diff-classify--personal-information-newly-provided-another-2 = personal information is newly provided to another recipient
diff-classify--flow-another-handler-dropped = a flow to another handler is dropped
diff-classify--flow-provides-personal-information-new = the flow provides personal information to a new recipient
diff-classify--recipients-flow-change = the recipients of the flow change
diff-classify--more-categories-personal-information-would = more categories of personal information would pass to a successor
diff-classify--more-categories-personal-information-provided = more categories of personal information are provided
diff-classify--flow-serves-new-purposes = the flow serves new purposes
diff-classify--personal-information-newly-stored-outside = personal information is newly stored outside mainland China, which needs separate consent
diff-classify--personal-information-kept-longer = personal information is kept longer
diff-classify--contact-channel-changes = a contact channel changes
diff-classify--personal-information-handler-s-legal = the personal information handler's legal name changes
diff-classify--handler-s-contact-details-personal = the handler's contact details or its personal information protection officer change
diff-classify--promise-withdrawn = a promise is withdrawn
diff-classify--way-personal-information-used-no = the way personal information is used is no longer limited by the promise
diff-classify--promise-loosened = a promise is loosened

## diff
diff--change-service-model = a change in the service model
diff--change-owner-organisation = a change of owner or organisation
diff--change-main-recipients = a change in the main recipients
diff--change-individuals-rights-how-they = a change in individuals' rights or how they are exercised
diff--change-responsible-department-contact-complaint = a change in the responsible department, contact or complaint channel
diff--change-outbound-transfers = a change in outbound transfers
diff--new-category-sensitive-personal-information = a new category of sensitive personal information

## diff-rule
diff-rule--len-major-change-s-not = { $len } major change(s) are not recorded in the version history
diff-rule--no-new-revision-version = no new `revision` for this version
diff-rule--add-change-log-entry-version = add the change-log entry to the version history
diff-rule--version-makes-major-change-but = this version makes a major change but the policy does not say how major changes are announced
diff-rule--add-major-notice-changes-e = add `major_notice` to `changes`, e.g. `major_notice email, popup`
diff-rule--ask-consent-before-new-processing = ask for consent before the new processing, and list `{ $id }` (or `pipl::reconsent_triggers`) in `changes {"{"} major ... {"}"}`
diff-rule--another-change-kind = another change of this kind

## names
names--unknown-name-name = unknown name `{ $name }`
names--not-declared-imported = not declared or imported
names--did-you-mean-s = did you mean `{ $s }`?
names--replace-s = replace with `{ $s }`
names--declare-import-use = declare it, or import it with `use`
names--name-module-which-file-does = `{ $name }` is in `{ $module }`, which this file does not import: add `use { $module }` and write `{ $written }`
names--import-module-write-written = import `{ $module }` and write `{ $written }`
names--unknown-module-path = unknown module `{ $path }`
names--no-such-module = no such module
names--path-standard-library-s-std = `{ $path }` is the standard library's `std::{ $m }`, which this file does not import: add `use std::{ $m }`
names--add-use-std-m = add `use std::{ $m }`
names--import-modules-use-stdlib-modules = import modules with `use`: stdlib modules as `std::pipl`, your own files by their path without `.pol`
names--name-ambiguous = `{ $name }` is ambiguous
names--two-imports-offer-name = two imports offer this name
names--offered-import = offered by this import
names--one = and by this one
names--write-module-front-name-e = write the module in front of the name, e.g. `pipl::consent`
names--path-module-not-item = `{ $path }` is a module, not an item
names--module = a module
names--name-item-inside-e-g = name an item inside it, e.g. `pipl::consent`
names--unused-import-name = unused import `{ $name }`
names--nothing-uses-import = nothing uses this import
names--remove-import = remove the import
names--text-declared-twice = `{ $text }` is declared twice
names--declared-again-here = declared again here
names--rename-one-them-merge-them = rename one of them or merge them
names--first-declared-here = first declared here

## project
project--empty = it is empty
project--longer-than-MAX-ID-LEN-characters = it is longer than { $MAX-ID-LEN } characters
project--starts = it starts with `-` or `_`
project--folder-name-reserved = that folder name is reserved
project--not-valid-id = not a valid id
project--id-1-MAX-ID-LEN-ascii-letters = an id is 1 to { $MAX-ID-LEN } ASCII letters, digits, `-` and `_`, starting with a letter or digit (not `assets` or a Windows device name)
project--use-s = use `{ $s }`
project--not-address = not an address
project--name = `name`
project--v-not-valid-key-value = `{ $v }` is not a valid `{ $key }` value
project--not-allowed-here = not allowed here
project--invalid-pol-toml-message = invalid pol.toml: { $message }
project--policy-name = the policy name
project--rename-policy-set-another-name = rename the policy, or set another `name` in pol.toml

## acceptance
acceptance--use-taken-acceptance = use taken as acceptance

## core-decl-001
core-decl-001--name-standard-category-not-one = `{ $name }` is a standard category, not one this policy declares
core-decl-001--undeclared-category = undeclared category
core-decl-001--standard-category = the standard category
core-decl-001--declare-category-name-name-label = declare `category NAME: { $name } {"{"} label {"{"} ... {"}"} {"}"}` with what you actually collect, and use NAME here

## core-decl-002
core-decl-002--declared-but-not-used = declared but not used

## core-flow-001
core-flow-001--flow-name-says-both-may = flow `{ $name }` says both that it may happen (`may`) and that it does not happen at present (`currently_not`)
core-flow-001--contradicts-other = contradicts the other
core-flow-001--stated-here-first = stated here first
core-flow-001--keep-one-original-policy-says = keep the one the original policy says: `may` (可能) or `currently_not` (目前不会)
core-flow-001--remove-key = remove `{ $key }`
core-flow-001--named-again = named again
core-flow-001--named-here-first = named here first
core-flow-001--name-each-condition-once-when = name each condition once: in `when` if the flow happens only while it holds, in `only_if` if it is one of the cases in which it happens
core-flow-001--remove-condition = remove this `{ $condition }`

## core-prom-001
core-prom-001--promise-name-kind-broken-len = promise `{ $name }` ({ $kind }) is broken { $len } time(s)
core-prom-001--promise = this promise
core-prom-001--narrow-flows-state-exception-promise = narrow the flows, state the exception in the promise, or withdraw the promise
core-prom-001--hedged-default-unstated-exceptions = hedged: a default with unstated exceptions

## core-prom-002
core-prom-002--use-unwrap-or-default-your-own-clauses = use `{ $unwrap-or-default }` (or your own clauses)

## core-purp-001
core-purp-001--used-no-purpose = used by no purpose
core-purp-001--add-name-uses-purpose-provided = add `{ $name }` to the `uses` of the purpose it is provided for (and tell people), or remove it from the flow
core-purp-001--outside-flow-s-purposes = outside the flow's purposes
core-purp-001--add-name-uses-purpose-serves = add `{ $name }` to the `uses` of the purpose it serves (and tell people), list a purpose that uses it in `for`, or remove it from the flow
core-purp-001--uses-does-not-list = its `uses` does not list it
core-purp-001--category = the category

## core-stor-001
core-stor-001--declare-overseas-storage-transfer-mechanism = declare the overseas storage or transfer (with its mechanism), or make the flow domestic
core-stor-001--flow-goes-abroad = this flow goes abroad

## gdpr-art9-001

## gdpr-basis-001
gdpr-basis-001--flow-name-has-no-gdpr = flow `{ $name }` has no GDPR Art. 6 basis in the case `{ $condition }`: the condition gives none, and neither does the flow or the purpose it serves
gdpr-basis-001--no-art-6-basis-case = no Art. 6 basis in this case
gdpr-basis-001--give-flow-purpose-gdpr-basis = give the flow or its purpose a GDPR basis, or name a condition that carries one (`conditions::consent`, `conditions::law_requires`, ...)
gdpr-basis-001--ask-each-purpose-s-consent = ask for each purpose's consent on its own (`consent opt_in` or `separate_prompt`), or base the purpose on the Art. 6(1) ground it really rests on
gdpr-basis-001--rests-gdpr-consent-asked-no = rests on GDPR consent, asked no way
gdpr-basis-001--purpose-name-has-no-gdpr = purpose `{ $name }` has no GDPR Art. 6 basis
gdpr-basis-001--no-art-6-basis = no Art. 6 basis
gdpr-basis-001--add-one-gdpr-consent-gdpr = add one of `gdpr::consent`, `gdpr::contract`, `gdpr::legal_obligation`, `gdpr::vital_interests`, `gdpr::public_task` or `gdpr::legitimate_interests` to `basis`
gdpr-basis-001--not-valid-consent = not a valid consent
gdpr-basis-001--ask-consent-opt-separate-prompt = ask with `consent opt_in` (or `separate_prompt`)
gdpr-basis-001--ask-opt = ask opt-in
gdpr-basis-001--non-essential-cookie-name-not = non-essential cookie `{ $name }` is not set on consent
gdpr-basis-001--needs-consent = needs consent
gdpr-basis-001--serve-only-purposes-based-gdpr = serve it only for purposes based on `gdpr::consent` asked opt-in

## gdpr-notice-001
gdpr-notice-001--controller-gives-no-contact-details = the controller gives no contact details
gdpr-notice-001--no-email-phone-address = no email, phone or address
gdpr-notice-001--add-email-phone-address-controller = add `email`, `phone` or `address` to `controller`
gdpr-notice-001--purpose-name-does-not-say = purpose `{ $name }` does not say how long its data is stored
gdpr-notice-001--no-storage-period = no storage period
gdpr-notice-001--declare-retention-name-period-criteria = declare `retention {"{"} for { $name }; period ... {"}"}`, or the criteria with `until {"{"} ... {"}"}`
gdpr-notice-001--category-name-comes-from-third = category `{ $name }` comes from a third party the policy does not name
gdpr-notice-001--source-not-named = source not named
gdpr-notice-001--name-source-obtained-from = name the source with `obtained_from`

## gdpr-proc-001

## gdpr-rights-001
gdpr-rights-001--rights-missing = rights missing
gdpr-rights-001--declare-each-e-g-right = declare each, e.g. `right portability: gdpr::portability {"{"} via ...; within 1 month {"}"}`

## gdpr-xfer-001
gdpr-xfer-001--transfer-third-country = transfer to a third country
gdpr-xfer-001--located-outside-eea = located outside the EEA
gdpr-xfer-001--add-mechanism-gdpr-standard-contractual = add `mechanism gdpr::standard_contractual_clauses` (or binding corporate rules, or an Art. 49 derogation) to the flow

## pipl-discl-001
pipl-discl-001--flow-name-publicly-discloses-category = flow `{ $name }` publicly discloses `{ $category }`, biometric or religious information that should never be published
pipl-discl-001--not-published-even-consent = not to be published, even with consent
pipl-discl-001--remove-category-from-disclosure-publish = remove the category from the disclosure, or publish only a result that identifies no one
pipl-discl-001--flow-name-publicly-discloses-personal = flow `{ $name }` publicly discloses personal information without separate consent or a statutory exception
pipl-discl-001--public-disclosure-without-separate-consent = public disclosure without separate consent
pipl-discl-001--base-flow-pipl-separate-consent = base the flow on `pipl::separate_consent`, or on `pipl::legal_duty` citing the law that requires the disclosure, or disclose only a handle that identifies no one
pipl-discl-001--public = the public
pipl-discl-001--basis-flow = the basis of the flow

## pipl-duties-adm-001
pipl-duties-adm-001--personalised-purpose-name-offers-no = personalised purpose `{ $name }` offers no non-personalised option and no way to refuse
pipl-duties-adm-001--no-opt-out = no `opt_out`
pipl-duties-adm-001--add-opt-out-setting-switches = add `opt_out` with the setting that switches to non-personalised content or refuses it, e.g. `opt_out {"{"} zh: "……", en: "Settings > Privacy > Personalised recommendations" {"}"}`; refusing all cookies in the browser is not such an option (PIPL Art. 24 ¶2; E-Commerce Law Art. 18)
pipl-duties-adm-001--personalised-processing = personalised processing
pipl-duties-adm-001--automated-decisions = automated decisions

## pipl-duties-change-001
pipl-duties-change-001--policy-does-not-say-how = the policy does not say how its updates are announced
pipl-duties-change-001--no-changes-statement = no `changes` statement
pipl-duties-change-001--add-changes-announce-website-major = add `changes {"{"} announce website; major gb::major_changes; major_notice email, popup {"}"}` (PIPL Art. 17 ¶2)
pipl-duties-change-001--changes-statement-does-not-say = the changes statement does not say how updates are announced
pipl-duties-change-001--no-announce = no `announce`
pipl-duties-change-001--add-announce-website-email-popup = add `announce website` (or `email`, `popup`, ...): the changed part must be notified (PIPL Art. 17 ¶2)
pipl-duties-change-001--changes-statement-does-not-list = the changes statement does not list the major changes that get a prominent notice
pipl-duties-change-001--no-major-list = no `major` list
pipl-duties-change-001--add-major-gb-major-changes = add `major gb::major_changes` (GB/T 35273 App. D) and `major_notice`
pipl-duties-change-001--major-changes-incomplete = major changes incomplete
pipl-duties-change-001--major-changes = the major changes
pipl-duties-change-001--include-gb-major-changes-major = include `gb::major_changes` in `major`
pipl-duties-change-001--policy-keeps-no-version-history = the policy keeps no version history: no `revision` and no `archive`
pipl-duties-change-001--no-version-history = no version history
pipl-duties-change-001--declare-each-version-revision-name = declare each version as `revision NAME {"{"} date ...; changes {"{"} ... {"}"} {"}"}`, or give `archive` the URL of the earlier versions (GB/T 35273 App. D)
pipl-duties-change-001--continued-use-taken-acceptance-any = continued use is taken as acceptance of any change, but a change of purpose, method or categories of consent-based processing needs fresh consent (PIPL Art. 14 ¶2)
pipl-duties-change-001--no-re-consent-carve-out = no re-consent carve-out
pipl-duties-change-001--continued-use-means-acceptance = continued use means acceptance
pipl-duties-change-001--add-pipl-reconsent-triggers-major = add `pipl::reconsent_triggers` to `major`, for which consent is asked again, or drop `continued_use_means_acceptance`

## pipl-duties-minor-001
pipl-duties-minor-001--policy-neither-keeps-children-under = the policy neither keeps children under 14 out nor asks their guardian's consent
pipl-duties-minor-001--no-guardian-consent-path = no guardian-consent path
pipl-duties-minor-001--declare-audience-not-directed-at = declare `audience not_directed_at_minors` with `minors {"{"} on_discovery {"{"} ... {"}"} {"}"}`, or ask a guardian's consent (`basis pipl::guardian_consent`, `minors {"{"} guardian_consent {"}"}`) and publish dedicated children's rules (PIPL Art. 31; CPIP Art. 9)
pipl-duties-minor-001--audience = the audience
pipl-duties-minor-001--policy-not-directed-at-children = the policy is not directed at children but does not say what happens when a child's information is collected anyway
pipl-duties-minor-001--no-discovery = no `on_discovery`
pipl-duties-minor-001--add-minors-discovery-zh-en = add `minors {"{"} on_discovery {"{"} zh: "……", en: "we delete it as soon as we find it; guardians may contact ..." {"}"} {"}"}` (CPIP Art. 9; GB/T 35273 5.4)
pipl-duties-minor-001--policy-treats-only-people-under = the policy treats only people under { $t } as children; PIPL protects everyone under 14
pipl-duties-minor-001--threshold-below-14 = threshold below 14
pipl-duties-minor-001--guardian-consent-threshold-14-pipl = the guardian-consent threshold is 14 (PIPL Art. 31; CPIP Art. 2); a higher one is fine
pipl-duties-minor-001--use-14 = use 14
pipl-duties-minor-001--policy-says-both-not-directed = the policy says both that it is and that it is not directed at minors
pipl-duties-minor-001--contradictory-audience = contradictory audience
pipl-duties-minor-001--keep-one-statement-directed-at = keep one statement: `directed_at_children` with guardian consent and dedicated rules, or `not_directed_at_minors` with `minors {"{"} directed no; on_discovery ... {"}"}`

## pipl-duties-minor-002
pipl-duties-minor-002--guardian-consent-asked-here = guardian consent is asked here
pipl-duties-minor-002--children-s-information = children's information
pipl-duties-minor-002--directed-at-children = directed at children
pipl-duties-minor-002--policy-may-process-information-children = the policy may process the information of children under 14 but links no dedicated children's rules
pipl-duties-minor-002--no-dedicated-rules = no `dedicated_rules`
pipl-duties-minor-002--publish-dedicated-rules-purpose-method = publish dedicated rules (purpose, method and scope; storage place, period and handling on expiry; security measures; consequences of refusal; complaint channel; correction and deletion; a designated person) and link them: `minors {"{"} dedicated_rules https://... {"}"}` (PIPL Art. 31 ¶2; CPIP Art. 8, 10)

## pipl-duties-mkt-001
pipl-duties-mkt-001--marketing-purpose-name-gives-no = marketing purpose `{ $name }` gives no way to opt out
pipl-duties-mkt-001--no-opt-out = no `opt_out`
pipl-duties-mkt-001--add-opt-out-persistent-way = add `opt_out` with a persistent way to refuse: an unsubscribe link, a settings path, an email (PIPL Art. 24 ¶2, 44; Advertising Law Art. 43)
pipl-duties-mkt-001--opt-out-marketing-purpose-name = the opt-out of marketing purpose `{ $name }` names no channel the person can use outside the contact itself
pipl-duties-mkt-001--no-persistent-opt-out = no persistent opt-out
pipl-duties-mkt-001--give-opt-out-email-url = give `opt_out` an email, URL or phone number, or declare `right ...: pipl::object_marketing {"{"} via ... {"}"}`
pipl-duties-mkt-001--opt-out-words-only = the opt-out, in words only
pipl-duties-mkt-001--marketing-purpose-name-does-not = marketing purpose `{ $name }` does not rest on consent
pipl-duties-mkt-001--marketing-without-consent = marketing without consent
pipl-duties-mkt-001--electronic-advertising-needs-person-s = electronic advertising needs the person's consent or request (Advertising Law Art. 43): use `basis pipl::consent`
pipl-duties-mkt-001--basis = the basis
pipl-duties-mkt-001--rest-consent = rest on consent

## pipl-duties-piia-001
pipl-duties-piia-001--sensitive-personal-information-art-55 = sensitive personal information (Art. 55(1))
pipl-duties-piia-001--automated-decision-making-art-55 = automated decision-making (Art. 55(2))
pipl-duties-piia-001--provision-outside-mainland-china-art = provision outside mainland China (Art. 55(4))
pipl-duties-piia-001--entrusted-processing-art-55-3 = entrusted processing (Art. 55(3))
pipl-duties-piia-001--provision-another-handler-art-55 = provision to another handler (Art. 55(3))
pipl-duties-piia-001--public-disclosure-art-55-3 = public disclosure (Art. 55(3))
pipl-duties-piia-001--processing-needs-personal-information-protection = this processing needs a personal information protection impact assessment, and the policy records none
pipl-duties-piia-001--assess-processing-beforehand-keep-report = assess the processing beforehand and keep the report three years (PIPL Art. 55, 56); record it with `security {"{"} measures sec::impact_assessment {"}"}` (`use std::security as sec`)
pipl-duties-piia-001--no-impact-assessment-measure = no `impact_assessment` measure

## pipl-duties-ret-002
pipl-duties-ret-002--tagged-tag = tagged `{ $tag }`

## pipl-duties-rights-002
pipl-duties-rights-002--conditions-narrower-than-law = conditions narrower than the law
pipl-duties-rights-002--use-conditions-pipl-deletion-conditions = use `conditions pipl::deletion_conditions` (Art. 47 ¶1 (1)–(5))
pipl-duties-rights-002--stated-conditions = the stated conditions
pipl-duties-rights-002--use-statutory-conditions = use the statutory conditions
pipl-duties-rights-002--right-name-does-not-say = right `{ $name }` does not say what happens when information cannot be deleted (PIPL Art. 47 ¶2)
pipl-duties-rights-002--no-art-47-2-fallback = no Art. 47 ¶2 fallback
pipl-duties-rights-002--add-pipl-deletion-fallback-conditions = add `pipl::deletion_fallback` to its `conditions`: where a legal retention period has not expired or deletion is technically hard (backups), all processing stops except storage and security measures
pipl-duties-rights-002--add-art-47-2-fallback = add the Art. 47 ¶2 fallback

## pipl-duties-rights-003
pipl-duties-rights-003--right-name-does-not-say = right `{ $name }` does not say how to exercise it
pipl-duties-rights-003--no-via-channel = no `via` channel
pipl-duties-rights-003--add-via-email-url-phone = add `via` with an email, a URL, a phone number, a `contact` or a self-service path (PIPL Art. 50: a convenient mechanism for requests)
pipl-duties-rights-003--refusal-grounds-without-legal-source = refusal grounds without a legal source
pipl-duties-rights-003--keep-std-gbt35273-refusal-grounds = keep to `std::gbt35273::refusal_grounds` (GB/T 35273 8.7), or justify the extra ground with `allow PIPL-RIGHTS-003 because "..."`; every refusal must be explained (PIPL Art. 50 ¶1)
pipl-duties-rights-003--not-standard-refusal-ground = not a standard refusal ground
pipl-duties-rights-003--right-name-states-no-response = right `{ $name }` states no response time
pipl-duties-rights-003--no-within = no `within`
pipl-duties-rights-003--add-within-15-working-days = add `within 15 working_days` (GB/T 35273 8.7: 30 days at most; 8.5: 15 working days for account closure)
pipl-duties-rights-003--response-time-too-long = response time too long
pipl-duties-rights-003--response-time = the response time
pipl-duties-rights-003--answer-within-15-working-days = answer within 15 working days
pipl-duties-rights-003--right-name-answered-within-d = right `{ $name }` is answered within { $d }, but another `{ $r }` right says { $other }
pipl-duties-rights-003--two-response-times = two response times
pipl-duties-rights-003--response-time-2 = this response time
pipl-duties-rights-003--other-response-time = the other response time
pipl-duties-rights-003--state-one-response-time-right = state one response time for the right
pipl-duties-rights-003--right-name-charges-fee-every = right `{ $name }` charges a fee for every request
pipl-duties-rights-003--fee-reasonable-requests = a fee on reasonable requests
pipl-duties-rights-003--fee = the fee
pipl-duties-rights-003--reasonable-requests-free-cost-fee = reasonable requests are free; a cost fee is only for repeated requests (GB/T 35273 8.7)
pipl-duties-rights-003--free-reasonable-requests = free for reasonable requests

## pipl-duties-sec-001
pipl-duties-sec-001--policy-does-not-say-how = the policy does not say how people are told of a personal information security incident
pipl-duties-sec-001--no-security-statement = no `security` statement
pipl-duties-sec-001--add-security-incident-notice-email = add `security {"{"} incident_notice email, sms, announcement {"}"}` (PIPL Art. 57; NDSR Art. 11)
pipl-duties-sec-001--security-statement-does-not-say = the security statement does not say how people are told of an incident
pipl-duties-sec-001--no-incident-notice = no `incident_notice`
pipl-duties-sec-001--add-incident-notice-email-sms = add `incident_notice email, sms, announcement`: the people concerned are told of the incident, its causes, the harm, the remedies and how to reach us (PIPL Art. 57)
pipl-duties-sec-001--incident-notice-has-no-announcement = the incident notice has no announcement for when telling each person is impractical
pipl-duties-sec-001--no-announcement = no `announcement`
pipl-duties-sec-001--add-announcement-incident-notice-ndsr = add `announcement` to `incident_notice` (NDSR Art. 11; GB/T 35273 10.2)
pipl-duties-sec-001--notice-channels = the notice channels
pipl-duties-sec-001--add-announcement = add an announcement
pipl-duties-sec-001--pipl-art-57-1-items = PIPL Art. 57 ¶1 items missing
pipl-duties-sec-001--add-missing-items-stdlib-s = add the missing items: the stdlib's `pipl::incident_notice` lists them, or cite `PIPL Art. 57 ¶1(n)` in the `article` of your own clauses

## pipl-mobile-func-001
pipl-mobile-func-001--extended-function-f-made-up = extended function `{ $f }` is made up of purpose `{ $pn }`, which is marked required
pipl-mobile-func-001--person-cannot-refuse = the person cannot refuse it
pipl-mobile-func-001--extended-function-can-refused-remove = an extended function can be refused: remove `required` from the purpose, or make the function basic if the service cannot run without it
pipl-mobile-func-001--marked-required-here = marked required here

## pipl-mobile-func-002
pipl-mobile-func-002--basic-function-b-includes-purpose = basic function `{ $b }` includes purpose `{ $pn }` of extended function `{ $e }`: using the basic function means accepting the extended one
pipl-mobile-func-002--bundled-here = bundled here
pipl-mobile-func-002--split-purpose-so-basic-function = split the purpose so that the basic function keeps only what it cannot run without, and the extended function can be refused alone
pipl-mobile-func-002--also-part-extended-function = also part of the extended function

## pipl-mobile-func-003
pipl-mobile-func-003--extended-function-name-does-not = extended function `{ $name }` does not say what refusing it costs
pipl-mobile-func-003--no-refusal = no `refusal`
pipl-mobile-func-003--add-refusal-person-may-turn = add `refusal`: that the person may turn it down and the basic functions keep working

## pipl-mobile-perm-001
pipl-mobile-perm-001--permission-name-names-no-function = permission `{ $name }` names no function or purpose that needs it
pipl-mobile-perm-001--why-requested = why is it requested?
pipl-mobile-perm-001--name-functions-need-functions-purposes = name the functions that need it (`functions`) or the purposes (`for`): the person must be told why when the app asks

## pipl-mobile-perm-002
pipl-mobile-perm-002--permission-name-exposes-sensitive-personal = permission `{ $name }` exposes sensitive personal information (`{ $cat }`), but no purpose that needs it processes `{ $cat }` with separate consent
pipl-mobile-perm-002--sensitive-personal-information = sensitive personal information
pipl-mobile-perm-002--add-cat-uses-purpose-needs = add `{ $cat }` to the `uses` of the purpose that needs the permission, based on `pipl::separate_consent` with its necessity and impact, or stop requesting access to it

## pipl-mobile-perm-003
pipl-mobile-perm-003--permission-name-requested-at-first = permission `{ $name }` is requested at first launch, but no basic function needs it
pipl-mobile-perm-003--asked-before-any-function-chosen = asked before any function is chosen
pipl-mobile-perm-003--ask-when-function-needs-first = ask for it when the function that needs it is first used (`requested on_use`), or name the basic function (`kind basic`) that cannot run without it

## pipl-mobile-perm-004
pipl-mobile-perm-004--permission-name-names-background-permission = permission `{ $name }` names a background permission, but does not say it is used in the background
pipl-mobile-perm-004--grants-access-background = grants access in the background
pipl-mobile-perm-004--add-background-permission-say-purposes = add `background` to the permission and say in its purposes why the function needs it while the app is not in use; or drop the background permission

## pipl-mobile-sdk-001
pipl-mobile-sdk-001--flow-f-gives-sdk-r = flow `{ $f }` gives SDK `{ $r }` personal information for no purpose of any business function
pipl-mobile-sdk-001--no-function-needs = no function needs this
pipl-mobile-sdk-001--name-purpose-function-sdk-serves = name in `for` the purpose of the function the SDK serves (and list that purpose in the function), or stop the SDK collecting it

## pipl-mobile-sdk-002
pipl-mobile-sdk-002--incomplete-sdk-list-row = incomplete SDK list row
pipl-mobile-sdk-002--give-sdk-s-company-flow = give the SDK's company, a flow naming the data it collects and the purpose, and its own privacy policy: the SDK list shows one row per SDK with all of them

## pipl-mobile-sdk-003
pipl-mobile-sdk-003--works-background = works in the background
pipl-mobile-sdk-003--add-background-if-collects-while = add `background` if it collects while the app is in the background (and say what and how often in its flows), or `background no` if it does not

## pipl-mobile-sdk-004
pipl-mobile-sdk-004--collects-sensitive-data = collects sensitive data
pipl-mobile-sdk-004--declare-flow-sdk-collected-recipient = declare a flow to the SDK (`collected_by recipient`) with the sensitive category it collects, based on `pipl::separate_consent`; or configure the SDK not to collect it and say so

## pipl
pipl--require-separate-consent = require separate consent

## pipl-notice-basis-001
pipl-notice-basis-001--not-necessary-contract = not necessary for a contract
pipl-notice-basis-001--limit-flow-purposes-contract-needs = limit the flow to the purposes the contract needs (`for`), or base it on the person's consent (`pipl::separate_consent` when it goes to another handler, PIPL Art. 23)
pipl-notice-basis-001--purpose-no-contract-needs = a purpose no contract needs
pipl-notice-basis-001--flow-name-has-no-legal = flow `{ $name }` has no legal basis in the case `{ $condition }`: the condition gives none, and neither does the flow or the purpose it serves
pipl-notice-basis-001--no-basis-case = no basis in this case
pipl-notice-basis-001--give-flow-basis-base-purpose = give the flow a `basis`, base the purpose it serves on one, or name a condition that carries a basis (`conditions::separate_consent`, `conditions::law_requires`, ...)
pipl-notice-basis-001--purpose-no-basis = a purpose with no basis
pipl-notice-basis-001--purpose-name-has-no-legal = purpose `{ $name }` has no legal basis
pipl-notice-basis-001--no-basis = no `basis`
pipl-notice-basis-001--add-basis-one-bases-pipl = add `basis` with one of the bases of PIPL Art. 13 ¶1: `pipl::consent` (or `separate_consent`), `pipl::contract`, `pipl::legal_duty`, ...
pipl-notice-basis-001--purpose-name-has-no-basis = purpose `{ $name }` has no basis under PIPL Art. 13: its bases belong to another law
pipl-notice-basis-001--not-pipl-basis = not a PIPL basis
pipl-notice-basis-001--add-pipl-basis-next-basis = add a PIPL basis next to it (`basis` takes one per profile): legitimate interests are not a basis in PIPL
pipl-notice-basis-001--flow-name-has-no-legal-2 = flow `{ $name }` has no legal basis, neither its own nor through a purpose
pipl-notice-basis-001--add-basis-e-g-pipl = add `basis` (e.g. `pipl::separate_consent`), or `for` with the purposes the flow serves
pipl-notice-basis-001--purpose-name-rests-contract-person = purpose `{ $name }` rests on a contract with the person, but it is { $tag }: no contract needs it
pipl-notice-basis-001--base-consent-pipl-consent-pipl = base it on consent (`pipl::consent`, or `pipl::separate_consent` where separate consent is required)
pipl-notice-basis-001--base-consent = base it on consent
pipl-notice-basis-001--which-law = which law?
pipl-notice-basis-001--cite-provision-clause-your-own = cite the provision: a clause of your own with `article` (e.g. `clause nsl_logs {"{"} label {"{"}...{"}"}; article "Cybersecurity Law Art. 21(3)" {"}"}`) in the flow's `exceptions`, or a `retention` with the legal `minimum` for the purpose
pipl-notice-basis-001--no-pipl-counterpart = no PIPL counterpart
pipl-notice-basis-001--cite-pipl-consent-exceptions-item = cite `pipl::consent_exceptions` (or the item that applies) instead, and base the processing on consent or on a basis of PIPL Art. 13 ¶1 (2)–(7)

## pipl-notice-consent-001
pipl-notice-consent-001--not-explicit-consent = not an explicit consent
pipl-notice-consent-001--ask-consent-act-person-consent = ask for consent by an act of the person: `consent opt_in` (or `separate_prompt`), with an unchecked box or a button of its own
pipl-notice-consent-001--ask-consent-explicitly = ask for consent explicitly
pipl-notice-consent-001--purpose-name-tag-not-necessary = purpose `{ $name }` ({ $tag }) is not necessary for the service, but consent to it is a condition of using the service
pipl-notice-consent-001--bundled-consent = bundled consent
pipl-notice-consent-001--make-optional-required-no-say = make it optional (`required no`) and say in `refusal` that refusing only turns this function off
pipl-notice-consent-001--make-purpose-optional = make the purpose optional
pipl-notice-consent-001--not-necessary-service = not necessary for the service
pipl-notice-consent-001--say-how-each-purpose-s = say how each purpose's consent is asked (`consent opt_in` or `separate_prompt`), or base it on what it really rests on
pipl-notice-consent-001--rests-consent-asked-no-explicit = rests on consent, asked no explicit way

## pipl-notice-consent-002
pipl-notice-consent-002--purpose-name-rests-consent-but = purpose `{ $name }` rests on consent but does not say how to withdraw it
pipl-notice-consent-002--no-way-withdraw = no way to withdraw
pipl-notice-consent-002--add-withdraw-channel-at-least = add `withdraw` with a channel at least as easy as the one consent is given through (an in-product switch, a settings page), or declare `right withdraw: pipl::withdraw_consent {"{"} via ... {"}"}`
pipl-notice-consent-002--withdrawal-right-says-no-channel = the withdrawal right says no channel

## pipl-notice-contact-001
pipl-notice-contact-001--controller-gives-no-email-phone = the controller gives no email, phone number or postal address
pipl-notice-contact-001--no-contact-method = no contact method
pipl-notice-contact-001--add-email-phone-address-controller = add `email`, `phone` or `address` to the controller
pipl-notice-contact-001--controller-processes-personal-information-n = the controller processes the personal information of { $n } individuals but names no personal information protection officer with a contact
pipl-notice-contact-001--no-personal-information-protection-officer = no personal information protection officer
pipl-notice-contact-001--1-000-000-individuals-more = 1,000,000 individuals or more: PIPL Art. 52 applies
pipl-notice-contact-001--sensitive-personal-information-processed-but = sensitive personal information is processed, but the controller declares neither its `scale` nor a personal information protection officer
pipl-notice-contact-001--does-officer-duty-apply = does the officer duty apply?
pipl-notice-contact-001--declare-scale-number-individuals-whose = declare `scale` (the number of individuals whose information is processed), or add a `dpo` with a contact
pipl-notice-contact-001--sensitive-personal-information = sensitive personal information

## pipl-notice-notice-001
pipl-notice-notice-001--processing-method-not-stated = processing method not stated
pipl-notice-notice-001--give-each-category-source-subject = give each category `source subject` (provided by the person), `source automatic` or `source third_party` with `obtained_from`
pipl-notice-notice-001--category-without-source = a category without `source`

## pipl-notice-notice-002
pipl-notice-notice-002--category-name-does-not-say = category `{ $name }` does not say whether the person must provide it
pipl-notice-notice-002--no-required = no `required`
pipl-notice-notice-002--add-required-service-needs-then = add `required` (the service needs it; then say in `refusal` what happens without it) or `required no`
pipl-notice-notice-002--category-name-must-provided-but = category `{ $name }` must be provided, but the policy does not say what happens if the person refuses
pipl-notice-notice-002--no-refusal = no `refusal`
pipl-notice-notice-002--add-refusal-zh-en-naming = add `refusal {"{"} zh: "...", en: "..." {"}"}` naming the function that cannot be used without it
pipl-notice-notice-002--category-name-obtained-from-third = category `{ $name }` is obtained from a third party, but the policy does not name it
pipl-notice-notice-002--which-third-party = which third party?
pipl-notice-notice-002--declare-source-recipient-name-obtained = declare the source as a `recipient` and name it in `obtained_from`

## pipl-notice-sens-002
pipl-notice-sens-002--necessity-impact-not-told = necessity and impact not told
pipl-notice-sens-002--add-necessity-zh-en-naming = add `necessity {"{"} zh: "...", en: "..." {"}"}` naming the function that cannot work without the data, and `impact {"{"} zh: "...", en: "..." {"}"}` saying what the processing means for the person (e.g. a leaked face image cannot be changed)
pipl-notice-sens-002--sensitive-personal-information = sensitive personal information
pipl-notice-sens-002--purpose-name-processes-sensitive-personal = purpose `{ $name }` processes sensitive personal information, but the policy declares no measure that protects it (encryption, separate storage, access control, ...)
pipl-notice-sens-002--no-strict-protection-declared = no strict protection declared
pipl-notice-sens-002--declare-measures-security-measures-e = declare the measures in `security {"{"} measures ... {"}"}`, e.g. `std::security::storage_encryption`, `std::security::separate_storage`, `std::security::access_control`

## pipl-notice-sens-003
pipl-notice-sens-003--category-name-declared-not-sensitive = category `{ $name }` is declared not sensitive, but its standard category `{ $std-name }` is sensitive personal information
pipl-notice-sens-003--sensitive-under-standard = sensitive under the standard
pipl-notice-sens-003--remove-sensitive-no-write-sensitive = remove `sensitive no` (or write `sensitive`), or keep it and record the justification with `allow PIPL-SENS-003 because "..."`
pipl-notice-sens-003--mark-sensitive = mark it sensitive
pipl-notice-sens-003--standard-category = the standard category
pipl-notice-sens-003--not-mere-business-data = not mere business data
pipl-notice-sens-003--treat-personal-information-map-standard = treat it as personal information: map it to the standard category it belongs to (e.g. `std::gbt35273::biometric` for voice or face recordings used to identify someone), mark it `sensitive`, and give its purposes a basis; or record a justification with `allow PIPL-SENS-003 because "..."`
pipl-notice-sens-003--declared-not-sensitive = declared not sensitive
pipl-notice-sens-003--category-name-holds-information-children = category `{ $name }` holds information of children under 14, which is sensitive personal information
pipl-notice-sens-003--children-s-information-sensitive = children's information is sensitive
pipl-notice-sens-003--mark-sensitive-pipl-art-28 = mark it `sensitive` (PIPL Art. 28 ¶1), or map it to `std::gbt35273::sensitive_child_under_14`

## pipl-ret-001
pipl-ret-001--no-retention-period-covers-purpose = no retention period covers purpose `{ $name }`
pipl-ret-001--how-long-data-kept = how long is its data kept?
pipl-ret-001--declare-retention-name-period-until = declare `retention {"{"} for { $name }; period ... (or until {"{"} ... {"}"}); on_expiry delete {"}"}`
pipl-ret-001--no-retention-period-covers-category = no retention period covers category `{ $name }`
pipl-ret-001--how-long-kept = how long is it kept?
pipl-ret-001--declare-retention-data-name-period = declare `retention {"{"} data { $name }; period ...; on_expiry delete {"}"}`
pipl-ret-001--retention-entry-says-only-long = this retention entry says only "as long as necessary": that is neither a period nor a criterion a reader can apply
pipl-ret-001--not-period = not a period
pipl-ret-001--state-period-period-3-years = state the period (`period 3 years`), or the event that ends it (`until {"{"} ... {"}"}`: the account is closed, the order is complete), or the legal `minimum`
pipl-ret-001--retention-entry-states-no-period = this retention entry states no period, no `until` criterion and no legal minimum: it is open-ended
pipl-ret-001--open-ended-retention = open-ended retention
pipl-ret-001--add-period-duration-until-criterion = add `period` (a duration) or `until {"{"} ... {"}"}` with a criterion a reader can apply
pipl-ret-001--retention-entry-does-not-say = this retention entry does not say what happens when the period ends
pipl-ret-001--no-expiry = no `on_expiry`
pipl-ret-001--add-expiry-delete-anonymize-delete = add `on_expiry delete` (or `anonymize`, `delete_or_anonymize`)

## pipl-rights-001
pipl-rights-001--statutory-rights-missing = statutory rights missing

## pipl-sens-001
pipl-sens-001--sensitive-personal-information = sensitive personal information

## pipl-share-001
pipl-share-001--affiliate-another-handler = an affiliate is another handler
pipl-share-001--provision-not-merger-transfer = a provision, not a merger transfer
pipl-share-001--ordinary-consent-not-enough = ordinary consent is not enough
pipl-share-001--no-separate-consent = no separate consent
pipl-share-001--give-flow-basis-pipl-separate = give the flow `basis pipl::separate_consent` (and ask for it in a prompt of its own), re-model the recipient as an entrusted party under a contract, or anonymize the data first
pipl-share-001--recipient-another-handler = the recipient, another handler
pipl-share-001--basis-flow = the basis of the flow
pipl-share-001--purpose-s-basis-which-flow = the purpose's basis, which the flow inherits

## pipl-transfer-entr-001
pipl-transfer-entr-001--pipl-art-21-terms-missing = PIPL Art. 21 terms missing
pipl-transfer-entr-001--no-contract = no `contract`
pipl-transfer-entr-001--declare-agreement-s-clauses-contract = declare the agreement's clauses with `contract pipl::entrust_clauses` and say how the entrusted party is supervised (`supervision`: audits, assessments)
pipl-transfer-entr-001--entrusted-processing = the entrusted processing
pipl-transfer-entr-001--add-pipl-art-21-terms = add the PIPL Art. 21 terms

## pipl-transfer-entr-002
pipl-transfer-entr-002--recipient-name-declared-entrusted-party = recipient `{ $name }` is declared an entrusted party but uses the information for its own purposes: it is then another handler, and giving it the information is a provision
pipl-transfer-entr-002--own-purposes-exceed-entrustment = own purposes exceed the entrustment
pipl-transfer-entr-002--if-really-uses-information-itself = if it really uses the information for itself, give it the role `pipl::other_handler` and make the flows to it `share` flows on separate consent (PIPL Art. 23); otherwise remove `own_purposes` and bind it to the agreed purpose (`contract pipl::entrust_clauses`)
pipl-transfer-entr-002--declared-entrusted-party-here = declared an entrusted party here
pipl-transfer-entr-002--flow = a flow to it
pipl-transfer-entr-002--we-customer-s-entrusted-party = we are the customer's entrusted party for this data
pipl-transfer-entr-002--entrusted-party-may-not-use = an entrusted party may not use the data for itself (PIPL Art. 21 ¶2): remove the purpose from this category, or model the use as a provision from the customer to us as an independent handler, on the individuals' separate consent (PIPL Art. 23)
pipl-transfer-entr-002--purpose-our-own-uses = a purpose of our own uses it

## pipl-transfer-joint-001
pipl-transfer-joint-001--pipl-art-20-agreement-identity = PIPL Art. 20 agreement or identity missing
pipl-transfer-joint-001--name-joint-handler-name-record = name the joint handler (`name`), record the agreement on rights and obligations (`agreement`), and tell people they may exercise their rights against either handler
pipl-transfer-joint-001--no-agreement = no agreement
pipl-transfer-joint-001--flow = a flow to it
pipl-transfer-joint-001--record-joint-handling-agreement = record the joint-handling agreement

## pipl-transfer-merge-001
pipl-transfer-merge-001--pipl-art-22-commitments-missing = PIPL Art. 22 commitments missing
pipl-transfer-merge-001--add-commitments-pipl-merger-commitments = add `commitments pipl::merger_commitments` to the flow (the recipient's name and contact are told, it continues our obligations, and it asks for consent again if it changes the purpose or method)
pipl-transfer-merge-001--event-causes-transfer = the event that causes the transfer
pipl-transfer-merge-001--flow-s-commitments = the flow's commitments
pipl-transfer-merge-001--add-pipl-art-22-commitments = add the PIPL Art. 22 commitments

## pipl-transfer-share-002
pipl-transfer-share-002--pipl-art-23-items-missing = PIPL Art. 23 items missing
pipl-transfer-share-002--give-recipient-legal-name-contact = give the recipient its legal `name` and a `contact`, and each flow to it the purposes (`for`); for a long list of partners, declare each one in a recipients file

## pipl-transfer-share-003
pipl-transfer-share-003--de-identified-not-anonymized = de-identified, not anonymized
pipl-transfer-share-003--give-flow-basis-separate-consent = give the flow a basis — separate consent for a provision (PIPL Art. 23) or disclosure (Art. 25) — or anonymize the information first (`identifiability anonymized`, `conditions anonymized_first`), so that it cannot identify anyone and cannot be restored (Art. 73(4))
pipl-transfer-share-003--flow-without-basis = the flow without a basis
pipl-transfer-share-003--ask-separate-consent = ask for separate consent
pipl-transfer-share-003--category-name-biometric-information-declared = category `{ $name }` is biometric information declared anonymized: raw biometric data identifies the person and cannot be anonymized while it is kept
pipl-transfer-share-003--biometric-data-declared-anonymized = biometric data declared anonymized
pipl-transfer-share-003--declare-identified-de-identified-give = declare it `identified` or `de_identified` and give its flows a basis, or describe the anonymized form actually kept (statistics, not features or recordings) as its own category

## pipl-transfer-xb-001
pipl-transfer-xb-001--flow-name-provides-personal-information = flow `{ $name }` provides personal information to `{ $to }` outside mainland China with no cross-border mechanism
pipl-transfer-xb-001--no-mechanism = no `mechanism`
pipl-transfer-xb-001--declare-mechanism-volumes-require-mechanism = declare the mechanism the volumes require: `mechanism pipl::security_assessment`, `pipl::standard_contract` or `pipl::certification`, or an exemption such as `pipl::ex_contract`
pipl-transfer-xb-001--flow-name-sends-sensitive-category = flow `{ $name }` sends the sensitive category `{ $cat }` abroad under the small-volume exemption, which excludes sensitive personal information
pipl-transfer-xb-001--not-available-sensitive-data = not available for sensitive data
pipl-transfer-xb-001--sensitive-category = the sensitive category
pipl-transfer-xb-001--exemption-does-not-fit-purpose = the exemption does not fit the purpose
pipl-transfer-xb-001--purpose = the purpose
pipl-transfer-xb-001--flow-name-sends-personal-information = flow `{ $name }` sends personal information abroad under the exemption for data that contains no personal information
pipl-transfer-xb-001--data-personal-information = the data is personal information
pipl-transfer-xb-001--flow-name-provides-personal-information-2 = flow `{ $name }` provides personal information to the foreign authority `{ $who }` without the approval of the competent PRC authority
pipl-transfer-xb-001--pipl-art-41-approval-missing = PIPL Art. 41 approval missing
pipl-transfer-xb-001--add-pipl-authority-approval-flow = add `pipl::authority_approval` to the flow's `mechanism`
pipl-transfer-xb-001--flow-name-relies-only-authority = flow `{ $name }` relies only on authority approval, which covers requests of foreign judicial or law-enforcement bodies, not a transfer to `{ $to }`
pipl-transfer-xb-001--not-general-transfer-ground = not a general transfer ground
pipl-transfer-xb-001--pick-mechanism-thresholds-require-security = pick the mechanism the thresholds require: a security assessment for CIIOs, important data, 1,000,000 people or 10,000 people's sensitive information; a standard contract or certification below that; the small-volume exemption only for fewer than 100,000 people and no sensitive information
pipl-transfer-xb-001--not-available-ciio = not available to a CIIO
pipl-transfer-xb-001--controller-ciio = the controller is a CIIO
pipl-transfer-xb-001--use-mechanism-pipl-security-assessment = use `mechanism pipl::security_assessment`
pipl-transfer-xb-001--use-security-assessment = use the security assessment
pipl-transfer-xb-001--recipient-outside-mainland-china = the recipient outside mainland China

## pipl-transfer-xb-003
pipl-transfer-xb-003--pipl-art-39-items-missing = PIPL Art. 39 items missing
pipl-transfer-xb-003--give-overseas-recipient-legal-name = give the overseas recipient its legal `name` and a `contact`, give the flow its purposes (`for`), and add `commitments pipl::art39_items` (which says how people exercise their rights against the recipient)
pipl-transfer-xb-003--recipient-outside-mainland-china = the recipient outside mainland China
pipl-transfer-xb-003--add-pipl-art-39-items = add the PIPL Art. 39 items

## pipl-xb-002
pipl-xb-002--no-basis-transfer-abroad = no basis for the transfer abroad
pipl-xb-002--not-separate-consent = not separate consent
pipl-xb-002--base-flow-pipl-separate-consent = base the flow on `pipl::separate_consent`, asked in a cross-border prompt that names the overseas recipient, its contact, the purpose, method and categories, and how to exercise rights against it
pipl-xb-002--recipient-outside-mainland-china = the recipient outside mainland China

## suppress
suppress--code-silenced-here-but-reports = `{ $code }` is silenced here but reports nothing
suppress--nothing-silence = nothing to silence
suppress--remove-allow-policy-no-longer = remove the `allow`: the policy no longer needs it
suppress--remove-suppression = remove the suppression

## syntax-delimiters
syntax-delimiters--nesting-deeper-than-MAX-DEPTH-levels = nesting deeper than { $MAX-DEPTH } levels
syntax-delimiters--group-too-deep-contents-skipped = this group is too deep; its contents are skipped
syntax-delimiters--policy-needs-only-few-levels = a policy needs only a few levels of `{"{"}{"}"}` and `[]`; flatten the structure
syntax-delimiters--nothing-was-opened-here = nothing was opened here
syntax-delimiters--remove = remove it
syntax-delimiters--opened-here-never-closed = opened here and never closed
syntax-delimiters--add-matching-close-rest-file = add the matching `{ $close }`; the rest of the file was not checked

## syntax
syntax--unterminated-string = unterminated string
syntax--string-never-closed = this string is never closed
syntax--add-closing-rest-file-was = add the closing `"`; the rest of the file was read as part of the string
syntax--invisible-editors-show-text-around = invisible: editors show the text around it in another order than pol reads it
syntax--remove-pol-s-pages-set = remove it; pol's pages set the direction of each language themselves
syntax--remove-control-character = remove the control character
syntax--unexpected-escape-debug = unexpected `{ $escape-debug }`
syntax--text-must-inside-quotes = text must be inside quotes
syntax--names-ascii-z-0-9 = names are ASCII (`a-z`, `0-9`, `_`); write text as a string, e.g. `{"{"} zh: "手机号码", en: "phone number" {"}"}`
syntax--put-quotes = put it in quotes
syntax--not-part-language = not part of the language
syntax--unknown-escape-escape-debug = unknown escape `\{ $escape-debug }`
syntax--not-valid-escape = not a valid escape
syntax--strings-know-n-t-write = strings know `\n`, `\t`, `\"` and `\\`; write `\\` for a backslash
syntax--line-not-field = this line is not a field

## types-literals
types-literals--dates-written-yyyy-mm-dd = dates are written YYYY-MM-DD
types-literals--did-you-mean-s = did you mean `{ $s }`?
types-literals--units-hours-days-working-days = units are hours, days, working_days, weeks, months and years
types-literals--write-international-number-country-code = write an international number: `+`, country code and 7 to 15 digits, grouped with single dashes, e.g. `+86-10-12345678`
types-literals--region-codes-upper-case-upper = region codes are upper case: `{ $upper }`
types-literals--did-you-mean-s-regions = did you mean `{ $s }`? regions are ISO 3166-1 alpha-2 codes
types-literals--regions-iso-3166-1-alpha = regions are ISO 3166-1 alpha-2 codes such as `CN`, `HK`, `US`

## types-lower
types-lower--key-given-twice = `{ $key }` is given twice
types-lower--given-again-here = given again here
types-lower--first-given-here = first given here
types-lower--list-all-values-one-field = list all values in one field: `{ $key } a, b`
types-lower--keep-one-them = keep one of them
types-lower--owner-name-needs-key = { $owner-name } needs `{ $key }`
types-lower--key-missing = `{ $key }` missing
types-lower--no-value-given = no value given
types-lower--key-takes-one-value-found = `{ $key }` takes one value, found { $len }
types-lower--extra-values = extra values
types-lower--unexpected-arg-after-value-key = unexpected `{ $arg }` after the value of `{ $key }`
types-lower--not-part-value = not part of the value
types-lower--separate-values-commas-put-each = separate values with commas, and put each field on its own line
types-lower--text-bilingual-write-zh-en = text is bilingual: write `{"{"} zh: "...", en: "..." {"}"}`
types-lower--make-bilingual = make it bilingual
types-lower--write-allow-pipl-ret-001 = write `allow PIPL-RET-001 because "why, quoting the original"`
types-lower--not-legal-rule = not a legal rule
types-lower--did-you-mean-s = did you mean `{ $s }`?
types-lower--replace-s = replace with `{ $s }`
types-lower--silencing-parsed-needs-written-justification = silencing `{ $parsed }` needs a written justification
types-lower--no-justification = no justification
types-lower--write-allow-parsed-because-quoting = write `allow { $parsed } because "..."`, quoting the original where the finding comes from it
types-lower--lang-given-twice = `{ $lang }` is given twice
types-lower--replace-fix = replace with `{ $fix }`
types-lower--text-not-option-key = `{ $text }` is not an option of `{ $key }`
types-lower--unknown-option = unknown option
types-lower--unknown-field-key-owner = unknown field `{ $key }` in { $owner }
types-lower--unknown-field = unknown field
types-lower--rename-s = rename to `{ $s }`
types-lower--name-declared-here = `{ $name }` is declared here
types-lower--incomplete-text = incomplete text
types-lower--not-published = not published
types-lower--add-extra-policy-s-languages = add `{ $extra }` to the policy's `languages`, or remove this text

## workspace
workspace--keyword-declared-more-than-once = `{ $keyword }` is declared more than once
workspace--declared-again-here = declared again here
workspace--first-declared-here = first declared here
workspace--policy-has-one-these-merge = a policy has one of these; merge them
workspace--project-has-no-policy-header = the project has no `policy` header
workspace--expected-policy-name-file = expected `policy NAME {"{"} ... {"}"}` in this file
workspace--add-policy-name-controller-effective = add `policy NAME {"{"} controller {"{"} ... {"}"} effective YYYY-MM-DD {"}"}` to the entry file
workspace--file-not-valid-utf-8 = file is not valid UTF-8 (first invalid byte at offset { $valid })
workspace--invalid-utf-8-here = invalid UTF-8 here
workspace--save-file-utf-8-file = save the file as UTF-8; the file was not checked
workspace--what-outside-project-resolves-real = `{ $what }` is outside the project (it resolves to { $real }); it was not read
workspace--outside-project = outside the project
workspace--pol-reads-only-files-inside = pol reads only files inside the project directory; move the file into it, or name it on the command line
workspace--pol-toml-says-key-arg = pol.toml says { $key } = [{ $arg }] but the policy header says { $arg2 }
workspace--header = this header
workspace--say-key-one-place-make = say `{ $key }` in one place, or make both the same
workspace--file-not-imported-entry-any = `{ $file }` is not imported by `{ $entry }` or any file it imports: it is not part of the policy
workspace--nothing-imports-file = nothing imports this file
workspace--add-use-m-entry-file = add `use { $m }` to `{ $entry }` (or to a file it imports), or delete or move the file if it is obsolete
workspace--name-cannot-imported-module-name = its name cannot be imported (a module name is letters, digits and `_`): rename it and add a `use`, or delete or move it if it is obsolete
workspace--written-declared-file-which-this-file = `{ $written }` is declared in { $file }, which { $this-file } does not import: add `use { $m }::{ $written }` (or `use { $m }` and write `{ $m }::{ $written }`)
workspace--file-project-but-this-file-does = { $file } is in the project, but { $this-file } does not import it: add `use { $m }`
workspace--declared-here = declared here
workspace--add-use-import = add `use { $import }`
workspace--unknown-kind-item-word = unknown kind of item `{ $word }`
workspace--not-kind-item = not a kind of item
workspace--did-you-mean-s = did you mean `{ $s }`?
workspace--replace-s = replace with `{ $s }`
workspace--keyword-needs-name = `{ $keyword }` needs a name
workspace--name-missing-after = name missing after this
workspace--write-keyword-name-other-items = write `{ $keyword } NAME {"{"} ... {"}"}`; other items refer to it by that name
workspace--keyword-takes-no-name = `{ $keyword }` takes no name
workspace--remove-name = remove this name
workspace--remove-name-2 = remove the name
workspace--text-has-no-parent = `{ $text }` has no `: parent`
workspace--not-allowed-here = not allowed here
workspace--only-categories-standard-category-recipients = only categories (standard category), recipients (role), rights and promises (their stdlib kind) have one

## diag-render: the words around every diagnostic
render--error = error
render--warning = warning
render--note = note
render--footer-help = Help
render--footer-note = Note
render--fix = fix: { $title }
render--line-too-long = line too long to show
render--more-errors = { $count ->
    [one] 1 more error
   *[other] { $count } more errors
}
render--more-warnings = { $count ->
    [one] 1 more warning
   *[other] { $count } more warnings
}
render--more-notes = { $count ->
    [one] 1 more note
   *[other] { $count } more notes
}
render--list-separator = {" and "}
render--omitted = ... and { $counts } (`--max-errors 0` shows all)

## project (by hand: arguments that are messages)
project--cannot-name-output-folder = { $what } { $id } cannot name the output folder: { $reason }

## ir: an item named in a message by its label
ir--mention-name = `{ $name }`
ir--mention-labelled = { $same ->
    [yes] `{ $name }`
   *[other] “{ $label }” ({ $name })
}

## audit-compare
audit-compare--code-subject-answered-here-but = `{ $code }` of `{ $subject }` is answered for here, but the audit reports no such finding
audit-compare--nothing-silence = nothing to silence
audit-compare--remove-audit-allow-app-policy = remove the `[[audit.allow]]`: the app and the policy no longer differ here (or the subject is misspelt: it is the permission, the SDK id or dependency, the policy item or the file the finding names)
audit-compare--not-requested-app = not requested by the app
audit-compare--remove-names-app-no-longer = remove the names the app no longer requests, so the list tells users what the app really asks for; keep them if a build variant not audited requests them

## project
project--get-ref-not-polc-audit-code = `{ $get-ref }` is not a `polc audit` code
project--not-audit-code = not an audit code
project--audit-allow-answers-audit-001 = `[[audit.allow]]` answers for AUDIT-001 to AUDIT-005; a rule of `polc check` is silenced with `allow` in the policy
project--exception-code-gives-no-reason = the exception for `{ $code }` gives no reason
project--empty-justification = empty justification
project--say-why-app-may-differ = say why the app may differ from its policy here, so a reviewer can judge it

## ccpa-cat-001
ccpa-cat-001--category-name-does-not-say = category `{ $name }` does not say where it is collected from
ccpa-cat-001--no-source = no source
ccpa-cat-001--add-source-subject-from-you = add `source subject` (from you), `source automatic` or `source third_party` with `obtained_from ...`

## ccpa-gpc-001
ccpa-gpc-001--sold-shared = sold or shared
ccpa-gpc-001--declare-promise-gpc-ccpa-honours = declare `promise gpc: ccpa::honours_opt_out_signals {"{"}{"}"}` once the signal is honoured

## ccpa-req-001
ccpa-req-001--one-method = one method
ccpa-req-001--add-second-via-e-g = add a second `via`, e.g. a toll-free number `via +1-800-555-0100` beside a web form

## ccpa-ret-001
ccpa-ret-001--policy-does-not-say-how = the policy does not say how long category `{ $name }` is kept
ccpa-ret-001--no-retention-period = no retention period
ccpa-ret-001--add-retention-data-name-period = add `retention {"{"} data { $name }; period ... {"}"}`, or the criteria that decide it

## ccpa-rights-001
ccpa-rights-001--rights-missing = rights missing
ccpa-rights-001--declare-each-e-g-right = declare each, e.g. `right know: ccpa::know {"{"} via https://...; via +1-800-555-0100 {"}"}`

## ccpa-sale-001
ccpa-sale-001--declare-right-opt-out-ccpa = declare `right opt_out: ccpa::opt_out_sale_share {"{"} via https://... {"}"}` with the link's address
ccpa-sale-001--no-link-via = no link in `via`

## ccpa-spi-001
ccpa-spi-001--sensitive-personal-information = sensitive personal information
ccpa-spi-001--purpose-beyond-7027-m = a purpose beyond §7027(m)
ccpa-spi-001--declare-right-limit-ccpa-limit = declare `right limit: ccpa::limit_sensitive {"{"} via https://... {"}"}` with the link's address, or use the data only for §7027(m) purposes

## gdpr-adm-001
gdpr-adm-001--art-22-decision = Art. 22 decision
gdpr-adm-001--add-logic-logic-involved-meaningful = add `logic {"{"} ... {"}"}` (the logic involved, in meaningful terms) and `consequences {"{"} ... {"}"}` (what the decision means for the person)
gdpr-adm-001--purpose-name-automated-decision-making = purpose `{ $name }` is automated decision-making; say whether its decisions are based solely on it with legal or similarly significant effects
gdpr-adm-001--art-22-not = Art. 22 or not?
gdpr-adm-001--add-solely-automated-yes-logic = add `solely_automated yes` with `logic` and `consequences`, or `solely_automated no`

## gdpr-art9-001
gdpr-art9-001--special-category-processing = special-category processing
gdpr-art9-001--name-art-9-2-condition = name the Art. 9(2) condition (`special_condition gdpr::art9_health_care`, ...), or rest it on explicit consent: `basis gdpr::consent` with `consent separate_prompt`
gdpr-art9-001--special-category-under-gdpr-art = a special category under GDPR Art. 9

## gdpr-child-001
gdpr-child-001--service-offered-children-consent-policy = the service is offered to children on consent, and the policy does not say from which age a child may consent alone
gdpr-child-001--no-art-8-age = no Art. 8 age
gdpr-child-001--state-minors-consent-age-16 = state it in `minors`: `consent_age 16` (or the lower age, not below 13, of the member state whose law applies), with how a parent consents below it
gdpr-child-001--not-art-8-age = not an Art. 8 age
gdpr-child-001--state-age-applicable-law-sets = state the age the applicable law sets (16 unless a member state sets a lower one)

## gdpr-ctrl-001
gdpr-ctrl-001--no-art-27-representative = no Art. 27 representative
gdpr-ctrl-001--add-representative-name-email-controller = add `representative {"{"} name {"{"} ... {"}"}; email ... {"}"}` to `controller`, or `allow GDPR-CTRL-001 because "..."` where an Art. 27(2) exemption applies
gdpr-ctrl-001--controller-s-representative-has-no = the controller's representative has no contact details
gdpr-ctrl-001--no-email-phone-address-url = no email, phone, address or URL
gdpr-ctrl-001--add-email-phone-address-url = add `email`, `phone`, `address` or `url` to `representative`

## gdpr-li-001
gdpr-li-001--purpose-name-rests-legitimate-interests = purpose `{ $name }` rests on legitimate interests but does not say which interest is pursued
gdpr-li-001--which-legitimate-interest = which legitimate interest?
gdpr-li-001--state-purpose-interest-zh-en = state it in the purpose: `interest {"{"} zh: "……", en: "keeping our service secure against fraud" {"}"}`

## gdpr-object-001
gdpr-object-001--purpose-name-direct-marketing-legitimate = purpose `{ $name }` is direct marketing on legitimate interests, and the policy does not tell the person they may object to it at any time
gdpr-object-001--marketing-legitimate-interests = marketing on legitimate interests
gdpr-object-001--offer-right-object-marketing-gdpr = offer `right object_marketing: gdpr::object_marketing {"{"} via ... {"}"}`, or say on the purpose how to stop it: `opt_out {"{"} zh: "……", en: "the unsubscribe link in every email" {"}"}`

## gdpr-proc-001
gdpr-proc-001--processor-no-art-28-3 = processor with no Art. 28(3) terms in the model
gdpr-proc-001--list-gdpr-art28-clauses-each = list `gdpr::art28_clauses` in each processor's `contract`, or `allow GDPR-PROC-001 because "..."` once in the header where the contracts are kept elsewhere
gdpr-proc-001--another-processor = another processor
gdpr-proc-001--joint-controller-name-has-no = joint controller `{ $name }` has no Art. 26 arrangement
gdpr-proc-001--no-arrangement = no arrangement
gdpr-proc-001--declare-agreement-yes-publish-essence = declare `agreement yes` and publish its essence

## gdpr-xfer-001
gdpr-xfer-001--third-party-cookie-transfer-vendor = a third-party cookie is a transfer to its vendor
gdpr-xfer-001--declare-flow-vendor-ground-mechanism = declare the flow to the vendor with its ground (`mechanism gdpr::standard_contractual_clauses`, ...), or `dpf_certified yes` on a US vendor certified under the Data Privacy Framework

## gdpr-xfer-002
gdpr-xfer-002--no-adequacy-decision = no adequacy decision
gdpr-xfer-002--located-here = located here
gdpr-xfer-002--state-dpf-certified-yes-recipient = state `dpf_certified yes` on the recipient if it is on the DPF List; otherwise name the ground it really rests on (`gdpr::standard_contractual_clauses`, ...)
gdpr-xfer-002--name-ground-transfer-really-rests = name the ground the transfer really rests on: `gdpr::standard_contractual_clauses`, `gdpr::binding_corporate_rules` or an Art. 49 derogation

## uk-gdpr-ico-001
uk-gdpr-ico-001--under-uk-gdpr-policy-must = under the UK GDPR the policy must tell you that you can complain to the Information Commissioner's Office
uk-gdpr-ico-001--no-ico-complaint-route = no ICO complaint route
uk-gdpr-ico-001--declare-right-ico-uk-gdpr = declare `right ico: uk_gdpr::complain_ico {"{"} via https://ico.org.uk/make-a-complaint/ {"}"}`

## uk-gdpr-rep-001
uk-gdpr-rep-001--no-uk-representative = no UK representative
uk-gdpr-rep-001--add-uk-representative-name-email = add `uk_representative {"{"} name ...; email ... {"}"}` to the controller, or `allow UK-REP-001 because "..."` where Art. 27(2) exempts us

## uk-gdpr-xfer-001
uk-gdpr-xfer-001--restricted-transfer = a restricted transfer
uk-gdpr-xfer-001--outside-uk-without-uk-adequacy = outside the UK, without UK adequacy
uk-gdpr-xfer-001--add-mechanism-uk-gdpr-idta = add `mechanism uk_gdpr::idta` or `mechanism uk_gdpr::uk_addendum` (beside the EU SCCs) to the flow

## types-literals
types-literals--did-you-mean-s-subdivisions = did you mean `{ $s }`? subdivisions are ISO 3166-2 codes
types-literals--subdivisions-iso-3166-2-codes = subdivisions are ISO 3166-2 codes of the US, the UK and Canada, such as `US-CA`, `GB-SCT`, `CA-QC`

## audit-compare
audit-compare--app-requests-name-arg-which = the app requests `{ $name }` ({ $arg }), which the policy's permission list does not name
audit-compare--app-embeds-name-company-coordinate = the app embeds { $name }{ $company } (`{ $coordinate }`), which the policy does not list as a recipient
audit-compare--sdk-recipient-item-listed-but = SDK recipient `{ $item }` is listed, but the app's { $where } project files do not declare it

## diff-changelog
diff-changelog--removed-kind-list = Removed the { $kind } { $list }.
diff-changelog--added-kind-list = Added the { $kind } { $list }.
diff-changelog--added-name = Added the { $name }.
diff-changelog--removed-name = Removed the { $name }.
diff-changelog--updated-fields-policy-d = Updated the { $fields } of this Policy{ $d }.
diff-changelog--changed-fields-name-d = Changed the { $fields } of the { $name }{ $d }.
diff-changelog--arg-d = { $arg }{ $d }.
diff-changelog--changed-fields-personal-information-provided = Changed the { $fields } of the personal information provided to “{ $to }”{ $d }.

## diff-rule
diff-rule--add-revision-whose-changes-say = add a revision whose changes say: { $entry }
diff-rule--changes-count-change-s-need-kind = { $changes-count } change(s) need { $kind } ({ $article }), but the policy does not say it asks for it

## project
project--contains-c = it contains { $c }
project--docs-url-must-http-s = `docs_url` must be an http(s) address, not { $text }
project--allowed-allowed = allowed: { $allowed }

## ccpa-gpc-001
ccpa-gpc-001--flow-name-what-personal-information = flow `{ $name }` { $what } personal information, but the policy does not say that it honours opt-out preference signals such as Global Privacy Control

## ccpa-req-001
ccpa-req-001--requests-know-delete-correct-can = requests to know, delete or correct can be made in { $methods-count } way{ $plural-s }; the CCPA asks for two or more, including a toll-free number unless we operate exclusively online

## ccpa-rights-001
ccpa-rights-001--under-ccpa-policy-must-also = under the CCPA the policy must also offer California residents { $list }

## ccpa-sale-001
ccpa-sale-001--flow-name-what-personal-information = flow `{ $name }` { $what } personal information, but { $missing } through a "Do Not Sell or Share My Personal Information" link

## ccpa-spi-001
ccpa-spi-001--purpose-name-tagged-tag-uses = purpose `{ $name }`, tagged `{ $tag }`, uses sensitive personal information `{ $name2 }` beyond the purposes of §7027(m), but the policy offers no right to limit its use through a "Limit the Use of My Sensitive Personal Information" link

## core-prom-002
core-prom-002--name-not-one-what-field = `{ $name }` is not one of the { $what } `{ $field }` expects (it belongs to `{ $belongs }`)
core-prom-002--not-what = not { $what }

## core-purp-001
core-purp-001--flow-verb-name-which-no = this flow { $verb } `{ $name }`, which no purpose uses
core-purp-001--flow-verb-name-purposes-none = this flow { $verb } `{ $name }` for { $purposes }, none of which uses it

## core-stor-001
core-stor-001--data-said-stored-only-regions = data is said to be stored only in { $regions }, but a flow sends it abroad
core-stor-001--stored-regions-only = stored in `{ $regions }` only

## gdpr-adm-001
gdpr-adm-001--purpose-name-makes-solely-automated = purpose `{ $name }` makes solely automated decisions but does not give { $words }

## gdpr-art9-001
gdpr-art9-001--purpose-name-uses-special-categories = purpose `{ $name }` uses special categories ({ $names }) without an Art. 9(2) condition

## gdpr-basis-001
gdpr-basis-001--policy-treats-using-service-accepting = the policy treats using the service as accepting it, and { $arg } rest{ $ending } on GDPR consent with no way of asking for it: accepting a policy is not a clear affirmative act of consent
gdpr-basis-001--consent-name-mode-under-gdpr = consent for `{ $name }` is { $mode }: under the GDPR consent must be a clear affirmative act

## gdpr-ctrl-001
gdpr-ctrl-001--controller-established-outside-eea-established = the controller is established outside the EEA ({ $established }) and the policy names no representative in the Union

## gdpr-proc-001
gdpr-proc-001--policy-does-not-show-art = the policy does not show the Art. 28(3) terms of its contracts with { $lacking-count } processor{ $plural-s } ({ $names }); a notice need not state them, so confirm the contracts have them

## gdpr-rights-001
gdpr-rights-001--under-gdpr-policy-must-also = under the GDPR the policy must also offer { $list }

## gdpr-xfer-001
gdpr-xfer-001--flow-name-sends-data-name2 = flow `{ $name }` sends data to `{ $name2 }` in { $third } without a GDPR Chapter V ground
gdpr-xfer-001--cookie-name-sends-what-collects = cookie `{ $name }` sends what it collects to `{ $name2 }` in { $third } without a GDPR Chapter V ground

## gdpr-xfer-002
gdpr-xfer-002--flow-name-claims-adequacy-decision = flow `{ $name }` claims an adequacy decision for `{ $name2 }` in { $third }, which has none{ $us-only }

## pipl-duties-adm-001
pipl-duties-adm-001--purpose-name-makes-automated-decisions = purpose `{ $name }` makes automated decisions, but the policy does not offer the right{ $plural-s } { $list }
pipl-duties-adm-001--if-decisions-significantly-affect-people = if its decisions significantly affect people, declare { $list } (PIPL Art. 24 ¶3); otherwise justify with `allow PIPL-ADM-001 because "..."`

## pipl-duties-change-001
pipl-duties-change-001--major-change-list-lacks-list = the major-change list lacks { $list } of GB/T 35273 App. D

## pipl-duties-ret-002
pipl-duties-ret-002--name-kept-period-less-than = `{ $name }` is kept for { $period }, less than the { $min } the law requires
pipl-duties-ret-002--shorter-than-min = shorter than { $min }
pipl-duties-ret-002--keep-at-least-min-law = keep it for at least { $min } ({ $law }), and cite the minimum: `minimum retention::{ $clause }` (with `use std::retention`)
pipl-duties-ret-002--keep-fix = keep it for { $fix }

## pipl-duties-rights-002
pipl-duties-rights-002--right-name-lets-people-ask = right `{ $name }` lets people ask for deletion in fewer cases than PIPL Art. 47 ¶1; missing: { $list }

## pipl-duties-rights-003
pipl-duties-rights-003--right-name-may-refused-grounds = right `{ $name }` may be refused on grounds outside the standard list: { $list }
pipl-duties-rights-003--right-name-answered-within-d-2 = right `{ $name }` is answered within { $d }, longer than { $arg }

## pipl-duties-sec-001
pipl-duties-sec-001--incident-notice-does-not-tell = the incident notice does not tell people { $list }

## pipl-mobile-sdk-002
pipl-mobile-sdk-002--sdk-name-does-not-give = SDK `{ $name }` does not give { $list }

## pipl-mobile-sdk-003
pipl-mobile-sdk-003--sdk-name-kind-sdk-but = SDK `{ $name }` is a { $kind } SDK, but the policy does not say whether it collects while the app is in the background

## pipl-mobile-sdk-004
pipl-mobile-sdk-004--sdk-name-documented-collect-row = SDK `{ $name }` is documented to collect { $row }, sensitive personal information, but no flow gives it a sensitive category on separate consent

## pipl-notice-basis-001
pipl-notice-basis-001--flow-name-rests-contract-person = flow `{ $name }` rests on a contract with the person, but it serves `{ $purpose }`, and { $arg }: the contract does not cover it
pipl-notice-basis-001--what-name-rests-law-but = { $what } `{ $name }` rests on `{ $law }` but cites no law or regulation that imposes it
pipl-notice-basis-001--what-name-relies-gb-t = { $what } `{ $name }` relies on GB/T 35273 5.6 exceptions with no PIPL counterpart (`{ $list }`): under PIPL Art. 13 ¶2 only items (2)–(7) of Art. 13 ¶1 dispense with consent

## pipl-notice-consent-001
pipl-notice-consent-001--policy-treats-starting-use-service = the policy treats starting to use the service as accepting it, and { $arg } rest{ $ending } on consent with no explicit way of asking for it: accepting a policy is not consent

## pipl-notice-notice-001
pipl-notice-notice-001--purpose-name-does-not-say = purpose `{ $name }` does not say how { $list } { $missing } collected: no `source`

## pipl-notice-sens-002
pipl-notice-sens-002--purpose-name-processes-sensitive-personal-2 = purpose `{ $name }` processes sensitive personal information ({ $list }) but does not say { $missing }

## pipl-notice-sens-003
pipl-notice-sens-003--category-name-handled-business-data = category `{ $name }` is handled as business data, but it is { $what }: personal information of the person it shows{ $sensitive }

## pipl-rights-001
pipl-rights-001--policy-does-not-offer-statutory = the policy does not offer the statutory { $missing } { $list }
pipl-rights-001--declare-each-how-exercise-decls = declare each with how to exercise it: { $decls }

## pipl-sens-001
pipl-sens-001--what-name-processes-sensitive-personal = { $what } `{ $name }` processes sensitive personal information ({ $list }) without separate consent

## pipl-transfer-entr-001
pipl-transfer-entr-001--agreement-entrusted-party-name-does = the agreement with the entrusted party `{ $name }` does not cover { $list }

## pipl-transfer-entr-002
pipl-transfer-entr-002--cat-obtained-from-enterprise-customer = `{ $cat }` is obtained from the enterprise customer `{ $cust }`, for which we act as an entrusted party, but our own purpose { $list } uses it

## pipl-transfer-joint-001
pipl-transfer-joint-001--joint-handler-name-does-not = joint handler `{ $name }` does not state { $list }

## pipl-transfer-merge-001
pipl-transfer-merge-001--flow-name-transfers-personal-information = flow `{ $name }` transfers personal information in a merger or similar event but does not commit to { $list }

## pipl-transfer-share-002
pipl-transfer-share-002--recipient-name-what-receives-personal = recipient `{ $name }`, { $what } that receives personal information, does not state { $list }

## pipl-transfer-xb-001
pipl-transfer-xb-001--flow-name-relies-arg-purpose = flow `{ $name }` relies on { $arg } for the purpose `{ $purpose }`, which is not necessary for a contract with the person or for HR management
pipl-transfer-xb-001--flow-name-relies-arg-but = flow `{ $name }` relies on { $arg }, but the controller is a critical information infrastructure operator and needs a security assessment

## pipl-transfer-xb-003
pipl-transfer-xb-003--flow-name-sends-personal-information = flow `{ $name }` sends personal information to `{ $to }` outside mainland China without stating { $list }

## uk-gdpr-rep-001
uk-gdpr-rep-001--controller-established-established-names-no = the controller is established in { $established } and names no representative in the United Kingdom

## uk-gdpr-xfer-001
uk-gdpr-xfer-001--flow-name-sends-data-out = flow `{ $name }` sends data out of the UK to `{ $name2 }` in { $outside } without a UK transfer tool

## syntax-delimiters
syntax-delimiters--unmatched-describe = unmatched { $describe }
syntax-delimiters--unclosed-describe = unclosed { $describe }

## syntax
syntax--msg-found-found = { $msg }, found { $found }
syntax--unexpected-found = unexpected { $found }

## types-lower
types-lower--add-key-describe-doc = add `{ $key }` ({ $describe }): { $doc }
types-lower--key-needs-describe = `{ $key }` needs { $describe }
types-lower--key-expects-describe-found-found = `{ $key }` expects { $describe }, found { $found }
types-lower--expected-describe = expected { $describe }
types-lower--did-you-mean-s-options = did you mean `{ $s }`? options: { $list }
types-lower--options-list = options: { $list }
types-lower--fields-here-keys = fields here: { $keys }
types-lower--name-found-spec-but-expected-expected = `{ $name }` is { $found-spec }, but { $expected } is expected here
types-lower--found-spec = this is { $found-spec }
types-lower--text-has-no-names-version = text has no { $names } version
types-lower--policy-published-languages-give-every = the policy is published in { $languages }; give every text in each
types-lower--text-lang-extra-which-policy = text in { $lang } (`{ $extra }`), which the policy does not declare
types-lower--key-takes-what-not-bare = `{ $key }` takes { $what }, not the bare words `{ $written }`
types-lower--what-expected = { $what } expected
types-lower--write-what-form = write it as { $what }: `{ $form }`

## workspace
workspace--items-all = items are: { $all }

## diff
# An item's name or label, as the author or the kind table words it.
diff--label = { $label }

## diff-classify
diff-classify--right-no-longer-offered = a right is no longer offered
diff-classify--way-exercising-right-removed = a way of exercising the right is removed
diff-classify--response-time-longer = the response time is longer
diff-classify--conditions-exercising-right-change = the conditions of exercising the right change

## ccpa-sale-001
ccpa-sale-001--sale = a sale
ccpa-sale-001--sharing-cross-context-behavioural-advertising = sharing for cross-context behavioural advertising

## core-decl-002
core-decl-002--category-name-used-no-purpose = category `{ $name }` is used by no purpose
core-decl-002--add-uses-purpose-needs-remove = add it to the `uses` of the purpose that needs it, or remove it
core-decl-002--purpose-name-uses-no-category = purpose `{ $name }` uses no category
core-decl-002--say-which-categories-uses-uses = say which categories it uses with `uses`, or remove it
core-decl-002--no-flow-goes-recipient-name = no flow goes to recipient `{ $name }`
core-decl-002--declare-flow-gives-data-remove = declare the flow that gives it data, or remove it
core-decl-002--cookie-name-serves-no-purpose = cookie `{ $name }` serves no purpose
core-decl-002--say-which-purposes-serves = say which purposes it serves with `for`

## core-flow-001
core-flow-001--flow-name-names-condition-condition = flow `{ $name }` names condition `{ $condition }` twice in `{ $key }`
core-flow-001--flow-name-names-condition-condition-2 = flow `{ $name }` names condition `{ $condition }` both in `when` (it must always hold) and in `only_if` (one case among others)

## core-prom-001
core-prom-001--sends-data-abroad = sends data abroad
core-prom-001--stores-data-abroad = stores data abroad
core-prom-001--shares-recipient-promise-does-not = shares with a recipient the promise does not allow
core-prom-001--transfers-data-case-promise-does = transfers data in a case the promise does not allow
core-prom-001--publicly-discloses-data-another-basis = publicly discloses data on another basis
core-prom-001--provides-data-payment = provides data for payment
core-prom-001--obtained-from-third-party = is obtained from a third party
core-prom-001--uses-information-another-purpose = uses the information for another purpose

## gdpr-child-001
gdpr-child-001--child-s-own-consent-counts = a child's own consent counts from 16, or a member state's lower age not below 13; the policy says { $age }
gdpr-child-001--policy-lets-children-consent-alone = the policy lets children consent alone from { $age }, below the age { $state } sets ({ $a })

## pipl-notice-consent-001

## pipl-sens-001

## pipl-share-001
pipl-share-001--flow-flow-name-provides-personal-information = flow `{ $flow-name }` provides personal information to the affiliate `{ $to }` without separate consent: PIPL has no affiliate exemption
pipl-share-001--flow-flow-name-transfers-personal-information = flow `{ $flow-name }` transfers personal information to `{ $to }` outside a merger without separate consent: this is a provision under PIPL Art. 23
pipl-share-001--flow-flow-name-provides-personal-information-2 = flow `{ $flow-name }` provides personal information to `{ $to }` on ordinary consent; PIPL Art. 23 requires separate consent
pipl-share-001--flow-flow-name-provides-personal-information-3 = flow `{ $flow-name }` provides personal information to `{ $to }` without separate consent or a statutory exception

## pipl-transfer-share-002
pipl-transfer-share-002--flow-which-collects-naming-no = a flow in which it collects, naming no data
pipl-transfer-share-002--flow-no-purpose = a flow to it, with no purpose
pipl-transfer-share-002--flow = a flow to it

## pipl-transfer-share-003
pipl-transfer-share-003--flow-flow-name-provides-de-identified = flow `{ $flow-name }` provides the de-identified category `{ $cat }` without any basis: de-identified information is still personal information
pipl-transfer-share-003--flow-flow-name-de-identifies-information = flow `{ $flow-name }` de-identifies the information before providing it but has no basis: de-identified information is still personal information

## pipl-xb-002
pipl-xb-002--flow-name-sends-personal-information = flow `{ $name }` sends personal information to `{ $to }` { $region } with no basis; a consent-based transfer abroad needs separate consent
pipl-xb-002--flow-name-sends-personal-information-2 = flow `{ $name }` sends personal information to `{ $to }` { $region } on ordinary consent; PIPL Art. 39 requires separate consent

## syntax
syntax--bidirectional-control-character-what = bidirectional control character { $what }
syntax--bidirectional-control-characters-what = bidirectional control characters { $what }
syntax--expected-join-or-found-found = expected { $join-or }, found { $found }

## types-lower
types-lower--text-language-error-which-cannot = `{ $text }` is a language error, which cannot be silenced
types-lower--text-not-rule-code = `{ $text }` is not a rule code

## types-literals
types-literals--not-email-address = `{ $text }` is not an email address: { $why }
types-literals--not-valid-url = `{ $text }` is not a valid URL: { $why }

## types-literals
types-literals--text-not-date = `{ $text }` is not a date
types-literals--text-has-no-month-month = `{ $text }` has no month { $month }
types-literals--text-does-not-exist-month = `{ $text }` does not exist: month { $month } of { $year } has { $max } days
types-literals--write-text-value = write `{ $text }` as `{ $value }`
types-literals--number-not-whole-number-units = `{ $number }` is not a whole number of units
types-literals--unknown-duration-unit-unit = unknown duration unit `{ $unit }`
types-literals--has-no = it has no `@`
types-literals--part-before-empty-malformed = the part before `@` is empty or malformed
types-literals--has-more-than-one = it has more than one `@`
types-literals--domain-has-no = the domain has no `.`
types-literals--domain-malformed = the domain is malformed
types-literals--domain-does-not-end-top = the domain does not end in a top-level domain
types-literals--text-not-phone-number = `{ $text }` is not a phone number
types-literals--unknown-region-code-text = unknown region code `{ $text }`
types-literals--unknown-region-code-text-2 = unknown region code `{ $text }`

## audit-compare
audit-compare--audit-permission-names-item-which = `[[audit.permission]]` names `{ $item }`, which is no `permission` item of the policy
audit-compare--unknown-permission-item = unknown permission item
audit-compare--set-item-name-one-policy = set `item` to the name of one of the policy's `permission` items
audit-compare--requested-here = requested here
audit-compare--add-permission-item-platform-short = add a `permission` item with `{ $platform } "{ $short }"`, the data it exposes and the functions that need it (or, where the policy names the permission only by what it does, name `{ $short }` for its item in pol.toml's `[[audit.permission]]`), or stop requesting it

## project
project--here = here
project--pol-toml-knows-name-entry = pol.toml knows `name`, `entry`, `languages`, `profile`, `docs_url`, `[[audit.allow]]` (`code`, `subject`, `because`) and `[[audit.permission]]` (`item`, `android`, `ios`, `miniprogram`)

## ccpa-look-001
ccpa-look-001--under-ccpa-policy-must-say = under the CCPA the policy must say that its lists of personal information collected, sold, shared and disclosed cover the preceding 12 months
ccpa-look-001--no-look-back-period = no look-back period
ccpa-look-001--add-look-back-12-months = add `look_back 12 months` to the header ("In the last 12 months, we collected ...")
ccpa-look-001--policy-s-lists-cover-d = the policy's lists cover { $d }, less than the CCPA's preceding 12 months
ccpa-look-001--shorter-than-12-months = shorter than 12 months
ccpa-look-001--cover-preceding-12-months = cover the preceding 12 months

## ccpa-notice-001
ccpa-notice-001--under-ccpa-policy-does-not = under the CCPA the policy does not say that it is the notice given at or before collection
ccpa-notice-001--no-notice-at-collection = no notice at collection
ccpa-notice-001--add-notice-at-collection-header = add `notice_at_collection` to the header if this policy is the notice at collection, and link to it where personal information is collected

## gdpr-joint-001
gdpr-joint-001--joint-controller-name-named-without = joint controller “{ $name }” is named without the essence of the arrangement between the joint controllers
gdpr-joint-001--joint-controller = a joint controller
gdpr-joint-001--add-arrangement-who-answers-your = add `arrangement {"{"} ... {"}"}`: who answers your requests and who gives you the information of Arts 13 and 14

## pipl-duties-minor-001
pipl-duties-minor-001--minors-statement = the minors statement

## pipl-notice-contact-001
pipl-notice-contact-001--add-dpo-name-zh-en = add `dpo {"{"} name {"{"} zh: "...", en: "..." {"}"}; email ... {"}"}` to the controller

## pipl-notice-notice-002
pipl-notice-notice-002--required = required

## pipl-sens-001
pipl-sens-001--base-pipl-separate-consent-pipl = base it on `pipl::separate_consent` (or `pipl::written_consent` where a law requires written consent), asked in a prompt of its own, or on a basis of PIPL Art. 13 ¶1 (2)–(7)

## reply-time
reply-time--name-answered-within-d-more = `{ $name }` is answered within { $d }, more than the { $law }'s { $limit }
reply-time--longer-than-limit = longer than { $limit }
reply-time--answer-within-limit = answer within { $limit }
gdpr-rights-001--answer-within-one-month-extendable = answer within `1 month` (extendable by two months with reasons)
ccpa-rights-001--answer-within-45-days-extendable = answer within `45 days` (extendable once by 45 days, with notice to you within the first 45)
pipl-sens-001--not-separate-consent = not separate consent
pipl-sens-001--no-basis = no basis
core-prom-001--stores-data-elsewhere = stores data elsewhere
core-prom-001--serves-another-purpose = serves another purpose
core-prom-001--holds-children-s-data = holds children's data
pipl-notice-consent-001--purpose-name-treats-use-service = purpose `{ $name }` treats use of the service as consent: consent must be an explicit act
pipl-notice-consent-001--purpose-name-asks-consent-pre = purpose `{ $name }` asks for consent with a pre-checked box: consent must be an explicit act
