//! The pol language server (`polc lsp`), on lsp-server and lsp-types.
//!
//! Everything it knows comes from the compiler's one entry point, [`pol::Workspace::analyze`]:
//! no second parser, no second notion of names. The server keeps the editor's open documents,
//! groups them into projects (the directory holding `pol.toml` or `policy.pol`, else the file
//! alone), and re-analyzes a project after a pause in typing ([`Server::debounce`]). Edits that
//! arrive within the pause replace each other, so intermediate versions are never analyzed
//! (stale work is dropped by never starting it); a request that needs the model analyzes the
//! newest text at once.
//!
//! Messages are read into a queue before they are handled ([`Server::pump`]), which is what
//! makes cancellation real: `$/cancelRequest` answers a still-queued request with
//! `RequestCancelled` without computing it, and diagnostics whose text was edited again while
//! they were computed are not published (the newer edit's analysis follows).
//!
//! It never dies on bad input: the stdio transport answers malformed JSON-RPC and reads on
//! ([`transport`]), unknown methods get `MethodNotFound`, bad parameters `InvalidParams`,
//! unknown documents an empty answer, and a handler that panicked an `InternalError` (the
//! panic is caught per request). `shutdown` then `exit` ends it with code 0, `exit` alone
//! with 1, as the protocol says.

mod features;
mod position;
mod project;
pub mod transport;

use std::collections::{HashMap, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lt;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub use features::hover::policy_sentence;
use pol::diag::Lang;
pub use position::Encoding;
use project::{Doc, Projects};

/// The pause in typing after which a changed document is checked and its diagnostics
/// published: long enough that a burst of keystrokes is one analysis, short enough to feel
/// immediate.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// The most diagnostics published for one file, unless the client's `initializationOptions`
/// say otherwise (`maxDiagnosticsPerFile`; 0 for no cap). The first by position are sent,
/// then one that says how many more there are. A thousand is more than anyone reads in an
/// editor, and keeps a file of junk's message small enough for any client to read at once.
pub const MAX_DIAGNOSTICS_PER_FILE: usize = 1000;

/// Runs the server on standard input and output; returns the process exit code.
pub fn run_stdio() -> u8 {
    let (connection, threads) = transport::stdio();
    let code = run(&connection, DEBOUNCE);
    drop(connection);
    threads.join();
    project::remove_stdlib_dir();
    code
}

/// Runs the server on any pair of byte streams, framed as on standard input and output (the
/// tests drive the real transport this way); returns the exit code.
pub fn run_io(
    input: impl std::io::Read + Send + 'static,
    output: impl std::io::Write + Send + 'static,
    debounce: Duration,
) -> u8 {
    let (connection, threads) = transport::connect(input, output);
    let code = run(&connection, debounce);
    drop(connection);
    threads.join();
    code
}

/// Serves one client until `exit` (or until the client goes away). Returns the exit code: 0
/// after `shutdown` then `exit`, 1 otherwise.
pub fn run(connection: &Connection, debounce: Duration) -> u8 {
    let Some(params) = initialize(connection) else {
        return 1;
    };
    let mut server = Server::new(connection, &params, debounce);
    let capabilities = features::capabilities(server.encoding);
    let result = lt::InitializeResult {
        capabilities,
        server_info: Some(lt::ServerInfo {
            name: "polc lsp".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    server.reply(Response::new_ok(params.0, result));
    server.main_loop()
}

/// Waits for `initialize`, answering anything else as the protocol says. Returns its id and
/// parameters, or `None` when the client left (or said `exit`) first.
fn initialize(connection: &Connection) -> Option<(RequestId, lt::InitializeParams)> {
    for msg in &connection.receiver {
        match msg {
            Message::Request(req) if req.method == "initialize" => {
                match serde_json::from_value::<lt::InitializeParams>(req.params) {
                    Ok(params) => return Some((req.id, params)),
                    Err(e) => {
                        let resp = Response::new_err(
                            req.id,
                            ErrorCode::InvalidParams as i32,
                            format!("bad initialize parameters: {e}"),
                        );
                        let _ = connection.sender.send(resp.into());
                    }
                }
            }
            Message::Request(req) => {
                let resp = Response::new_err(
                    req.id,
                    ErrorCode::ServerNotInitialized as i32,
                    "the server is not initialized yet".into(),
                );
                let _ = connection.sender.send(resp.into());
            }
            Message::Notification(n) if n.method == "exit" => return None,
            _ => {}
        }
    }
    None
}

/// An error answer to a request.
pub struct ReqError {
    code: ErrorCode,
    message: String,
}

impl ReqError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ReqError {
        ReqError {
            code,
            message: message.into(),
        }
    }
}

pub struct Server {
    sender: crossbeam_channel::Sender<Message>,
    incoming: Receiver<Message>,
    /// Messages read but not handled yet, oldest first.
    queue: VecDeque<Message>,
    pub(crate) encoding: Encoding,
    pub(crate) docs: HashMap<String, Doc>,
    pub(crate) projects: Projects,
    /// When the pending edits are to be checked, if any are pending.
    deadline: Option<Instant>,
    debounce: Duration,
    shutdown: bool,
    /// Diagnostics published per file at most (0: all).
    max_diagnostics: usize,
    /// The language of messages: `initializationOptions.language` (`"zh"`, `"en"`), else the
    /// client's `locale`; `None` (neither says) shows both, English first.
    pub(crate) lang: Option<Lang>,
}

/// The language the client asks for: `initializationOptions.language`, else its user
/// interface's `locale` (`zh-CN`, `en-US`).
fn message_lang(params: &lt::InitializeParams) -> Option<Lang> {
    let asked = params
        .initialization_options
        .as_ref()
        .and_then(|o| o.get("language"))
        .and_then(serde_json::Value::as_str)
        .or(params.locale.as_deref())?
        .to_ascii_lowercase();
    if asked.starts_with("zh") {
        Some(Lang::Zh)
    } else if asked.starts_with("en") {
        Some(Lang::En)
    } else {
        None
    }
}

impl Server {
    fn new(
        connection: &Connection,
        params: &(RequestId, lt::InitializeParams),
        debounce: Duration,
    ) -> Server {
        let utf8 = params
            .1
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|e| e.contains(&lt::PositionEncodingKind::UTF8));
        let options = params.1.initialization_options.as_ref();
        let max_diagnostics = options
            .and_then(|o| o.get("maxDiagnosticsPerFile"))
            .and_then(serde_json::Value::as_u64)
            .map_or(MAX_DIAGNOSTICS_PER_FILE, |n| {
                usize::try_from(n).unwrap_or(usize::MAX)
            });
        Server {
            sender: connection.sender.clone(),
            incoming: connection.receiver.clone(),
            queue: VecDeque::new(),
            encoding: if utf8 {
                Encoding::Utf8
            } else {
                Encoding::Utf16
            },
            docs: HashMap::new(),
            projects: Projects::default(),
            deadline: None,
            debounce,
            shutdown: false,
            max_diagnostics,
            lang: message_lang(&params.1),
        }
    }

    fn main_loop(&mut self) -> u8 {
        loop {
            self.pump();
            let msg = match self.queue.pop_front() {
                Some(msg) => msg,
                None => match self.deadline {
                    Some(at) => {
                        let wait = at.saturating_duration_since(Instant::now());
                        match self.incoming.recv_timeout(wait) {
                            Ok(msg) => {
                                self.queue.push_back(msg);
                                continue;
                            }
                            Err(RecvTimeoutError::Timeout) => {
                                self.deadline = None;
                                self.check_and_publish();
                                continue;
                            }
                            Err(RecvTimeoutError::Disconnected) => return 1,
                        }
                    }
                    None => match self.incoming.recv() {
                        Ok(msg) => {
                            self.queue.push_back(msg);
                            continue;
                        }
                        Err(_) => return 1,
                    },
                },
            };
            match msg {
                Message::Request(req) => self.request(req),
                Message::Notification(n) if n.method == "exit" => {
                    return if self.shutdown { 0 } else { 1 };
                }
                Message::Notification(n) => self.notification(n),
                Message::Response(_) => {}
            }
        }
    }

    /// Reads every message already sent into the queue, and answers the queued requests the
    /// client has cancelled (`RequestCancelled`, as the protocol says), so they are never
    /// computed. A cancel for a request already answered is ignored.
    fn pump(&mut self) {
        let mut cancelled = Vec::new();
        while let Ok(msg) = self.incoming.try_recv() {
            match msg {
                Message::Notification(n) if n.method == "$/cancelRequest" => {
                    if let Ok(p) = serde_json::from_value::<lt::CancelParams>(n.params) {
                        cancelled.push(match p.id {
                            lt::NumberOrString::Number(n) => RequestId::from(n),
                            lt::NumberOrString::String(s) => RequestId::from(s),
                        });
                    }
                }
                msg => self.queue.push_back(msg),
            }
        }
        for id in cancelled {
            let queued = self
                .queue
                .iter()
                .position(|m| matches!(m, Message::Request(r) if r.id == id));
            if let Some(at) = queued {
                self.queue.remove(at);
                self.reply(Response::new_err(
                    id,
                    ErrorCode::RequestCanceled as i32,
                    "cancelled by the client".into(),
                ));
            }
        }
    }

    /// Whether a queued notification changes a document of this project: its diagnostics
    /// would be stale on arrival.
    fn edit_queued(&self, key: &project::Key) -> bool {
        use lt::notification::*;
        self.queue.iter().any(|m| match m {
            Message::Notification(n) => {
                matches!(
                    n.method.as_str(),
                    DidChangeTextDocument::METHOD
                        | DidOpenTextDocument::METHOD
                        | DidCloseTextDocument::METHOD
                ) && n.params["textDocument"]["uri"]
                    .as_str()
                    .is_some_and(|uri| &project::key_for(uri) == key)
            }
            _ => false,
        })
    }

    fn reply(&self, resp: Response) {
        let _ = self.sender.send(resp.into());
    }

    pub(crate) fn notify<N: lt::notification::Notification>(&self, params: N::Params) {
        let _ = self
            .sender
            .send(Notification::new(N::METHOD.to_string(), params).into());
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        if self.shutdown {
            return self.reply(Response::new_err(
                id,
                ErrorCode::InvalidRequest as i32,
                "the server is shutting down".into(),
            ));
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| self.dispatch(req)));
        let resp = match outcome {
            Ok(Ok(value)) => Response {
                id,
                result: Some(value),
                error: None,
            },
            Ok(Err(e)) => Response::new_err(id, e.code as i32, e.message),
            Err(_) => {
                // Whatever state the panic interrupted is rebuilt from the documents.
                self.projects.invalidate_all();
                Response::new_err(
                    id,
                    ErrorCode::InternalError as i32,
                    "internal error while answering this request; the server keeps running".into(),
                )
            }
        };
        self.reply(resp);
    }

    fn dispatch(&mut self, req: Request) -> Result<serde_json::Value, ReqError> {
        use lt::request::*;
        let p = req.params;
        match req.method.as_str() {
            Shutdown::METHOD => {
                self.shutdown = true;
                Ok(serde_json::Value::Null)
            }
            // The protocol allows one `initialize`; answering a second "method not found"
            // would tell the client the server cannot initialize at all.
            Initialize::METHOD => Err(ReqError::new(
                ErrorCode::InvalidRequest,
                "the server is already initialized; `initialize` may be sent only once",
            )),
            HoverRequest::METHOD => call(self, p, features::hover::hover),
            GotoDefinition::METHOD => call(self, p, features::navigate::definition),
            References::METHOD => call(self, p, features::navigate::references),
            PrepareRenameRequest::METHOD => call(self, p, features::navigate::prepare_rename),
            Rename::METHOD => call(self, p, features::navigate::rename),
            Completion::METHOD => call(self, p, features::completion::completion),
            DocumentSymbolRequest::METHOD => call(self, p, features::symbols::document),
            WorkspaceSymbolRequest::METHOD => call(self, p, features::symbols::workspace),
            SemanticTokensFullRequest::METHOD => call(self, p, features::semantic::tokens),
            Formatting::METHOD => call(self, p, features::edit::formatting),
            CodeActionRequest::METHOD => call(self, p, features::edit::code_actions),
            FoldingRangeRequest::METHOD => call(self, p, features::edit::folding),
            InlayHintRequest::METHOD => call(self, p, features::hover::inlay_hints),
            method => Err(ReqError::new(
                ErrorCode::MethodNotFound,
                format!("unknown method `{method}`"),
            )),
        }
    }

    fn notification(&mut self, n: Notification) {
        use lt::notification::*;
        let outcome = catch_unwind(AssertUnwindSafe(|| match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lt::DidOpenTextDocumentParams>(n.params) {
                    let d = p.text_document;
                    self.open(d.uri.as_str(), d.text, d.version);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lt::DidChangeTextDocumentParams>(n.params) {
                    self.change(p);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lt::DidCloseTextDocumentParams>(n.params) {
                    self.close(p.text_document.uri.as_str());
                }
            }
            DidSaveTextDocument::METHOD => self.schedule(),
            // `$/cancelRequest` is handled as messages are read ([`Server::pump`]).
            _ => {}
        }));
        if outcome.is_err() {
            self.projects.invalidate_all();
        }
    }

    fn open(&mut self, uri: &str, text: String, version: i32) {
        let key = project::key_for(uri);
        self.docs
            .insert(uri.to_string(), Doc::new(&text, version, key.clone()));
        self.projects.touch(&key, uri);
        self.schedule();
    }

    fn change(&mut self, p: lt::DidChangeTextDocumentParams) {
        let uri = p.text_document.uri.as_str().to_string();
        let encoding = self.encoding;
        let Some(doc) = self.docs.get_mut(&uri) else {
            return;
        };
        for change in p.content_changes {
            match change.range {
                None => doc.replace_all(&change.text),
                // Positions are relative to the text as it is before this change.
                Some(range) => doc.edit(range, &change.text, encoding),
            }
        }
        doc.version = p.text_document.version;
        let key = doc.key.clone();
        self.projects.touch(&key, &uri);
        self.schedule();
    }

    fn close(&mut self, uri: &str) {
        if let Some(doc) = self.docs.remove(uri) {
            self.projects.touch(&doc.key, uri);
            // A closed file's diagnostics are the editor's to drop; the project is re-checked
            // from the disk.
            self.schedule();
        }
    }

    fn schedule(&mut self) {
        self.deadline = Some(Instant::now() + self.debounce);
    }

    /// Analyzes every project with pending edits and publishes its diagnostics, unless the
    /// project was edited again meanwhile.
    fn check_and_publish(&mut self) {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            for key in self.projects.unpublished_keys() {
                // Analyzed already when a request needed the model since the last edit.
                if self.projects.is_dirty(&key) {
                    self.projects.refresh(&key, &self.docs);
                }
                self.pump();
                if self.edit_queued(&key) {
                    continue;
                }
                for (uri, diags) in
                    self.projects
                        .diagnostics(&key, self.encoding, self.max_diagnostics, self.lang)
                {
                    let version = self.docs.get(&uri).map(|d| d.version);
                    let Ok(uri) = uri.parse::<lt::Uri>() else {
                        continue;
                    };
                    self.notify::<lt::notification::PublishDiagnostics>(
                        lt::PublishDiagnosticsParams {
                            uri,
                            diagnostics: diags,
                            version,
                        },
                    );
                }
            }
        }));
        if outcome.is_err() {
            self.projects.invalidate_all();
        }
    }
}

/// Decodes a request's parameters, runs the handler, encodes its answer.
fn call<P: DeserializeOwned, R: Serialize>(
    server: &mut Server,
    params: serde_json::Value,
    handler: fn(&mut Server, P) -> Result<R, ReqError>,
) -> Result<serde_json::Value, ReqError> {
    let params: P = serde_json::from_value(params)
        .map_err(|e| ReqError::new(ErrorCode::InvalidParams, format!("bad parameters: {e}")))?;
    let answer = handler(server, params)?;
    serde_json::to_value(answer)
        .map_err(|e| ReqError::new(ErrorCode::InternalError, format!("cannot encode: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// An edit that arrives while a project is analyzed makes that analysis stale: its
    /// diagnostics are not published, the newer text's are.
    #[test]
    fn diagnostics_are_not_published_for_text_edited_meanwhile() {
        let (server, client) = Connection::memory();
        let params: lt::InitializeParams =
            serde_json::from_value(json!({ "capabilities": {} })).unwrap_or_default();
        let mut s = Server::new(&server, &(RequestId::from(1), params), Duration::ZERO);
        let uri = "untitled:stale.pol";
        s.open(uri, "category x {".into(), 1);
        // The client edits again before the analysis of version 1 is published.
        let change = json!({
            "textDocument": { "uri": uri, "version": 2 },
            "contentChanges": [{ "text": "category x {}" }]
        });
        let sent = client.sender.send(Message::Notification(Notification::new(
            "textDocument/didChange".into(),
            change,
        )));
        assert!(sent.is_ok());
        s.check_and_publish();
        assert!(
            client.receiver.try_recv().is_err(),
            "stale diagnostics were published"
        );
        // The queued edit is handled next, and its analysis is published.
        let Some(Message::Notification(n)) = s.queue.pop_front() else {
            unreachable!("the edit was queued")
        };
        s.notification(n);
        s.check_and_publish();
        let published = client.receiver.try_recv();
        let Ok(Message::Notification(n)) = published else {
            unreachable!("nothing published: {published:?}")
        };
        assert_eq!(n.method, "textDocument/publishDiagnostics");
        assert_eq!(n.params["version"], 2);
    }
}
