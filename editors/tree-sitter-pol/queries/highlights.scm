; Highlights for pol (nvim-treesitter capture names; queries/helix/highlights.scm is the same
; query with Helix's names, generated from this one). The word lists follow
; compiler/src/types/schema.rs: tests/tests/editor_grammars.rs fails when they fall behind and
; rewrites them with POL_BLESS=1.

(comment) @comment @spell
(string) @string
[(number) (date) (phone)] @number
[(email) (url)] @string.special.url
(code) @constant.macro
(glob) @operator

["use" "as"] @keyword.import

["{" "}" "[" "]"] @punctuation.bracket
[":" "::" "," ";"] @punctuation.delimiter

(use_declaration path: (use_path (identifier) @module))
(use_declaration alias: (identifier) @module)
(path (identifier) @module . "::")

(declaration name: (identifier) @type.definition)
(declaration parent: (path (identifier) @type .))

; Item kinds (schema: kinds)
(declaration
  kind: (identifier) @keyword
  (#any-of? @keyword
    "policy" "category" "purpose" "recipient" "flow" "storage" "retention" "right" "promise"
    "cookie" "cookies" "contact" "minors" "security" "changes" "revision" "section" "basis"
    "role" "mechanism" "clause" "list" "measure" "certification"))

; Field keys (schema: fields)
(field
  key: (identifier) @property
  (#any-of? @property
    "access_only" "address" "advance_notice" "agreement" "allow" "announce" "archive" "archived"
    "article" "audience" "backups" "basis" "body" "certifications" "changes" "ciio"
    "commitments" "conditions" "consent" "consent_exceptions" "consideration" "contact"
    "continued_use_means_acceptance" "contract" "controller" "credit_code" "data" "date"
    "dedicated_rules" "description" "directed" "disclaimers" "disclose" "do_not_track" "dpo"
    "ecommerce_platform" "effective" "email" "en" "entrust" "examples" "except_bases"
    "except_roles" "except_triggers" "exceptions" "exemption" "fee" "for" "guardian_consent"
    "guardian_contact" "hours" "identifiability" "impact" "incident_contents" "incident_notice"
    "incident_plan" "intro" "items" "kind" "label" "languages" "lifetime" "major" "major_notice"
    "measures" "mechanism" "minimum" "mlps_level" "name" "necessity" "notice" "obtained_from"
    "on_cessation" "on_discovery" "on_expiry" "only_purposes" "opt_out" "own_purposes" "period"
    "phone" "policy_url" "products" "profile" "refusal" "refusal_grounds" "refuse" "region"
    "report_to_authorities" "requests" "required" "scale" "scope" "sensitive" "share"
    "short_name" "source" "supervision" "tags" "technology" "third_party" "threshold" "title"
    "to" "transfer" "trigger" "until" "updated" "url" "use_means_acceptance" "uses"
    "verification" "version" "via" "website" "withdraw" "within" "zh"))

; Words of a fixed set (schema: options)
(value
  (path . (identifier) @constant.builtin .)
  (#any-of? @constant.builtin
    "account" "acquisition" "adults_only" "advertising" "ai_training" "analytics" "announcement"
    "anonymize" "anonymized" "anonymized_first" "asset_sale" "automated_decision" "automatic"
    "bankruptcy" "business_data" "child_data" "content" "cookie" "cost_fee" "de_identified"
    "de_identified_first" "delete" "delete_or_anonymize" "device" "directed_at_children"
    "dissolution" "division" "email" "en" "encrypted" "enterprise_customers"
    "enterprise_representatives" "essential" "fingerprint" "free" "free_for_reasonable_requests"
    "functional" "gdpr" "general" "guardian" "identified" "implied_by_use" "in_product"
    "individuals" "ip_tracking" "legal" "letter" "local_storage" "location" "marketing" "merger"
    "minimum_necessary" "network_log" "no" "none" "not_directed_at_minors" "not_respected"
    "not_supported" "opt_in" "personalization" "phone" "pipl" "pixel_tag" "popup" "pre_checked"
    "push" "recruitment" "research" "respected" "sdk" "security" "separate" "separate_consent"
    "separate_prompt" "service" "sms" "subject" "support" "third_party" "transaction_record"
    "web_beacon" "website" "written" "yes" "zh"))
