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
//! It never dies on bad input: the stdio transport answers malformed JSON-RPC and reads on
//! ([`transport`]), unknown methods get `MethodNotFound`, bad parameters `InvalidParams`,
//! unknown documents an empty answer, and a handler that panicked an `InternalError` (the
//! panic is caught per request). `shutdown` then `exit` ends it with code 0, `exit` alone
//! with 1, as the protocol says.

mod features;
mod position;
mod project;
pub mod transport;

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::RecvTimeoutError;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lt;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub use features::hover::policy_sentence;
pub use position::Encoding;
use project::{Doc, Projects};

/// The pause in typing after which a changed document is checked and its diagnostics
/// published: long enough that a burst of keystrokes is one analysis, short enough to feel
/// immediate.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// Runs the server on standard input and output; returns the process exit code.
pub fn run_stdio() -> u8 {
    let (connection, threads) = transport::stdio();
    let code = run(&connection, DEBOUNCE);
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
    let mut server = Server::new(connection.sender.clone(), &params, debounce);
    let capabilities = features::capabilities(server.encoding);
    let result = lt::InitializeResult {
        capabilities,
        server_info: Some(lt::ServerInfo {
            name: "polc lsp".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    server.reply(Response::new_ok(params.0, result));
    server.main_loop(connection)
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
    pub(crate) encoding: Encoding,
    pub(crate) docs: HashMap<String, Doc>,
    pub(crate) projects: Projects,
    /// When the pending edits are to be checked, if any are pending.
    deadline: Option<Instant>,
    debounce: Duration,
    shutdown: bool,
}

impl Server {
    fn new(
        sender: crossbeam_channel::Sender<Message>,
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
        Server {
            sender,
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
        }
    }

    fn main_loop(&mut self, connection: &Connection) -> u8 {
        loop {
            let msg = match self.deadline {
                Some(at) => {
                    let wait = at.saturating_duration_since(Instant::now());
                    match connection.receiver.recv_timeout(wait) {
                        Ok(msg) => msg,
                        Err(RecvTimeoutError::Timeout) => {
                            self.deadline = None;
                            self.check_and_publish();
                            continue;
                        }
                        Err(RecvTimeoutError::Disconnected) => return 1,
                    }
                }
                None => match connection.receiver.recv() {
                    Ok(msg) => msg,
                    Err(_) => return 1,
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
            // Cancellation: requests are answered in order, so by the time a cancel is read
            // the request is either answered or about to be, with the newest text.
            _ => {}
        }));
        if outcome.is_err() {
            self.projects.invalidate_all();
        }
    }

    fn open(&mut self, uri: &str, text: String, version: i32) {
        let key = project::key_for(uri);
        self.docs.insert(
            uri.to_string(),
            Doc {
                text,
                version,
                key: key.clone(),
            },
        );
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
                None => doc.text = change.text,
                Some(range) => {
                    // Positions are relative to the text as it is before this change.
                    let file = pol::source::SourceFile::new(
                        pol::source::FileId(0),
                        String::new(),
                        pol::source::Origin::User {
                            path: std::path::PathBuf::new(),
                        },
                        Arc::from(doc.text.as_str()),
                    );
                    let start = position::offset(&file, range.start, encoding) as usize;
                    let end = position::offset(&file, range.end, encoding) as usize;
                    let (start, end) = (start.min(end), end.max(start));
                    if doc.text.is_char_boundary(start) && doc.text.is_char_boundary(end) {
                        doc.text.replace_range(start..end, &change.text);
                    }
                }
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

    /// Analyzes every project with pending edits and publishes its diagnostics.
    fn check_and_publish(&mut self) {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            for key in self.projects.dirty_keys() {
                self.projects.refresh(&key, &self.docs);
                for (uri, diags) in self.projects.diagnostics(&key, self.encoding) {
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
