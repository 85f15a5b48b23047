"""End to end: the real `polc lsp` binary, driven over stdio by pytest-lsp as an editor would.

Covers open, edit, diagnostics appearing and clearing, hover, definition, rename, completion,
formatting and shutdown (with the exit code). `POLC` names the binary (scripts/test sets it);
by default it is the workspace's target/debug/polc.
"""

import asyncio
import os
import pathlib
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = pathlib.Path(__file__).resolve().parents[2]
POLC = os.environ.get("POLC", str(ROOT / "target" / "debug" / "polc"))

POLICY = """use std::pipl

policy p {
  controller {
    name { zh: "某公司", en: "Some Co." }
    email privacy@some.example
  }
  effective 2024-01-01
}

category phone {
  label { zh: "手机号码", en: "phone number" }
  source subject
  required
  refusal { zh: "您将无法注册。", en: "You will not be able to sign up." }
}

purpose signup {
  label { zh: "注册😀账号", en: "signing up" }; uses phone
  basis pipl::contract
  required
  refusal { zh: "我们将无法为您注册。", en: "We will not be able to sign you up." }
}
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[POLC, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities())
    )
    yield
    await lsp_client.shutdown_session()


def find(text: str, needle: str, plus: int = 0) -> types.Position:
    """The UTF-16 position of `needle` (plus `plus` characters) in `text`."""
    for number, line in enumerate(text.splitlines()):
        at = line.find(needle)
        if at >= 0:
            prefix = line[: at + plus]
            return types.Position(line=number, character=len(prefix.encode("utf-16-le")) // 2)
    raise AssertionError(f"{needle!r} not found")


async def diagnostics_for(client: LanguageClient, uri: str, version: int):
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:
            return params.diagnostics


def codes(diags):
    return sorted(str(d.code) for d in diags)


async def open_policy(client: LanguageClient, tmp_path: pathlib.Path, text: str = POLICY):
    path = tmp_path / "policy.pol"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="pol", version=1, text=text)
        )
    )
    return uri


def change(client: LanguageClient, uri: str, version: int, text: str):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def test_diagnostics_appear_and_clear(client: LanguageClient, tmp_path):
    uri = await open_policy(client, tmp_path)
    clean = await diagnostics_for(client, uri, 1)
    assert not [c for c in codes(clean) if c.startswith("NAME")]
    broken = POLICY.replace("uses phone", "uses phon")
    change(client, uri, 2, broken)
    diags = await diagnostics_for(client, uri, 2)
    unknown = [d for d in diags if d.code == "NAME-001"]
    assert len(unknown) == 1
    assert unknown[0].range.start == find(broken, "uses phon", 5)
    assert "phon" in unknown[0].message
    change(client, uri, 3, POLICY)
    assert codes(await diagnostics_for(client, uri, 3)) == codes(clean)


async def test_hover_after_emoji(client: LanguageClient, tmp_path):
    uri = await open_policy(client, tmp_path)
    position = find(POLICY, "uses phone", 6)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )
    assert hover is not None
    assert "**category** `phone`" in hover.contents.value
    assert "手机号码" in hover.contents.value and "phone number" in hover.contents.value
    assert hover.range.start == find(POLICY, "uses phone", 5)


async def test_definition_and_rename(client: LanguageClient, tmp_path):
    uri = await open_policy(client, tmp_path)
    here = types.TextDocumentIdentifier(uri=uri)
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=here, position=find(POLICY, "uses phone", 6))
    )
    location = result if isinstance(result, types.Location) else result[0]
    assert location.uri == uri
    assert location.range.start == find(POLICY, "phone {")

    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=here, position=find(POLICY, "phone {", 1), new_name="mobile")
    )
    edits = edit.changes[uri]
    assert len(edits) == 2 and all(e.new_text == "mobile" for e in edits)

    with pytest.raises(Exception, match="not a valid name"):
        await client.text_document_rename_async(
            types.RenameParams(text_document=here, position=find(POLICY, "phone {", 1), new_name="手机")
        )


async def test_completion(client: LanguageClient, tmp_path):
    text = POLICY.replace("basis pipl::contract", "basis ")
    uri = await open_policy(client, tmp_path, text)
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=find(text, "basis ", 6)
        )
    )
    items = result if isinstance(result, list) else result.items
    labels = {i.label for i in items}
    assert "pipl::contract" in labels and "pipl::consent" in labels
    assert "phone" not in labels


async def test_formatting(client: LanguageClient, tmp_path):
    messy = POLICY.replace("  source subject", "        source    subject")
    uri = await open_policy(client, tmp_path, messy)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert len(edits) == 1
    assert edits[0].new_text == POLICY


async def test_junk_document_gets_capped_diagnostics_quickly(client: LanguageClient, tmp_path):
    """300,000 characters of junk on one line: tens of thousands of findings, of which the
    server sends the first 1000 and one that counts the rest. Before the cap and the rope
    position conversion this client waited minutes (the server counted UTF-16 columns from the
    start of the line for each of them); the bound is generous (slow CI, debug build)."""
    pieces = ["{", "x", '"', "手", ";", "😀", "}", ":", " "]
    junk = "".join(pieces[(i * 7 + i // 3) % 9] for i in range(300_000))
    started = time.monotonic()
    uri = await open_policy(client, tmp_path, junk)
    diags = await asyncio.wait_for(diagnostics_for(client, uri, 1), timeout=60)
    print(f"{len(diags)} diagnostics in {time.monotonic() - started:.2f} s")
    assert len(diags) == 1001
    assert "more diagnostics in this file are not shown" in diags[-1].message


async def test_shutdown_and_exit_code(client: LanguageClient, tmp_path):
    await open_policy(client, tmp_path)
    await client.shutdown_async(None)
    client.exit(None)
    await client._server.wait()
    assert client._server.returncode == 0
    # Already shut down: the fixture has nothing left to do.
    client.capabilities = None
