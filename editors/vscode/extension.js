// The pol extension: highlighting comes from syntaxes/pol.tmLanguage.json; everything else
// (diagnostics, hover, completion, formatting, quick fixes, semantic tokens) from the pol
// language server, `polc lsp`, started over standard input and output.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

function serverOptions() {
  const config = vscode.workspace.getConfiguration("pol");
  const command = config.get("server.path") || "polc";
  const args = ["lsp", ...(config.get("server.extraArgs") || [])];
  return { command, args };
}

async function start(context) {
  client = new LanguageClient(
    "pol",
    "pol language server",
    serverOptions(),
    {
      documentSelector: [{ scheme: "file", language: "pol" }],
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.pol,pol.toml}") },
    },
  );
  try {
    await client.start();
  } catch (err) {
    const path = serverOptions().command;
    vscode.window.showErrorMessage(
      `pol: cannot start \`${path} lsp\` (${err && err.message ? err.message : err}). ` +
        "Install polc (cargo install --path compiler/cli) or set pol.server.path.",
    );
  }
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

exports.activate = async (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand("pol.restartServer", async () => {
      if (client) await client.stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("pol.server") && client) {
        await client.stop();
        await start(context);
      }
    }),
  );
  await start(context);
};

exports.deactivate = () => (client ? client.stop() : undefined);
