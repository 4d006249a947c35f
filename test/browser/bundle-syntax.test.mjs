// The BUILT bundles (dist/*.js) must parse in the oldest engine the manifest's hosts use: Excel on Mac runs the add-in
// in the system WebKit, so a Mac on macOS 10.15 with Safari 13.1–15 must load it. One feature such an engine cannot
// parse makes the whole bundle fail to load (a blank task pane, dead ribbon buttons), so this is checked on the
// minified output, where node_modules code (zod, office-js-helpers) sits too, not on our sources.
//
// Safari 13.1 (macOS 10.15.4) parses ES2020 syntax (optional chaining, ??) but not, among what ES2020–ES2022 add:
// BigInt literals (Safari 14), class fields and static blocks (14/14.1/16.4), logical assignment ??= (14), private
// `#x in` (15), the RegExp `d` flag (15), and regex lookbehind (16.4, although it is ES2018). acorn at ecmaVersion
// 2020 refuses the syntax; the walk below refuses what acorn accepts at 2020 but WebKit does not.
// Run by `npm run test:browser` after the build (CI does); on its own: `npm run build && node --test test/browser/bundle-syntax.test.mjs`.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const acorn = require("acorn");
const walk = require("acorn-walk");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");

const LOOKBEHIND = /\(\?<[=!]/;

/**
 * Pattern strings with a lookbehind that only become a RegExp when their function is called, and are never called by
 * the add-in: a failure there would be a runtime SyntaxError in that call, not a bundle that does not load.
 * - docx's patchDocument placeholder detector, new RegExp(`(?<=${start})…`) (the report builds documents, it never
 *   patches templates).
 */
const RUNTIME_ONLY_TEMPLATE_CHUNKS = new Set(["(?<="]);

/** What a WebKit before 16.4 cannot parse in `source`, as "file:line:col what" lines; empty when it loads. */
export function unsupportedSyntax(source, file = "bundle.js") {
  const found = [];
  let ast;
  try {
    ast = acorn.parse(source, { ecmaVersion: 2020, sourceType: "script", locations: true });
  } catch (error) {
    return [`${file}:${error.loc?.line}:${error.loc?.column} syntax newer than ES2020: ${error.message}`];
  }
  const at = (node, what) => found.push(`${file}:${node.loc.start.line}:${node.loc.start.column} ${what}`);
  walk.full(ast, (node) => {
    if (node.type !== "Literal" && node.type !== "TemplateElement") return;
    if (node.bigint !== undefined) at(node, `BigInt literal ${node.raw}`);
    if (node.regex) {
      if (LOOKBEHIND.test(node.regex.pattern)) at(node, `regex lookbehind /${node.regex.pattern}/`);
      if (/[dv]/.test(node.regex.flags)) at(node, `regex flag ${node.regex.flags}`);
    }
    // new RegExp("(?<!…)") builds its pattern from a string.
    const text = node.type === "TemplateElement" ? node.value.cooked : node.value;
    if (node.type === "TemplateElement" && RUNTIME_ONLY_TEMPLATE_CHUNKS.has(text)) return;
    if (typeof text === "string" && LOOKBEHIND.test(text))
      at(node, `lookbehind in a pattern string ${JSON.stringify(text).slice(0, 60)}`);
  });
  return found;
}

test("the check refuses what older WebKit cannot parse", () => {
  assert.equal(unsupportedSyntax("var a = /(?<![a-z])x/u;").length, 1);
  assert.equal(unsupportedSyntax('var a = new RegExp("(?<=a)b");').length, 1);
  assert.equal(unsupportedSyntax("var a = /x/d;").length, 1);
  assert.equal(unsupportedSyntax("var a = 1n;").length, 1);
  assert.equal(unsupportedSyntax("a ??= 1;").length, 1);
  assert.equal(unsupportedSyntax("class A { static { } }").length, 1);
  assert.equal(unsupportedSyntax("class A { x = 1 }").length, 1);
  assert.equal(unsupportedSyntax("class A { #x; has(o) { return #x in o; } }").length, 1);
  assert.deepEqual(unsupportedSyntax("var a = b?.c ?? /(?=x)\\p{L}/u; try {} catch {}"), []);
  assert.equal(unsupportedSyntax("var a = new RegExp(`(?<=${b})x`);").length, 0, "docx's runtime-only pattern");
  assert.equal(unsupportedSyntax("var a = new RegExp(`(?<![a-z])${b}`);").length, 1);
});

test("the built bundles parse in WebKit before 16.4 (Excel on older Macs)", () => {
  assert.ok(fs.existsSync(DIST), "dist/ is missing: run `npm run build` (npm run test:browser does)");
  const bundles = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  assert.ok(bundles.length >= 3, `expected the task pane, commands and result bundles in dist/: ${bundles.join(", ")}`);
  const problems = bundles.flatMap((f) => unsupportedSyntax(fs.readFileSync(path.join(DIST, f), "utf8"), f));
  assert.deepEqual(problems, []);
});
