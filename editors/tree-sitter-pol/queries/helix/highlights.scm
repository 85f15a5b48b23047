; Generated from ../highlights.scm (Helix's capture names); do not edit by hand:
; POL_BLESS=1 cargo test -p pol-tests --test editor_grammars rewrites it.

; Highlights for pol (nvim-treesitter capture names; queries/helix/highlights.scm is the same
; query with Helix's names, generated from this one). The word lists follow
; compiler/src/types/schema.rs: tests/tests/editor_grammars.rs fails when they fall behind and
; rewrites them with POL_BLESS=1.

(comment) @comment
(string) @string
[(number) (date) (phone)] @constant.numeric
[(email) (url)] @string.special.url
(code) @constant
(glob) @operator

["use" "as"] @keyword.control.import

["{" "}" "[" "]"] @punctuation.bracket
[":" "::" "," ";"] @punctuation.delimiter

(use_declaration path: (use_path (identifier) @namespace))
(use_declaration alias: (identifier) @namespace)
(path (identifier) @namespace . "::")

(declaration name: (identifier) @type)
(declaration parent: (path (identifier) @type .))

; Item kinds (schema: kinds)
(declaration
  kind: (identifier) @keyword
  (#any-of? @keyword
    "policy" "category" "purpose" "recipient" "flow" "storage" "retention" "right" "promise"
    "cookie" "cookies" "contact" "minors" "security" "changes" "revision" "section" "basis"
    "role" "mechanism" "clause" "list" "measure" "certification" "condition" "permission"
    "function"))

; Field keys (schema: fields)
(field
  key: (identifier) @variable.other.member
  (#any-of? @variable.other.member
    "acceptance" "access_only" "acts_as" "address" "advance_notice" "agreement" "allow"
    "android" "announce" "archive" "archived" "arrangement" "article" "as_long_as_necessary"
    "audience" "background" "backups" "basis" "body" "certifications" "changes" "ciio"
    "co_controllers" "collected_by" "commitments" "conditions" "consent" "consent_age"
    "consent_exceptions" "consequences" "consideration" "contact"
    "continued_use_means_acceptance" "contract" "controller" "credit_code" "currently_not"
    "data" "date" "dedicated_rules" "description" "directed" "disclaimers" "disclose"
    "do_not_track" "dpf_certified" "dpo" "ecommerce_platform" "effective" "effort" "email" "en"
    "entrust" "established" "examples" "except" "except_bases" "except_flows" "except_roles"
    "except_triggers" "exceptions" "exemption" "exposes" "fee" "fee_hedge" "for" "functions"
    "guardian_consent" "guardian_contact" "hedge" "hours" "identifiability" "impact"
    "incident_contents" "incident_notice" "incident_plan" "interest" "intro" "ios" "items"
    "kept_beyond" "kind" "label" "languages" "lifetime" "logic" "look_back" "major"
    "major_notice" "maps_to" "may" "measures" "mechanism" "minimum" "miniprogram" "mlps_level"
    "name" "necessity" "not_stored" "notice" "notice_at_collection" "obtained_from"
    "on_cessation" "on_discovery" "on_expiry" "only_if" "only_purposes" "opt_out" "own_purposes"
    "packages" "parent" "part" "period" "phone" "platforms" "policy_url" "premise"
    "processor_for" "products" "profile" "purposes" "refusal" "refusal_grounds" "refusal_may"
    "refuse" "region" "report_to_authorities" "representative" "requested" "requests" "required"
    "residents" "role" "scale" "scope" "sdk" "sensitive" "services" "share" "short_name"
    "solely_automated" "source" "special_condition" "statute" "supervision" "tags" "technology"
    "third_party" "threshold" "title" "to" "transfer" "trigger" "uk_representative" "until"
    "updated" "url" "use_means_acceptance" "uses" "verification" "version" "via" "website"
    "when" "withdraw" "within" "within_hedge" "zh"))

; Words of a fixed set (schema: options)
(value
  (path . (identifier) @constant.builtin .)
  (#any-of? @constant.builtin
    "about" "account" "acquisition" "adults_only" "advertising" "ai_training" "analytics"
    "android" "announcement" "anonymize" "anonymized" "anonymized_first" "asset_sale"
    "authority_request" "automated_decision" "automatic" "bankruptcy" "basic" "business_data"
    "ccpa" "changes" "child_data" "collection" "consent" "contact" "content" "contract"
    "controller" "cookie" "cookies" "corporate_event" "cost_fee" "de_identified"
    "de_identified_first" "delete" "delete_immediately" "delete_or_anonymize" "device"
    "directed_at_children" "dissolution" "division" "email" "emergency" "en" "encrypted"
    "enterprise_customers" "enterprise_representatives" "essential" "extended" "fingerprint"
    "first_launch" "free" "free_for_reasonable_requests" "functional" "gdpr" "general"
    "generally" "guardian" "harmonyos" "identified" "implied_by_use" "in_principle" "in_product"
    "in_settings" "independent_controller" "individuals" "ios" "ip_tracking" "joint_controller"
    "judicial" "knowingly" "law" "lawfully_public" "legal" "letter" "local_storage" "location"
    "marketing" "merger" "minimum_necessary" "miniprogram" "minors" "network_log" "no" "none"
    "not_directed_at_minors" "not_respected" "not_supported" "on_use" "opt_in" "other"
    "person_action" "personalization" "phone" "pipl" "pixel_tag" "popup" "pre_checked"
    "processor" "public_interest" "push" "recipient" "recruitment" "research" "respected"
    "retention" "rights" "sdk" "security" "self_published" "separate" "separate_consent"
    "separate_prompt" "service" "sharing" "sms" "storage" "sub_processor" "subject" "support"
    "third_party" "transaction_record" "try" "uk_gdpr" "us" "web" "web_beacon" "website"
    "written" "yes" "zh"))
