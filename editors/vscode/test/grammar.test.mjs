// Tokenises every .pol file of the repository (examples, stdlib, starters, the docs' pol
// blocks) with the TextMate grammar, as VS Code does (vscode-textmate + the Oniguruma wasm),
// and fails on any text the grammar marks invalid or leaves in an open string. Run by
// `npm test` (scripts/test runs it).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import vsctm from "vscode-textmate";
import oniguruma from "vscode-oniguruma";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== "source.pol") return null;
      const file = path.join(here, "../syntaxes/pol.tmLanguage.json");
      return vsctm.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  return registry.loadGrammar("source.pol");
}

function polFiles(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) polFiles(p, out);
    else if (entry.name.endsWith(".pol")) out.push(p);
  }
  return out;
}

/** Tokens of a text: [{ line, text, scopes }]; the rule stack left at the end. */
function tokenize(grammar, text) {
  let stack = vsctm.INITIAL;
  const tokens = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      tokens.push({ line: i + 1, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    stack = r.ruleStack;
  });
  return { tokens, stack };
}

const sources = [
  ...polFiles(path.join(root, "examples")),
  ...polFiles(path.join(root, "stdlib")),
  ...polFiles(path.join(root, "compiler/cli/starter")),
].filter((p) => fs.existsSync(p));

test("the grammar tokenises every .pol file of the repository without invalid tokens", async () => {
  const grammar = await loadGrammar();
  assert.ok(sources.length >= 20, `only ${sources.length} .pol files found`);
  const problems = [];
  for (const file of sources) {
    const { tokens, stack } = tokenize(grammar, fs.readFileSync(file, "utf8"));
    for (const t of tokens) {
      if (t.scopes.some((s) => s.startsWith("invalid."))) {
        problems.push(`${path.relative(root, file)}:${t.line}: invalid \`${t.text}\` (${t.scopes.join(" ")})`);
      }
    }
    if (stack.depth > 1) problems.push(`${path.relative(root, file)}: ends inside a string or block`);
  }
  assert.deepEqual(problems, []);
});

test("the grammar gives kinds, names, keys, options and values their scopes", async () => {
  const grammar = await loadGrammar();
  const text = [
    "use std::gbt35273 as gb",
    "category phone: gb::basic_profile {",
    '  label { zh: "手机号码", en: "mobile phone number" }',
    "  source subject",
    "  required",
    "}",
    "right access: pipl::access { via privacy_team; within 15 working_days }",
    "policy p {",
    "  effective 2025-01-01",
    "  controller { email privacy@example.com; website https://example.com }",
    '  allow PIPL-RET-001 because "kept by law"',
    "}",
  ].join("\n");
  const { tokens } = tokenize(grammar, text);
  const scopeOf = (word, line) => {
    const t = tokens.find((t) => t.text.trim() === word && (line === undefined || t.line === line));
    assert.ok(t, `no token \`${word}\``);
    return t.scopes[t.scopes.length - 1];
  };
  assert.equal(scopeOf("use"), "keyword.control.import.pol");
  assert.equal(scopeOf("category"), "storage.type.item.pol");
  assert.equal(scopeOf("phone", 2), "entity.name.type.pol");
  assert.equal(scopeOf("gb", 2), "entity.name.namespace.pol");
  assert.equal(scopeOf("label"), "support.type.property-name.pol");
  assert.equal(scopeOf("zh"), "support.type.property-name.pol");
  assert.equal(scopeOf("subject"), "constant.language.pol");
  assert.equal(scopeOf("required"), "support.type.property-name.pol");
  assert.equal(scopeOf("right"), "storage.type.item.pol");
  assert.equal(scopeOf("within"), "support.type.property-name.pol");
  assert.equal(scopeOf("15"), "constant.numeric.pol");
  assert.equal(scopeOf("2025-01-01"), "constant.numeric.date.pol");
  assert.equal(scopeOf("privacy@example.com"), "markup.underline.link.email.pol");
  assert.equal(scopeOf("https://example.com"), "markup.underline.link.pol");
  assert.equal(scopeOf("PIPL-RET-001"), "constant.other.diagnostic-code.pol");
  assert.equal(scopeOf("allow"), "keyword.other.allow.pol");
  assert.ok(tokens.some((t) => t.text === "手机号码" && t.scopes.includes("string.quoted.double.pol")));
});
