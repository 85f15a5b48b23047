//! Each language-server feature, driven in process over `Connection::memory()`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail the test loudly"
)]

mod support;

use serde_json::{json, Value};
use support::{at, find, utf16, Client, POLICY};

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn diagnostics_appear_and_clear_and_shutdown_exits_cleanly() {
    let (mut c, caps) = Client::start(false);
    assert_eq!(caps["capabilities"]["positionEncoding"], "utf-16");
    let uri = c.file("policy.pol", POLICY);
    c.open(&uri, POLICY);
    let first = c.diagnostics(&uri, 1);
    assert!(!codes(&first).iter().any(|c| c.starts_with("NAME")));
    let broken = POLICY.replace("data phone", "data phon");
    c.change_all(&uri, 2, &broken);
    let d = c.diagnostics(&uri, 2);
    let name = d
        .iter()
        .find(|d| d["code"] == "NAME-001")
        .expect("NAME-001");
    let (line, col) = find(&broken, "data phon");
    let col = col + 5;
    assert_eq!(
        name["range"]["start"],
        json!({ "line": line, "character": col })
    );
    assert!(name["message"].as_str().unwrap().contains("phon"));
    c.change_all(&uri, 3, POLICY);
    assert_eq!(codes(&c.diagnostics(&uri, 3)), codes(&first));
    assert_eq!(c.stop(), 0);
}

/// Messages were always both languages; a client that says its language (its `locale`, or
/// `initializationOptions.language`) gets that one only, frame words too.
#[test]
fn diagnostics_come_in_the_clients_language() {
    let broken = POLICY.replace("data phone", "data phon");
    let message = |extra: Value| {
        let (mut c, _) = Client::start_with(false, extra);
        let uri = c.file("policy.pol", &broken);
        c.open(&uri, &broken);
        let d = c.diagnostics(&uri, 1);
        let name = d
            .iter()
            .find(|d| d["code"] == "NAME-001")
            .expect("NAME-001");
        let text = name["message"].as_str().unwrap().to_string();
        assert_eq!(c.stop(), 0);
        text
    };
    let zh = message(json!({ "locale": "zh-CN" }));
    assert!(zh.starts_with("未知名称「phon」"), "{zh}");
    assert!(zh.contains("\n帮助："), "{zh}");
    assert!(!zh.contains("unknown name"), "{zh}");
    let en = message(json!({ "locale": "zh-CN", "initializationOptions": { "language": "en" } }));
    assert!(en.starts_with("unknown name `phon`"), "{en}");
    assert!(!en.contains("未知"), "{en}");
    let both = message(json!({}));
    assert!(
        both.contains("unknown name") && both.contains("未知名称"),
        "{both}"
    );
}

#[test]
fn exit_without_shutdown_is_exit_code_1() {
    let (c, _) = Client::start(false);
    assert_eq!(c.exit_now(), 1);
}

#[test]
fn hover_and_edit_after_chinese_text_and_emoji_in_utf16() {
    let (mut c, _) = Client::start(false);
    let uri = c.file("policy.pol", POLICY);
    c.open(&uri, POLICY);
    let (line, byte) = find(POLICY, "uses phone");
    let byte = byte + 5;
    let col = utf16(POLICY, line, byte);
    // The UTF-16 column differs from the byte and character columns on this line.
    assert!(col < byte as u32);
    let h = c.ok("textDocument/hover", at(&uri, line, col + 2));
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(text.contains("**category** `phone`"), "{text}");
    assert!(
        text.contains("手机号码") && text.contains("phone number"),
        "{text}"
    );
    // The sentence the published policy says about it (the site renderer's own).
    assert!(
        text.contains("我们会为注册😀账号收集和使用您的手机号码。"),
        "{text}"
    );
    assert!(
        text.contains("We collect and use your phone number for signing up."),
        "{text}"
    );
    assert_eq!(h["range"]["start"]["character"], col);

    // Insert an emoji and Chinese text before `uses` with an incremental edit; the reference
    // moves by 2 + 2 UTF-16 units.
    let (uline, ubyte) = find(POLICY, "uses phone");
    let ucol = utf16(POLICY, uline, ubyte);
    c.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 2 },
            "contentChanges": [{
                "range": { "start": { "line": uline, "character": ucol }, "end": { "line": uline, "character": ucol } },
                "text": "👍 x; "
            }]
        }),
    );
    let h = c.ok("textDocument/hover", at(&uri, line, col + 2 + 6));
    assert!(h["contents"]["value"].as_str().unwrap().contains("`phone`"));
    assert_eq!(h["range"]["start"]["character"], col + 6);
    assert_eq!(c.stop(), 0);
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let (mut c, caps) = Client::start(true);
    assert_eq!(caps["capabilities"]["positionEncoding"], "utf-8");
    let uri = c.file("policy.pol", POLICY);
    c.open(&uri, POLICY);
    let (line, byte) = find(POLICY, "uses phone");
    let byte = byte + 5;
    let h = c.ok("textDocument/hover", at(&uri, line, byte as u32 + 1));
    assert_eq!(h["range"]["start"]["character"], byte);
    assert!(h["contents"]["value"].as_str().unwrap().contains("`phone`"));
    assert_eq!(c.stop(), 0);
}

#[test]
fn definition_in_the_file_and_into_the_stdlib() {
    let (mut c, _) = Client::start(false);
    let uri = c.file("policy.pol", POLICY);
    c.open(&uri, POLICY);
    let (dline, dcol) = find(POLICY, "data phone");
    let def = c.ok("textDocument/definition", at(&uri, dline, dcol as u32 + 6));
    let (cline, ccol) = find(POLICY, "phone {");
    assert_eq!(def["uri"], uri.as_str());
    assert_eq!(
        def["range"]["start"],
        json!({ "line": cline, "character": ccol })
    );

    let (bline, bcol) = find(POLICY, "pipl::contract");
    let def = c.ok("textDocument/definition", at(&uri, bline, bcol as u32 + 7));
    let target = def["uri"].as_str().unwrap();
    assert!(
        target.starts_with("file://") && target.ends_with(".pol"),
        "{target}"
    );
    // The stdlib module is a readable file, and the range names `contract` in it.
    let path = target.trim_start_matches("file://");
    let text = std::fs::read_to_string(path).unwrap();
    let l = def["range"]["start"]["line"].as_u64().unwrap() as usize;
    let s = def["range"]["start"]["character"].as_u64().unwrap() as usize;
    let e = def["range"]["end"]["character"].as_u64().unwrap() as usize;
    assert_eq!(&text.lines().nth(l).unwrap()[s..e], "contract");
    assert_eq!(c.stop(), 0);
}

#[test]
fn references_and_rename() {
    let (mut c, _) = Client::start(false);
    let uri = c.file("policy.pol", POLICY);
    c.open(&uri, POLICY);
    let (line, col) = find(POLICY, "phone {");
    let refs = c.ok(
        "textDocument/references",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": col + 1 }, "context": { "includeDeclaration": true } }),
    );
    assert_eq!(refs.as_array().unwrap().len(), 3);

    let prep = c.ok("textDocument/prepareRename", at(&uri, line, col as u32 + 1));
    assert_eq!(prep["start"], json!({ "line": line, "character": col }));
    let mut rename = at(&uri, line, col as u32 + 1);
    rename["newName"] = json!("mobile");
    let edit = c.ok("textDocument/rename", rename.clone());
    let edits = edit["changes"][uri.as_str()].as_array().unwrap();
    assert_eq!(edits.len(), 3);
    assert!(edits.iter().all(|e| e["newText"] == "mobile"));

    rename["newName"] = json!("1bad");
    let r = c.request("textDocument/rename", rename.clone());
    assert!(r.error.unwrap().message.contains("not a valid name"));
    rename["newName"] = json!("keep");
    let r = c.request("textDocument/rename", rename);
    assert!(r.error.unwrap().message.contains("already declared"));
    let (bline, bcol) = find(POLICY, "pipl::contract");
    let mut std_rename = at(&uri, bline, bcol as u32 + 7);
    std_rename["newName"] = json!("other");
    let r = c.request("textDocument/rename", std_rename);
    assert!(r.error.unwrap().message.contains("standard library"));
    assert_eq!(c.stop(), 0);
}

fn labels(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn completion_offers_keywords_fields_and_names_of_the_right_kind() {
    let (mut c, _) = Client::start(false);
    let text = POLICY.replace("  on_expiry delete\n", "  on_expiry delete\n  \n");
    let uri = c.file("policy.pol", &text);
    c.open(&uri, &text);
    // A field name at the start of a line in a retention block.
    let (line, _) = find(&text, "on_expiry delete");
    let fields = labels(&c.ok("textDocument/completion", at(&uri, line + 1, 2)));
    assert!(fields.contains(&"period".to_string()), "{fields:?}");
    // After `basis `, the bases, named as this file imports them.
    let (bline, bcol) = find(&text, "pipl::contract");
    let bases = c.ok("textDocument/completion", at(&uri, bline, bcol as u32));
    let names = labels(&bases);
    assert!(names.contains(&"pipl::contract".to_string()), "{names:?}");
    assert!(!names.contains(&"phone".to_string()));
    let detail = bases.as_array().unwrap()[0]["detail"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(detail.starts_with("basis"), "{detail}");
    // After `data `, categories.
    let (dline, dcol) = find(&text, "data phone");
    let cats = labels(&c.ok("textDocument/completion", at(&uri, dline, dcol as u32 + 5)));
    assert!(cats.contains(&"phone".to_string()), "{cats:?}");
    // After `on_expiry `, the words of its fixed set.
    let (oline, ocol) = find(&text, "on_expiry delete");
    let words = labels(&c.ok("textDocument/completion", at(&uri, oline, ocol as u32 + 10)));
    assert!(words.contains(&"delete".to_string()), "{words:?}");
    // At the top level, item keywords.
    let top = labels(&c.ok("textDocument/completion", at(&uri, 1, 0)));
    assert!(top.contains(&"category".to_string()) && top.contains(&"use".to_string()));
    assert_eq!(c.stop(), 0);
}

/// A flow's hover says its modality and conditions as the pages do, and condition names are
/// offered after every field that takes conditions (the schema's reference kind).
#[test]
fn hover_says_modality_and_conditions_are_completed() {
    let (mut c, _) = Client::start(false);
    let text = POLICY.replace("use std::pipl\n", "use std::pipl\nuse std::conditions\n")
        + r#"
recipient partners: pipl::other_handler {
  label { zh: "合作伙伴", en: "our partners" }
}

flow to_partners {
  share phone
  to partners
  for signup
  only_if conditions::consent, conditions::law_requires
  when conditions::consent
}

retention longer {
  data phone
  as_long_as_necessary
  kept_beyond conditions::law_requires
}

promise quiet: promises::no_public_disclosure_except {
  except conditions::law_requires
}
"#;
    let text = text.replace(
        "use std::conditions\n",
        "use std::conditions\nuse std::promises\n",
    );
    let uri = c.file("policy.pol", &text);
    c.open(&uri, &text);
    let (line, col) = find(&text, "flow to_partners");
    let h = c.ok("textDocument/hover", at(&uri, line, col as u32 + 6));
    let value = h["contents"]["value"].as_str().unwrap();
    assert!(
        value.contains("当获得您的同意时，为注册😀账号，除以下情形外，我们不会向合作伙伴提供您的手机号码：（一）获得您的同意；（二）法律法规要求。"),
        "{value}"
    );
    assert!(
        value.contains("With your consent, we provide your phone number to our partners for signing up only in the following cases: (1) with your consent; (2) where laws or regulations require it."),
        "{value}"
    );
    for field in [
        "only_if conditions::consent",
        "when conditions::consent",
        "kept_beyond conditions::law_requires",
        "except conditions::law_requires",
    ] {
        let (l, c0) = find(&text, field);
        let at_value = c0 as u32 + field.find(' ').unwrap() as u32 + 1;
        let names = labels(&c.ok("textDocument/completion", at(&uri, l, at_value)));
        assert!(
            names.contains(&"conditions::law_requires".to_string()),
            "{field}: {names:?}"
        );
        assert!(!names.contains(&"phone".to_string()), "{field}: {names:?}");
    }
    assert_eq!(c.stop(), 0);
}

#[test]
fn symbols_tokens_folding_and_inlay_hints() {
    let (mut c, _) = Client::start(false);
    let uri = c.file("policy.pol", POLICY);
    c.open(&uri, POLICY);
    let doc = json!({ "textDocument": { "uri": uri } });
    let symbols = c.ok("textDocument/documentSymbol", doc.clone());
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "policy p",
            "category phone",
            "purpose signup",
            "retention keep"
        ]
    );
    let ws = c.ok("workspace/symbol", json!({ "query": "PHO" }));
    assert_eq!(ws.as_array().unwrap().len(), 1);
    assert_eq!(ws[0]["name"], "category phone");

    let tokens = c.ok("textDocument/semanticTokens/full", doc.clone());
    let data: Vec<u64> = tokens["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert_eq!(data.len() % 5, 0);
    // `use` at 0:0, length 3, a keyword (type 0).
    assert_eq!(&data[..5], &[0, 0, 3, 0, 0]);
    let keywords = data.chunks(5).filter(|t| t[3] == 0).count();
    assert_eq!(keywords, 5, "use + four item keywords");

    let folds = c.ok("textDocument/foldingRange", doc.clone());
    let (pline, _) = find(POLICY, "policy p {");
    assert!(folds
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["startLine"] == pline));

    let hints = c.ok(
        "textDocument/inlayHint",
        json!({ "textDocument": { "uri": uri }, "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 99, "character": 0 } } }),
    );
    let (cline, ccol) = find(POLICY, "phone {");
    assert_eq!(hints.as_array().unwrap().len(), 1);
    assert_eq!(hints[0]["label"], "一般 not sensitive");
    assert_eq!(
        hints[0]["position"],
        json!({ "line": cline, "character": ccol + 5 })
    );
    assert_eq!(c.stop(), 0);
}

#[test]
fn formatting_and_code_actions() {
    let (mut c, _) = Client::start(false);
    let messy = POLICY
        .replace("  source subject", "      source   subject")
        .replace("use std::pipl", "use std::pipl\nuse std::gdpr");
    let uri = c.file("policy.pol", &messy);
    c.open(&uri, &messy);
    let edits = c.ok(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    assert_eq!(edits.as_array().unwrap().len(), 1);
    assert_eq!(edits[0]["newText"], pol::format::format(&messy).unwrap());
    assert_eq!(
        edits[0]["range"]["start"],
        json!({ "line": 0, "character": 0 })
    );

    // The unused `use std::gdpr` has a fix: remove it.
    let actions = c.ok(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": { "start": { "line": 1, "character": 0 }, "end": { "line": 1, "character": 3 } }, "context": { "diagnostics": [] } }),
    );
    let action = &actions.as_array().unwrap()[0];
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["diagnostics"][0]["code"], "NAME-004");
    let edit = &action["edit"]["changes"][uri.as_str()][0];
    assert_eq!(edit["newText"], "");
    assert_eq!(edit["range"]["start"]["line"], 1);
    assert_eq!(c.stop(), 0);
}

#[test]
fn it_never_dies() {
    let (mut c, _) = Client::start(false);
    // Unknown method, bad parameters, a document nobody opened.
    let r = c.request("pol/noSuchThing", json!({}));
    assert_eq!(
        r.error.unwrap().code,
        lsp_server::ErrorCode::MethodNotFound as i32
    );
    let r = c.request("textDocument/hover", json!({ "nonsense": true }));
    assert_eq!(
        r.error.unwrap().code,
        lsp_server::ErrorCode::InvalidParams as i32
    );
    let r = c.ok("textDocument/hover", at("file:///no/such/file.pol", 0, 0));
    assert!(r.is_null());
    let r = c.ok("textDocument/hover", at("untitled:nothing", 3, 3));
    assert!(r.is_null());

    // 300 KB of junk: diagnostics come back, and requests still work.
    let junk: String = (0..130_000)
        .map(|i| ["手机", "{", "\"", "}", "::", "😀 x", "\n"][i % 7])
        .collect();
    assert!(junk.len() > 300_000);
    let junk_uri = c.file("junk.pol", &junk);
    c.open(&junk_uri, &junk);
    assert!(!c.diagnostics(&junk_uri, 1).is_empty());
    c.ok("textDocument/hover", at(&junk_uri, 50, 2));
    c.ok("textDocument/completion", at(&junk_uri, 99_999, 99_999));
    c.ok(
        "textDocument/semanticTokens/full",
        json!({ "textDocument": { "uri": junk_uri } }),
    );

    // Half-typed edits, one after the other, and positions past the end.
    let uri = c.file("policy.pol", POLICY);
    c.open(&uri, POLICY);
    let mut text = POLICY.to_string();
    for (v, piece) in [
        "category x",
        " {",
        "\n  label { zh: \"半",
        "\n  uses ",
        ": ",
    ]
    .iter()
    .enumerate()
    {
        text.push_str(piece);
        c.change_all(&uri, v as i32 + 2, &text);
        c.ok("textDocument/hover", at(&uri, 40, 5));
        c.ok("textDocument/completion", at(&uri, 1000, 0));
        c.ok(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": uri } }),
        );
    }
    let formatted = c.ok(
        "textDocument/formatting",
        json!({ "textDocument": { "uri": uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
    );
    assert!(
        formatted.is_null(),
        "a file with syntax errors is not formatted"
    );
    // An edit with a range beyond the document is clamped, not a crash.
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 99 }, "contentChanges": [{ "range": { "start": { "line": 500, "character": 9 }, "end": { "line": 501, "character": 0 } }, "text": "x" }] }),
    );
    let (line, col) = find(POLICY, "phone {");
    let h = c.ok("textDocument/hover", at(&uri, line, col as u32));
    assert!(h["contents"]["value"].as_str().unwrap().contains("phone"));
    // Requests before shutdown work; after it they are refused.
    let r = c.request("shutdown", Value::Null);
    assert!(r.error.is_none());
    let r = c.request("textDocument/hover", at(&uri, 0, 0));
    assert_eq!(
        r.error.unwrap().code,
        lsp_server::ErrorCode::InvalidRequest as i32
    );
}

/// Everything is sent before the server starts, so it reads the whole burst at once, as it
/// would from a client that typed faster than it answered: the cancelled hover is answered
/// with `RequestCancelled` and never computed, the other is answered, and of the two edits
/// only the newest is analyzed and published.
#[test]
fn cancelled_requests_and_superseded_edits_are_never_computed() {
    use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.pol");
    std::fs::write(&path, POLICY).unwrap();
    let uri = format!("file://{}", path.display());
    let (line, col) = find(POLICY, "uses phone");
    let hover = at(&uri, line, col as u32 + 6);
    let (server, client) = Connection::memory();
    let request = |id: i32, method: &str, params: Value| {
        Message::Request(Request::new(RequestId::from(id), method.into(), params))
    };
    let note = |method: &str, params: Value| {
        Message::Notification(Notification::new(method.into(), params))
    };
    let broken = POLICY.replace("data phone", "data phon");
    for msg in [
        request(1, "initialize", json!({ "capabilities": {} })),
        note("initialized", json!({})),
        note(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "pol", "version": 1, "text": POLICY } }),
        ),
        note(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": broken }] }),
        ),
        request(2, "textDocument/hover", hover.clone()),
        request(3, "textDocument/hover", hover.clone()),
        note("$/cancelRequest", json!({ "id": 2 })),
        // A cancel for a request that does not exist (or was answered) is ignored.
        note("$/cancelRequest", json!({ "id": 99 })),
    ] {
        client.sender.send(msg).unwrap();
    }
    let handle = std::thread::spawn(move || pol_lsp::run(&server, std::time::Duration::ZERO));
    let mut answers = std::collections::BTreeMap::new();
    let mut published = Vec::new();
    while answers.len() < 3 || published.is_empty() {
        match client
            .receiver
            .recv_timeout(std::time::Duration::from_secs(30))
            .unwrap()
        {
            Message::Response(r) => {
                answers.insert(r.id.to_string(), r);
            }
            Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => {
                published.push(n.params["version"].clone());
            }
            _ => {}
        }
    }
    let cancelled = answers["2"].error.as_ref().expect("hover 2 was cancelled");
    assert_eq!(cancelled.code, ErrorCode::RequestCanceled as i32);
    let answered = answers["3"].result.as_ref().expect("hover 3 is answered");
    assert!(answered["contents"]["value"]
        .as_str()
        .unwrap()
        .contains("`phone`"));
    assert!(!answers.contains_key("99"));
    client
        .sender
        .send(request(4, "shutdown", Value::Null))
        .unwrap();
    client.sender.send(note("exit", Value::Null)).unwrap();
    assert_eq!(handle.join().unwrap(), 0);
    while let Ok(msg) = client.receiver.try_recv() {
        if let Message::Notification(n) = msg {
            if n.method == "textDocument/publishDiagnostics" {
                published.push(n.params["version"].clone());
            }
        }
    }
    assert_eq!(published, [json!(2)], "only the newest text is published");
}

/// A policy with a condition of its own (rewording a stdlib one) named in `only_if`, `when`,
/// `kept_beyond` and a promise's `except`.
const CONDITIONS: &str = r#"use std::pipl
use std::promises
use std::conditions

policy p {
  controller { name { zh: "某公司", en: "Some Co." }; email privacy@some.example }
  effective 2024-01-01
}

condition by_law: conditions::law_requires {
  label { zh: "法律法规明确要求", en: "where the law expressly requires it" }
}
category phone {
  label { zh: "手机号码", en: "phone number" }
}
purpose signup {
  label { zh: "注册", en: "signing up" }
  uses phone
  basis pipl::contract
}
recipient police: pipl::authority {
  label { zh: "公安机关", en: "the police" }
}
flow to_police {
  share phone
  to police
  only_if by_law
  when conditions::authority_request
}
retention keep {
  data phone
  period 6 months
  kept_beyond by_law
  on_expiry delete
}
promise no_disclosure: promises::no_public_disclosure_except {
  except by_law
}
"#;

#[test]
fn completion_offers_conditions_where_a_condition_goes() {
    let (mut c, _) = Client::start(false);
    let uri = c.file("policy.pol", CONDITIONS);
    c.open(&uri, CONDITIONS);
    for field in [
        "only_if by_law",
        "when conditions::",
        "kept_beyond by_law",
        "except by_law",
    ] {
        let key = field.split(' ').next().unwrap();
        let (line, col) = find(CONDITIONS, field);
        let names = labels(&c.ok(
            "textDocument/completion",
            at(&uri, line, col as u32 + key.len() as u32 + 1),
        ));
        assert!(names.contains(&"by_law".to_string()), "{key}: {names:?}");
        assert!(
            names.contains(&"conditions::separate_consent".to_string()),
            "{key}: {names:?}"
        );
        assert!(!names.contains(&"phone".to_string()), "{key}: {names:?}");
        assert!(!names.contains(&"signup".to_string()), "{key}: {names:?}");
    }
    assert_eq!(c.stop(), 0);
}

#[test]
fn hover_on_a_condition_shows_its_label_and_basis() {
    let (mut c, _) = Client::start(false);
    let uri = c.file("policy.pol", CONDITIONS);
    c.open(&uri, CONDITIONS);
    // On its use in `only_if`: the author's label, and the kind and basis it inherits from
    // `conditions::law_requires`.
    let (line, col) = find(CONDITIONS, "only_if by_law");
    let h = c.ok("textDocument/hover", at(&uri, line, col as u32 + 9));
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(text.contains("**condition** `by_law`"), "{text}");
    assert!(
        text.contains("法律法规明确要求") && text.contains("where the law expressly requires it"),
        "{text}"
    );
    assert!(text.contains("`law`"), "{text}");
    // Only the basis of the law the policy is checked against (PIPL), not the GDPR's.
    assert!(
        text.contains("pipl::legal_duty") && !text.contains("gdpr::legal_obligation"),
        "{text}"
    );
    // A stdlib condition, on its use in `when`: its own kind and basis.
    let (wline, wcol) = find(CONDITIONS, "conditions::authority_request");
    let h = c.ok("textDocument/hover", at(&uri, wline, wcol as u32 + 14));
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(text.contains("authority_request"), "{text}");
    assert!(text.contains("pipl::legal_duty"), "{text}");
    assert_eq!(c.stop(), 0);
}

#[test]
fn renaming_a_condition_renames_its_references() {
    let (mut c, _) = Client::start(false);
    let uri = c.file("policy.pol", CONDITIONS);
    c.open(&uri, CONDITIONS);
    let (line, col) = find(CONDITIONS, "by_law:");
    let mut rename = at(&uri, line, col as u32 + 1);
    rename["newName"] = json!("where_law_requires");
    let edit = c.ok("textDocument/rename", rename);
    let edits = edit["changes"][uri.as_str()].as_array().unwrap();
    // The declaration, `only_if`, `kept_beyond` and `except`.
    assert_eq!(edits.len(), 4, "{edits:?}");
    assert!(edits.iter().all(|e| e["newText"] == "where_law_requires"));
    let mut lines: Vec<u64> = edits
        .iter()
        .map(|e| e["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    lines.sort_unstable();
    let expect = |s: &str| find(CONDITIONS, s).0 as u64;
    assert_eq!(
        lines,
        vec![
            expect("by_law:"),
            expect("only_if by_law"),
            expect("kept_beyond by_law"),
            expect("except by_law")
        ]
    );
    assert_eq!(c.stop(), 0);
}

/// The fields that keep an original's "may", its hedges and its premise are offered where
/// they belong, with their words and the conditions they name.
#[test]
fn completion_offers_may_hedges_and_premise() {
    let (mut c, _) = Client::start(false);
    let text = POLICY.replace("use std::pipl\n", "use std::pipl\nuse std::conditions\n")
        + r#"
right copies: pipl::copy {
  within 30 days
  within_hedge generally
  premise conditions::law_permits
  
}
"#;
    let text = text
        .replace("  on_expiry delete\n", "  on_expiry delete\n  \n")
        .replace(
            "  required\n  refusal { zh: \"我们将",
            "  \n  refusal { zh: \"我们将",
        );
    let uri = c.file("policy.pol", &text);
    c.open(&uri, &text);
    let blank_after = |needle: &str| find(&text, needle).0 + 1;
    let purpose = labels(&c.ok(
        "textDocument/completion",
        at(&uri, blank_after("basis pipl::contract"), 2),
    ));
    assert!(purpose.contains(&"may".to_string()), "{purpose:?}");
    let retention = labels(&c.ok(
        "textDocument/completion",
        at(&uri, blank_after("on_expiry delete"), 2),
    ));
    assert!(retention.contains(&"hedge".to_string()), "{retention:?}");
    let right = labels(&c.ok(
        "textDocument/completion",
        at(&uri, blank_after("premise conditions::law_permits"), 2),
    ));
    for field in ["within_hedge", "fee_hedge", "premise"] {
        assert!(right.contains(&field.to_string()), "{field}: {right:?}");
    }
    let (l, col) = find(&text, "within_hedge generally");
    let words = labels(&c.ok("textDocument/completion", at(&uri, l, col as u32 + 13)));
    assert!(words.contains(&"generally".to_string()), "{words:?}");
    assert!(words.contains(&"in_principle".to_string()), "{words:?}");
    let (l, col) = find(&text, "premise conditions::law_permits");
    let names = labels(&c.ok("textDocument/completion", at(&uri, l, col as u32 + 8)));
    assert!(
        names.contains(&"conditions::law_permits".to_string()),
        "{names:?}"
    );
    assert!(!names.contains(&"phone".to_string()), "{names:?}");
    assert_eq!(c.stop(), 0);
}

/// Hover says what the page says: a purpose the original only declares possible keeps its
/// 可能 / "may", and a flow that names no data speaks of "your personal information".
#[test]
fn hover_keeps_may_and_the_whole() {
    let (mut c, _) = Client::start(false);
    let text = POLICY
        .replace("use std::pipl\n", "use std::pipl\nuse std::conditions\n")
        .replace(
            "  basis pipl::contract\n  required\n",
            "  basis pipl::contract\n  may\n  required\n",
        )
        + r#"
recipient anyone: pipl::other_handler {
  label { zh: "第三方", en: "third parties" }
}

flow no_sharing {
  share
  to anyone
  only_if conditions::law_requires
}
"#;
    let uri = c.file("policy.pol", &text);
    c.open(&uri, &text);
    let (line, col) = find(&text, "purpose signup");
    let h = c.ok("textDocument/hover", at(&uri, line, col as u32 + 9));
    let value = h["contents"]["value"].as_str().unwrap();
    assert!(value.contains("我们可能会收集和使用"), "{value}");
    assert!(value.contains("we may collect and use"), "{value}");
    let (line, col) = find(&text, "flow no_sharing");
    let h = c.ok("textDocument/hover", at(&uri, line, col as u32 + 6));
    let value = h["contents"]["value"].as_str().unwrap();
    assert!(value.contains("您的个人信息"), "{value}");
    assert!(!value.contains("手机号码"), "{value}");
    assert_eq!(c.stop(), 0);
}
