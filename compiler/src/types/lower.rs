//! Lowering: checks every item against the schema and builds the typed model.
//!
//! For each field this pass knows the expected type, so it is here that a path becomes a
//! reference (resolved through [`crate::names::Scopes`] and checked for its kind), a region
//! code, or one word of a fixed set. Everything that does not fit is a located `TYPE-` or
//! `NAME-` diagnostic; the value is then left out, and nothing downstream reports it again.

use crate::diag::{codes, suggest, Diagnostic, Message};
use crate::ir::{Field, Fields, ItemId, ModuleId, Reference, Spanned, Text, Value};
use crate::names::Scopes;
use crate::source::Span;
use crate::syntax::ast;
use crate::types::literals;
use crate::types::schema::{self, FieldSpec, Kind, Ty, LANGUAGES};

/// The state of one lowering run over all modules.
pub struct Lowerer<'a> {
    pub db: &'a crate::source::SourceDb,
    pub scopes: &'a Scopes,
    /// The kind of every item, indexed by id, to check references.
    pub kinds: &'a [Kind],
    /// Where each item is declared (its name), for "declared here" labels.
    pub name_spans: &'a [Span],
    pub diags: Vec<Diagnostic>,
    pub references: Vec<Reference>,
    /// Every text value, checked for completeness once the policy's languages are known.
    /// Which languages each text has (not the text itself: no need to copy every string).
    pub texts: Vec<(TextLangs, Span, bool)>,
    module: ModuleId,
    in_stdlib: bool,
    /// The current item's body was lost to a syntax error (see [`ast::Decl::broken`]).
    pub body_broken: bool,
    /// The item being lowered, and whether it is the policy header (for `allow`).
    pub current_item: Option<(crate::ir::ItemId, bool)>,
    pub suppressions: Vec<crate::ir::Suppression>,
    /// Nesting of record fields: `allow` is only valid at an item's top level.
    depth: usize,
}

impl<'a> Lowerer<'a> {
    pub fn new(
        db: &'a crate::source::SourceDb,
        scopes: &'a Scopes,
        kinds: &'a [Kind],
        name_spans: &'a [Span],
    ) -> Lowerer<'a> {
        Lowerer {
            db,
            scopes,
            kinds,
            name_spans,
            diags: Vec::new(),
            references: Vec::new(),
            texts: Vec::new(),
            module: ModuleId(0),
            in_stdlib: false,
            body_broken: false,
            current_item: None,
            suppressions: Vec::new(),
            depth: 0,
        }
    }

    pub fn enter(&mut self, module: ModuleId, in_stdlib: bool) {
        self.module = module;
        self.in_stdlib = in_stdlib;
    }

    /// Resolves a path expected to name an item of `expected` kind (`None`: any kind).
    pub fn reference(&mut self, path: &ast::Path, expected: &[Kind]) -> Option<ItemId> {
        match self.scopes.resolve(self.module, path) {
            Ok(id) => {
                let kind = *self.kinds.get(id.0 as usize)?;
                if !expected.is_empty() && !expected.contains(&kind) {
                    self.diags.push(wrong_kind(
                        path,
                        kind,
                        expected,
                        self.name_spans.get(id.0 as usize).copied(),
                    ));
                    return None;
                }
                self.references.push(Reference {
                    span: path.span,
                    target: id,
                });
                Some(id)
            }
            Err(e) => {
                self.diags.push(e.into_diagnostic());
                None
            }
        }
    }

    /// Lowers a block's fields against `specs`. `owner` is the span to report missing fields on.
    pub fn fields(
        &mut self,
        specs: &'static [FieldSpec],
        block: Option<&ast::Block>,
        owner: Span,
        owner_name: &str,
    ) -> Fields {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: Vec<(&'static str, Span)> = Vec::new();
        let entries = block.map(|b| b.fields.as_slice()).unwrap_or(&[]);
        for field in entries {
            let ast::Field::Entry(entry) = field else {
                continue;
            };
            if entry.key.text == "allow" && self.depth == 0 {
                if let Some((item, policy_wide)) = self.current_item {
                    for value in &entry.values {
                        self.suppression(value, item, policy_wide);
                    }
                    continue;
                }
            }
            let Some(spec) = specs.iter().find(|s| s.key == entry.key.text) else {
                self.diags.push(unknown_field(entry, specs, owner_name));
                continue;
            };
            if let Some((_, first)) = seen.iter().find(|(k, _)| *k == spec.key) {
                self.diags.push(
                    Diagnostic::new(
                        codes::TYPE_DUPLICATE_FIELD,
                        entry.key.span,
                        Message::key("types-lower--key-given-twice").arg("key", &spec.key),
                    )
                    .with_label(Message::key("types-lower--given-again-here"))
                    .with_related(*first, Message::key("types-lower--first-given-here"))
                    .with_help(if spec.many {
                        Message::key("types-lower--list-all-values-one-field").arg("key", &spec.key)
                    } else {
                        Message::key("types-lower--keep-one-them")
                    }),
                );
                continue;
            }
            seen.push((spec.key, entry.key.span));
            let values = self.field_values(spec, entry);
            out.push(Field {
                key: spec.key,
                span: entry.span,
                values,
            });
        }
        // A body with a syntax error may hold the "missing" field on its broken line: saying it
        // is missing would be a second, misleading report of the same mistake.
        let broken = self.body_broken || entries.iter().any(|f| matches!(f, ast::Field::Error(_)));
        for spec in specs.iter().filter(|s| s.required && !broken) {
            if !seen.iter().any(|(k, _)| *k == spec.key) {
                self.diags.push(
                    Diagnostic::new(
                        codes::TYPE_MISSING_FIELD,
                        owner,
                        Message::key("types-lower--owner-name-needs-key")
                            .arg("owner-name", &owner_name)
                            .arg("key", &spec.key),
                    )
                    .with_label(Message::key("types-lower--key-missing").arg("key", &spec.key))
                    .with_help(
                        Message::key("types-lower--add-key-describe-doc")
                            .arg("key", &spec.key)
                            .arg("describe", &spec.ty.describe())
                            .arg("doc", &spec.doc)
                            .arg("describe2", &spec.ty.describe_zh()),
                    ),
                );
            }
        }
        Fields(out)
    }

    fn field_values(
        &mut self,
        spec: &'static FieldSpec,
        entry: &ast::Entry,
    ) -> Vec<Spanned<Value>> {
        if entry.values.is_empty() {
            if spec.ty == Ty::Bool {
                return vec![Spanned {
                    value: Value::Bool(true),
                    span: entry.key.span,
                }];
            }
            if spec.bare {
                return Vec::new();
            }
            self.diags.push(
                Diagnostic::new(
                    codes::TYPE_MISMATCH,
                    entry.key.span,
                    Message::key("types-lower--key-needs-describe")
                        .arg("key", &spec.key)
                        .arg("describe", &spec.ty.describe())
                        .arg("describe2", &spec.ty.describe_zh()),
                )
                .with_label(Message::key("types-lower--no-value-given")),
            );
            return Vec::new();
        }
        if !spec.many && entry.values.len() > 1 {
            let extra = entry.values[1]
                .span
                .cover(entry.values[entry.values.len() - 1].span);
            self.diags.push(
                Diagnostic::new(
                    codes::TYPE_MISMATCH,
                    extra,
                    Message::key("types-lower--key-takes-one-value-found")
                        .arg("key", &spec.key)
                        .arg("len", &entry.values.len()),
                )
                .with_label(Message::key("types-lower--extra-values")),
            );
        }
        let take = if spec.many { entry.values.len() } else { 1 };
        entry
            .values
            .iter()
            .take(take)
            .filter_map(|v| self.value(spec.ty, v, spec.key))
            .collect()
    }

    fn value(&mut self, ty: Ty, value: &ast::Value, key: &str) -> Option<Spanned<Value>> {
        // A term the parser already reported stays silent here, however deeply it is nested.
        if value.terms.iter().any(has_error) {
            return None;
        }
        let span = value.span;
        if ty == Ty::Duration {
            return self.duration(value, key).map(|d| Spanned {
                value: Value::Duration(d),
                span,
            });
        }
        let [term] = value.terms.as_slice() else {
            if matches!(ty, Ty::Text | Ty::Str) {
                self.diags.push(words_for_text(
                    ty,
                    key,
                    value.span,
                    self.db.text(value.span),
                ));
                return None;
            }
            let extra = value.terms[1]
                .span()
                .cover(value.terms[value.terms.len() - 1].span());
            self.diags.push(
                Diagnostic::new(
                    codes::TYPE_MISMATCH,
                    extra,
                    Message::key("types-lower--unexpected-arg-after-value-key")
                        .arg("arg", &(self.scopes_text(extra)))
                        .arg("key", &key),
                )
                .with_label(Message::key("types-lower--not-part-value"))
                .with_help(Message::key("types-lower--separate-values-commas-put-each")),
            );
            return None;
        };
        let v = self.term(ty, term, key)?;
        Some(Spanned { value: v, span })
    }

    fn scopes_text(&self, span: Span) -> String {
        self.db.text(span).to_string()
    }

    fn duration(&mut self, value: &ast::Value, key: &str) -> Option<literals::Duration> {
        match value.terms.as_slice() {
            [ast::Term::Number(n), ast::Term::Path(unit)] if unit.segments.len() == 1 => {
                match literals::duration(&n.text, &unit.text()) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        let span = if e.code == codes::TYPE_UNKNOWN_UNIT {
                            unit.span
                        } else {
                            n.span
                        };
                        self.diags.push(literal_diag(*e, span));
                        None
                    }
                }
            }
            _ => {
                self.diags
                    .push(mismatch(value.span, key, Ty::Duration, found_of(value)));
                None
            }
        }
    }

    fn term(&mut self, ty: Ty, term: &ast::Term, key: &str) -> Option<Value> {
        use ast::Term as T;
        let span = term.span();
        let found = found_term(term);
        let fail = |this: &mut Self| {
            this.diags.push(mismatch(span, key, ty, found));
            None
        };
        match (ty, term) {
            (Ty::Text, T::Block(b)) => self.text(b).map(Value::Text),
            (Ty::Text, T::Str(s)) => {
                self.diags.push(
                    mismatch(span, key, ty, found)
                        .with_help(Message::key("types-lower--text-bilingual-write-zh-en"))
                        .with_fix(
                            Message::key("types-lower--make-bilingual"),
                            span,
                            bilingual_skeleton(&s.value),
                        ),
                );
                None
            }
            (Ty::Str, T::Str(s)) => Some(Value::Str(s.value.clone())),
            (Ty::Bool, T::Path(p)) if p.segments.len() == 1 => match p.text().as_str() {
                "yes" | "true" => Some(Value::Bool(true)),
                "no" | "false" => Some(Value::Bool(false)),
                _ => fail(self),
            },
            (Ty::Int, T::Number(n)) => match n.text.parse::<u64>() {
                Ok(v) => Some(Value::Int(v)),
                Err(_) => fail(self),
            },
            (Ty::Date, T::Date(d)) => match literals::date(&d.text) {
                Ok(v) => Some(Value::Date(v)),
                Err(e) => {
                    self.diags.push(literal_diag(*e, span));
                    None
                }
            },
            (Ty::Email | Ty::Channel, T::Email(l)) => self.checked(
                literals::email(&l.text),
                span,
                Value::Email(l.text.to_string()),
            ),
            (Ty::Url | Ty::Channel, T::Url(l)) => {
                self.checked(literals::url(&l.text), span, Value::Url(l.text.to_string()))
            }
            (Ty::Phone | Ty::Channel, T::Phone(l)) => self.checked(
                literals::phone(&l.text),
                span,
                Value::Phone(l.text.to_string()),
            ),
            (Ty::Channel, T::Block(b)) => self.text(b).map(Value::Text),
            (Ty::Channel, T::Path(p)) => self.reference(p, &[Kind::Contact]).map(Value::Ref),
            (Ty::Region, T::Path(p)) if p.segments.len() == 1 => {
                let text = p.text();
                self.checked(literals::region(&text), span, Value::Region(text.clone()))
            }
            (Ty::Ref(kind), T::Path(p)) => self.reference(p, &[kind]).map(Value::Ref),
            (Ty::Clauses, T::Path(p)) => self
                .reference(p, &[Kind::Clause, Kind::List])
                .map(Value::Ref),
            (Ty::Option(words), T::Path(p)) if p.segments.len() == 1 => {
                let text = p.text();
                match words.iter().find(|w| **w == text) {
                    Some(w) => Some(Value::Option(w)),
                    None => {
                        self.diags.push(unknown_option(span, key, &text, words));
                        None
                    }
                }
            }
            (Ty::Record(specs), T::Block(b)) => {
                let owner = format!("`{key}`");
                self.depth += 1;
                let fields = self.fields(specs, Some(b), span, &owner);
                self.depth -= 1;
                Some(Value::Record(fields))
            }
            _ => fail(self),
        }
    }

    /// `CODE because "justification"`.
    fn suppression(&mut self, value: &ast::Value, item: crate::ir::ItemId, policy_wide: bool) {
        use ast::Term as T;
        if value.terms.iter().any(|t| matches!(t, T::Error(_))) {
            return;
        }
        let span = value.span;
        let terms = value.terms.as_slice();
        let Some(T::Code(code)) = terms.first() else {
            self.diags.push(
                mismatch(span, "allow", Ty::Str, found_of(value))
                    .with_help(Message::key("types-lower--write-allow-pipl-ret-001")),
            );
            return;
        };
        let Some(parsed) = crate::diag::Code::parse(&code.text).filter(|c| c.is_rule()) else {
            let front_end = crate::diag::Code::parse(&code.text).is_some();
            let message = if front_end {
                Message::key("types-lower--text-language-error-which-cannot")
                    .arg("text", &code.text)
            } else {
                Message::key("types-lower--text-not-rule-code").arg("text", &code.text)
            };
            let mut d = Diagnostic::new(codes::SUP_NOT_A_RULE, code.span, message)
                .with_label(Message::key("types-lower--not-legal-rule"));
            let rules = crate::rules::registry().map(|r| r.info.code.as_str());
            if let Some(s) = suggest::closest(&code.text, rules) {
                d = d
                    .with_help(Message::key("types-lower--did-you-mean-s").arg("s", &s))
                    .with_fix(
                        Message::key("types-lower--replace-s").arg("s", &s),
                        code.span,
                        s,
                    );
            }
            self.diags.push(d);
            return;
        };
        let justification = match terms.get(1..) {
            Some([T::Path(because), T::Str(s)])
                if because.text() == "because" && !s.value.trim().is_empty() =>
            {
                Some(s.value.clone())
            }
            _ => None,
        };
        let Some(justification) = justification else {
            self.diags.push(
                Diagnostic::new(
                    codes::SUP_NO_JUSTIFICATION,
                    span,
                    Message::key("types-lower--silencing-parsed-needs-written-justification")
                        .arg("parsed", &parsed),
                )
                .with_label(Message::key("types-lower--no-justification"))
                .with_help(
                    Message::key("types-lower--write-allow-parsed-because-quoting")
                        .arg("parsed", &parsed),
                ),
            );
            return;
        };
        self.suppressions.push(crate::ir::Suppression {
            code: parsed,
            justification,
            span,
            item,
            policy_wide,
        });
    }

    fn checked(
        &mut self,
        result: Result<(), Box<literals::LiteralError>>,
        span: Span,
        value: Value,
    ) -> Option<Value> {
        match result {
            Ok(()) => Some(value),
            Err(e) => {
                self.diags.push(literal_diag(*e, span));
                None
            }
        }
    }

    /// `{ zh: "...", en: "..." }`.
    fn text(&mut self, block: &ast::Block) -> Option<Text> {
        let mut text = Text::default();
        let mut ok = true;
        for field in &block.fields {
            let ast::Field::Entry(entry) = field else {
                ok = false;
                continue;
            };
            let lang = entry.key.text.as_str();
            let slot = match lang {
                "zh" => &mut text.zh,
                "en" => &mut text.en,
                _ => {
                    self.diags
                        .push(unknown_option(entry.key.span, "text", lang, LANGUAGES));
                    ok = false;
                    continue;
                }
            };
            let value = match entry.values.as_slice() {
                [v] => match v.terms.as_slice() {
                    [ast::Term::Str(s)] => Some(s.value.clone()),
                    [ast::Term::Error(_)] => None,
                    _ => {
                        self.diags
                            .push(mismatch(v.span, lang, Ty::Str, found_of(v)));
                        None
                    }
                },
                _ => {
                    self.diags
                        .push(mismatch(entry.span, lang, Ty::Str, "nothing"));
                    None
                }
            };
            if slot.is_some() {
                self.diags.push(
                    Diagnostic::new(
                        codes::TYPE_DUPLICATE_FIELD,
                        entry.key.span,
                        Message::key("types-lower--lang-given-twice").arg("lang", &lang),
                    )
                    .with_label(Message::key("types-lower--given-again-here")),
                );
                continue;
            }
            match value {
                Some(v) => *slot = Some(v),
                None => ok = false,
            }
        }
        // Incomplete text whose parts were already reported is not reported again.
        self.texts.push((
            TextLangs {
                zh: text.zh.is_some(),
                en: text.en.is_some(),
            },
            block.span,
            ok && !self.in_stdlib,
        ));
        Some(text)
    }
}

/// Whether a term is, or is a list containing, something the parser already reported (such
/// as a group nested too deeply). Blocks are lowered field by field, so they are not searched.
fn has_error(term: &ast::Term) -> bool {
    match term {
        ast::Term::Error(_) => true,
        ast::Term::List(l) => l.items.iter().any(|v| v.terms.iter().any(has_error)),
        _ => false,
    }
}

fn found_term(term: &ast::Term) -> &'static str {
    match term {
        ast::Term::Path(p) if p.segments.len() == 1 => "a name",
        ast::Term::Path(_) => "a path",
        ast::Term::Str(_) => "a string",
        ast::Term::Number(_) => "a number",
        ast::Term::Date(_) => "a date",
        ast::Term::Email(_) => "an email address",
        ast::Term::Url(_) => "a URL",
        ast::Term::Phone(_) => "a phone number",
        ast::Term::Code(_) => "a diagnostic code",
        ast::Term::Block(_) => "a block",
        ast::Term::List(_) => "a list",
        ast::Term::Error(_) => "an error",
    }
}

fn found_zh(found: &str) -> &'static str {
    match found {
        "a name" => "名称",
        "a path" => "路径",
        "a string" => "字符串",
        "a number" => "数字",
        "a date" => "日期",
        "an email address" => "电子邮件地址",
        "a URL" => "网址",
        "a phone number" => "电话号码",
        "a diagnostic code" => "诊断代码",
        "a block" => "代码块",
        "a list" => "列表",
        "nothing" => "空值",
        _ => "其他值",
    }
}

fn found_of(value: &ast::Value) -> &'static str {
    match value.terms.as_slice() {
        [one] => found_term(one),
        _ => "several terms",
    }
}

fn mismatch(span: Span, key: &str, ty: Ty, found: &str) -> Diagnostic {
    Diagnostic::new(
        codes::TYPE_MISMATCH,
        span,
        Message::key("types-lower--key-expects-describe-found-found")
            .arg("key", &key)
            .arg("describe", &ty.describe())
            .arg("found", &found)
            .arg("describe2", &ty.describe_zh())
            .arg("found2", &(found_zh(found))),
    )
    .with_label(
        Message::key("types-lower--expected-describe")
            .arg("describe", &ty.describe())
            .arg("describe2", &ty.describe_zh()),
    )
}

fn literal_diag(e: literals::LiteralError, span: Span) -> Diagnostic {
    let mut d = Diagnostic::new(e.code, span, e.message).with_label(e.code.info().title());
    if let Some(h) = e.help {
        d = d.with_help(h);
    }
    if let Some(fix) = e.fix {
        d = d.with_fix(
            Message::key("types-lower--replace-fix").arg("fix", &fix),
            span,
            fix,
        );
    }
    d
}

fn unknown_option(span: Span, key: &str, text: &str, words: &[&str]) -> Diagnostic {
    let d = Diagnostic::new(
        codes::TYPE_UNKNOWN_OPTION,
        span,
        Message::key("types-lower--text-not-option-key")
            .arg("text", &text)
            .arg("key", &key),
    )
    .with_label(Message::key("types-lower--unknown-option"));
    let list = words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let list_zh = words.join("、");
    match suggest::closest(text, words.iter().copied()) {
        Some(s) => d
            .with_help(
                Message::key("types-lower--did-you-mean-s-options")
                    .arg("s", &s)
                    .arg("list", &list)
                    .arg("list2", &list_zh),
            )
            .with_fix(Message::key("types-lower--replace-s").arg("s", &s), span, s),
        None => d.with_help(
            Message::key("types-lower--options-list")
                .arg("list", &list)
                .arg("list2", &list_zh),
        ),
    }
}

fn unknown_field(entry: &ast::Entry, specs: &[FieldSpec], owner: &str) -> Diagnostic {
    let key = &entry.key.text;
    let d = Diagnostic::new(
        codes::TYPE_UNKNOWN_FIELD,
        entry.key.span,
        Message::key("types-lower--unknown-field-key-owner")
            .arg("key", &key)
            .arg("owner", &owner),
    )
    .with_label(Message::key("types-lower--unknown-field"));
    let keys: Vec<&str> = specs.iter().map(|s| s.key).collect();
    match suggest::closest(key, keys.iter().copied()) {
        Some(s) => d
            .with_help(Message::key("types-lower--did-you-mean-s").arg("s", &s))
            .with_fix(
                Message::key("types-lower--rename-s").arg("s", &s),
                entry.key.span,
                s,
            ),
        None => d.with_help(Message::key("types-lower--fields-here-keys").arg_en_zh(
            "keys",
            &(keys.join(", ")),
            &(keys.join("、")),
        )),
    }
}

fn wrong_kind(
    path: &ast::Path,
    found: Kind,
    expected: &[Kind],
    declared: Option<Span>,
) -> Diagnostic {
    let found_spec = schema::spec(found);
    let expected_en: Vec<&str> = expected.iter().map(|k| schema::spec(*k).en).collect();
    let expected_zh: Vec<&str> = expected.iter().map(|k| schema::spec(*k).zh).collect();
    let name = path.text();
    let d = Diagnostic::new(
        codes::TYPE_WRONG_KIND,
        path.span,
        Message::key("types-lower--name-found-spec-but-expected-expected")
            .arg("name", &name)
            .arg_en_zh("found-spec", &found_spec.en, &found_spec.zh)
            .arg_en_zh(
                "expected",
                &(expected_en.join(" or ")),
                &(expected_zh.join("或")),
            ),
    )
    .with_label(Message::key("types-lower--found-spec").arg_en_zh(
        "found-spec",
        &found_spec.en,
        &found_spec.zh,
    ));
    match declared {
        Some(span) => d.with_related(
            span,
            Message::key("types-lower--name-declared-here").arg("name", &name),
        ),
        None => d,
    }
}

/// `{ zh: "...", en: "..." }` with the string in the slot its script suggests.
fn bilingual_skeleton(s: &str) -> String {
    let escaped = s.replace('\\', "\\\\").replace('"', "\\\"");
    if s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        format!("{{ zh: \"{escaped}\", en: \"\" }}")
    } else {
        format!("{{ zh: \"\", en: \"{escaped}\" }}")
    }
}

/// The languages a text is given in.
#[derive(Clone, Copy, Debug)]
pub struct TextLangs {
    pub zh: bool,
    pub en: bool,
}

impl TextLangs {
    fn has(self, lang: &str) -> bool {
        match lang {
            "zh" => self.zh,
            "en" => self.en,
            _ => false,
        }
    }
}

/// Reports every text that lacks one of `languages`, and text in a language the policy does
/// not declare.
pub fn check_texts(
    texts: &[(TextLangs, Span, bool)],
    languages: &[&'static str],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (text, span, check) in texts {
        if !check {
            continue;
        }
        let missing: Vec<&str> = languages.iter().copied().filter(|l| !text.has(l)).collect();
        if !missing.is_empty() {
            let names_en: Vec<String> = missing
                .iter()
                .map(|l| format!("{} (`{l}`)", lang_en(l)))
                .collect();
            let names_zh: Vec<String> = missing
                .iter()
                .map(|l| format!("{}（{l}）", lang_zh(l)))
                .collect();
            out.push(
                Diagnostic::new(
                    codes::TYPE_INCOMPLETE_TEXT,
                    *span,
                    Message::key("types-lower--text-has-no-names-version").arg_en_zh(
                        "names",
                        &(names_en.join(" or ")),
                        &(names_zh.join("和")),
                    ),
                )
                .with_label(Message::key("types-lower--incomplete-text"))
                .with_help(
                    Message::key("types-lower--policy-published-languages-give-every").arg_en_zh(
                        "languages",
                        &(languages.join(", ")),
                        &(languages.join("、")),
                    ),
                ),
            );
        }
        for extra in LANGUAGES
            .iter()
            .filter(|l| !languages.contains(l) && text.has(l))
        {
            out.push(
                Diagnostic::new(
                    codes::TYPE_UNDECLARED_LANGUAGE,
                    *span,
                    Message::key("types-lower--text-lang-extra-which-policy")
                        .arg_en_zh("lang", &(lang_en(extra)), &(lang_zh(extra)))
                        .arg("extra", &extra),
                )
                .with_label(Message::key("types-lower--not-published"))
                .with_help(
                    Message::key("types-lower--add-extra-policy-s-languages").arg("extra", &extra),
                ),
            );
        }
    }
    out
}

fn lang_en(code: &str) -> &'static str {
    if code == "zh" {
        "Chinese"
    } else {
        "English"
    }
}

fn lang_zh(code: &str) -> &'static str {
    if code == "zh" {
        "中文"
    } else {
        "英文"
    }
}
/// Bare words where text is expected (`lifetime 6 months`): the field takes text, so the
/// diagnostic says that and shows the text form, rather than calling the second word
/// unexpected after a value the first word does not make.
fn words_for_text(ty: Ty, key: &str, span: Span, written: &str) -> Diagnostic {
    let written = written.replace('"', "'");
    let (form_en, form_zh) = match ty {
        Ty::Text => (
            format!("{key} {{ zh: \"...\", en: \"{written}\" }}"),
            format!("{key} {{ zh: \"……\", en: \"{written}\" }}"),
        ),
        _ => (
            format!("{key} \"{written}\""),
            format!("{key} \"{written}\""),
        ),
    };
    let (what_en, what_zh) = match ty {
        Ty::Text => ("bilingual text", "双语文本"),
        _ => ("a string", "字符串"),
    };
    Diagnostic::new(
        codes::TYPE_MISMATCH,
        span,
        Message::key("types-lower--key-takes-what-not-bare")
            .arg("key", &key)
            .arg_en_zh("what", &what_en, &what_zh)
            .arg("written", &written),
    )
    .with_label(Message::key("types-lower--what-expected").arg_en_zh("what", &what_en, &what_zh))
    .with_help(
        Message::key("types-lower--write-what-form")
            .arg_en_zh("what", &what_en, &what_zh)
            .arg_en_zh("form", &form_en, &form_zh),
    )
}

#[cfg(test)]
mod tests {
    /// `lifetime 6 months` on a field that takes text was "unexpected `months` after the
    /// value of `lifetime`": it now says the field takes bilingual text and shows the form.
    #[test]
    fn bare_words_for_a_text_field_say_it_takes_text() {
        let text = "policy acme {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n}\ncookie c {\n  label { zh: \"甲\", en: \"a\" }\n  lifetime 6 months\n}\n";
        let a = crate::Workspace::from_text("policy.pol", text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code == crate::diag::codes::TYPE_MISMATCH)
            .unwrap_or_else(|| panic!("{:?}", a.diagnostics));
        assert_eq!(
            d.message.en(),
            "`lifetime` takes bilingual text, not the bare words `6 months`"
        );
        assert_eq!(a.db.text(d.primary.span), "6 months");
        let help = d.help.as_ref().map(|h| h.en()).unwrap_or_default();
        assert_eq!(
            help,
            "write it as bilingual text: `lifetime { zh: \"...\", en: \"6 months\" }`"
        );
        assert!(d.message.zh().contains("双语文本"), "{}", d.message.zh());
    }
}
