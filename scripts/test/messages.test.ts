/**
 * One house style for user-facing text and function length, checked on every `packages/<name>/src`
 * (new packages included: the packages are found on disk).
 *
 * Catalogues, by convention:
 * - every file under a `messages/` or `i18n/` folder, and every file named `messages.ts`;
 * - the files (or folders, ending in `/`) in REGISTERED_CATALOGUES below (vocabularies, finding
 *   codes, metric descriptors), keyed by code with nl and en side by side but living next to what
 *   they describe.
 *
 * (a) In a catalogue, every object literal that has an `nl` or `en` property has both, not one of
 *     them empty, and when both are object literals they have the same keys.
 * (b) Outside catalogues: no `nl:` / `en:` property whose value is a string or template literal,
 *     a string expression or a function (inline text), and no comparison with the literal "nl" or
 *     "en" (`lang === "nl" ? ... : ...`): the text comes from a catalogue by code.
 *     ALLOWED_LANG_CHECKS lists the few files that compare a language without building text.
 * (c) No function over 150 lines; a function over 100 lines carries a `// long because: ...`
 *     comment in the comment lines directly above it.
 *
 * PENDING_TEXT and PENDING_LONG are the temporary lists of what issue 20 still has to move or
 * split. Whoever cleans a file removes its line; a line whose file is clean fails the test, so the
 * lists only shrink.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const REGISTERED_CATALOGUES: Record<string, string> = {
  "packages/core/src/vocab/audience.ts": "vocabulary labels keyed by code",
  "packages/core/src/vocab/barrier.ts": "vocabulary labels keyed by code",
  "packages/core/src/vocab/offering.ts": "vocabulary labels keyed by code",
  "packages/core/src/vocab/org-type.ts": "vocabulary labels keyed by code",
  "packages/core/src/vocab/organisation.ts": "vocabulary labels keyed by code",
  "packages/core/src/vocab/relation.ts": "vocabulary labels keyed by code",
  "packages/core/src/inventory/finding-codes.ts": "meaning of every finding code",
  "packages/analysis/src/registry/": "metric descriptors: help texts keyed by metric id",
};

const ALLOWED_LANG_CHECKS: Record<string, string> = {
  "packages/cli/src/shared/lang.ts": "reads --lang / the environment: picks a language, no text",
};

// Temporary (issue 20): files that still build text inline. Remove a line when the file is clean.
const PENDING_TEXT: string[] = [];

// Temporary (issue 20): `file:function` over 150 lines, or over 100 without a stated reason.
const PENDING_LONG: string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function packageSources(): string[] {
  const packages = join(ROOT, "packages");
  return readdirSync(packages)
    .map((name) => join(packages, name, "src"))
    .filter((src) => existsSync(src))
    .flatMap(sourceFiles)
    .map((file) => relative(ROOT, file).split("\\").join("/"))
    .sort();
}

function isCatalogue(rel: string): boolean {
  const registered = Object.keys(REGISTERED_CATALOGUES).some((r) =>
    r.endsWith("/") ? rel.startsWith(r) : rel === r,
  );
  return /\/(messages|i18n)\//.test(rel) || /\/messages\.ts$/.test(rel) || registered;
}

function parse(rel: string, text: string): ts.SourceFile {
  return ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

function propName(p: ts.ObjectLiteralElementLike): string | null {
  if (!p.name) return null;
  if (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) return p.name.text;
  return null;
}

function lineOf(src: ts.SourceFile, node: ts.Node): number {
  return src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1;
}

function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n))
    n = n.expression;
  return n;
}

/** A string or template literal somewhere inside (the language codes "nl" and "en" aside). */
function containsText(node: ts.Node): boolean {
  if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node))
    return !(ts.isStringLiteralLike(node) && (node.text === "nl" || node.text === "en"));
  return ts.forEachChild(node, containsText) ?? false;
}

/** A string, a template, a function returning text, a list of texts, or an operator expression holding one. */
function isInlineText(value: ts.Expression): boolean {
  const v = unwrap(value);
  if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v) || ts.isTemplateExpression(v))
    return true;
  if (ts.isArrowFunction(v) || ts.isFunctionExpression(v)) return containsText(v.body);
  if (ts.isArrayLiteralExpression(v)) return v.elements.some((e) => isInlineText(e));
  if (ts.isBinaryExpression(v)) return isInlineText(v.left) || isInlineText(v.right);
  if (ts.isConditionalExpression(v)) return isInlineText(v.whenTrue) || isInlineText(v.whenFalse);
  return false;
}

const COMPARE = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

function isLangLiteral(node: ts.Expression): boolean {
  const v = unwrap(node);
  return ts.isStringLiteralLike(v) && (v.text === "nl" || v.text === "en");
}

/** (b) Inline text and language comparisons in one file, as `file:line what`. */
function inlineTextOffenders(rel: string, text: string): string[] {
  const src = parse(rel, text);
  const found: string[] = [];
  walk(src, (node) => {
    if (ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node)) {
      const name = propName(node);
      if (name !== "nl" && name !== "en") return;
      if (ts.isMethodDeclaration(node) || isInlineText(node.initializer))
        found.push(`${rel}:${lineOf(src, node)} inline ${name}: text`);
    } else if (ts.isBinaryExpression(node) && COMPARE.has(node.operatorToken.kind)) {
      if (isLangLiteral(node.left) || isLangLiteral(node.right))
        found.push(`${rel}:${lineOf(src, node)} language comparison '${node.getText(src)}'`);
    }
  });
  return found;
}

function isEmptyText(value: ts.Expression): boolean {
  const v = unwrap(value);
  return ts.isStringLiteralLike(v) && v.text.trim() === "";
}

/** (a) Objects in a catalogue with one language missing, empty, or with different keys. */
function catalogueOffenders(rel: string, text: string): string[] {
  const src = parse(rel, text);
  const found: string[] = [];
  walk(src, (node) => {
    if (!ts.isObjectLiteralExpression(node)) return;
    const props = new Map<string, ts.ObjectLiteralElementLike>();
    for (const p of node.properties) {
      const name = propName(p);
      if (name) props.set(name, p);
    }
    const nl = props.get("nl");
    const en = props.get("en");
    if (!nl && !en) return;
    const at = `${rel}:${lineOf(src, node)}`;
    if (!nl || !en) {
      found.push(`${at} has ${nl ? "nl" : "en"} but no ${nl ? "en" : "nl"}`);
      return;
    }
    const empty = (p: ts.ObjectLiteralElementLike) =>
      ts.isPropertyAssignment(p) && isEmptyText(p.initializer);
    // Both empty is a deliberate "nothing to add" (e.g. a suffix); one empty is a missing translation.
    if (empty(nl) !== empty(en)) found.push(`${at} ${empty(nl) ? "nl" : "en"} is empty`);
    if (ts.isPropertyAssignment(nl) && ts.isPropertyAssignment(en)) {
      const a = unwrap(nl.initializer);
      const b = unwrap(en.initializer);
      if (ts.isObjectLiteralExpression(a) && ts.isObjectLiteralExpression(b)) {
        const keys = (o: ts.ObjectLiteralExpression) =>
          o.properties.map(propName).filter(Boolean).sort().join(",");
        if (keys(a) !== keys(b)) found.push(`${at} nl and en have different keys`);
      }
    }
  });
  return found;
}

interface LongFunction {
  id: string;
  lines: number;
  reason: boolean;
}

function functionName(node: ts.SignatureDeclaration, src: ts.SourceFile): string {
  if (node.name) return node.name.getText(src);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(src);
  return `<anonymous at line ${lineOf(src, node)}>`;
}

/** A `// long because: ...` among the comment lines directly above `line` (1-based). */
function hasReason(lines: string[], line: number): boolean {
  for (let i = line - 2; i >= 0; i--) {
    const t = lines[i].trim();
    if (!/^(\/\/|\/\*|\*)/.test(t)) return false;
    if (/long because:\s*\S/.test(t)) return true;
  }
  return false;
}

/** (c) Functions of `min` lines or more (counted from the first to the last line, both included). */
function longFunctions(rel: string, text: string, min: number): LongFunction[] {
  const src = parse(rel, text);
  const lines = text.split("\n");
  const found: LongFunction[] = [];
  walk(src, (node) => {
    if (!ts.isFunctionLike(node) || !("body" in node) || !node.body) return;
    const start = lineOf(src, node);
    const end = src.getLineAndCharacterOfPosition(node.end).line + 1;
    const length = end - start + 1;
    if (length < min) return;
    found.push({ id: `${rel}:${functionName(node, src)}`, lines: length, reason: hasReason(lines, start) });
  });
  return found;
}

interface Scan {
  text: Map<string, string[]>;
  catalogue: string[];
  long: LongFunction[];
}

let cached: Scan | undefined;

function scanRepository(): Scan {
  if (cached) return cached;
  const scan: Scan = { text: new Map(), catalogue: [], long: [] };
  for (const rel of packageSources()) {
    const path = join(ROOT, rel);
    if (!existsSync(path)) continue; // moved away while the tree was read
    const text = readFileSync(path, "utf8");
    if (isCatalogue(rel)) scan.catalogue.push(...catalogueOffenders(rel, text));
    else {
      const offenders = inlineTextOffenders(rel, text).filter(
        (o) => !(rel in ALLOWED_LANG_CHECKS && o.includes("language comparison")),
      );
      if (offenders.length > 0) scan.text.set(rel, offenders);
    }
    scan.long.push(...longFunctions(rel, text, 101));
  }
  cached = scan;
  return scan;
}

const LONG_LIMIT = 150;

describe("the checkers can fail", () => {
  it("finds inline text and language ternaries outside catalogues", () => {
    const code = `const a = { nl: "hallo", en: "hello" };\nconst b = lang === "nl" ? x : y;\nconst c = { nl: (p) => \`\${p}\` };\nconst d = { nl: t.nl, en: t.en, f: { nl: nlCode, en: (e) => e.code } };\nconst e = { nl: ["ja", "nee"], en: [yes, no] };`;
    expect(inlineTextOffenders("x.ts", code)).toEqual([
      "x.ts:1 inline nl: text",
      "x.ts:1 inline en: text",
      `x.ts:2 language comparison 'lang === "nl"'`,
      "x.ts:3 inline nl: text",
      "x.ts:5 inline nl: text",
    ]);
  });

  it("finds a catalogue entry with a language missing, empty or with other keys", () => {
    const code = `export const M = {\n a: { nl: "ja", en: "yes" },\n b: { nl: "nee" },\n c: { nl: "", en: "x" },\n e: { nl: "", en: "" },\n d: { nl: { x: "1" }, en: { y: "1" } },\n};`;
    expect(catalogueOffenders("m.ts", code)).toEqual([
      "m.ts:3 has nl but no en",
      "m.ts:4 nl is empty",
      "m.ts:6 nl and en have different keys",
    ]);
  });

  it("measures functions and reads the stated reason", () => {
    const body = Array.from({ length: 110 }, (_, i) => `  const v${i} = ${i};`).join("\n");
    const code = `function plain() {\n${body}\n}\n// long because: one table of cases\nconst stated = () => {\n${body}\n};`;
    expect(longFunctions("f.ts", code, 101)).toEqual([
      { id: "f.ts:plain", lines: 112, reason: false },
      { id: "f.ts:stated", lines: 112, reason: true },
    ]);
  });

  it("knows the catalogue convention", () => {
    expect(isCatalogue("packages/cli/src/messages/common.ts")).toBe(true);
    expect(isCatalogue("packages/viz/src/i18n/strings.ts")).toBe(true);
    expect(isCatalogue("packages/report/src/messages.ts")).toBe(true);
    expect(isCatalogue("packages/core/src/vocab/barrier.ts")).toBe(true);
    expect(isCatalogue("packages/analysis/src/registry/node-metrics.ts")).toBe(true);
    expect(isCatalogue("packages/core/src/inventory/import.ts")).toBe(false);
  });
});

describe("messages live in catalogues (issue 20)", () => {
  const scan = scanRepository();

  it("every registered catalogue and allowed file exists", () => {
    const missing = [...Object.keys(REGISTERED_CATALOGUES), ...Object.keys(ALLOWED_LANG_CHECKS)].filter(
      (rel) => !existsSync(join(ROOT, rel)),
    );
    expect(missing).toEqual([]);
  });

  it("every catalogue entry has nl and en, not one of them empty", () => {
    expect(scan.catalogue).toEqual([]);
  });

  it("no file outside a catalogue builds text from inline nl/en literals or language ternaries", () => {
    const unlisted = [...scan.text.entries()]
      .filter(([rel]) => !PENDING_TEXT.includes(rel))
      .flatMap(([, o]) => o);
    expect(unlisted).toEqual([]);
  });

  it("the pending list of inline text only names files that still have it", () => {
    expect(PENDING_TEXT.filter((rel) => !scan.text.has(rel))).toEqual([]);
  });
});

describe("functions stay short (issue 20)", () => {
  const scan = scanRepository();
  const offenders = scan.long.filter((f) => f.lines > LONG_LIMIT || !f.reason);

  it(`no function over ${LONG_LIMIT} lines, none over 100 without '// long because:'`, () => {
    const unlisted = offenders
      .filter((f) => !PENDING_LONG.includes(f.id))
      .map((f) => `${f.id} ${f.lines} lines${f.reason ? "" : ", no stated reason"}`);
    expect(unlisted).toEqual([]);
  });

  it("the pending list of long functions only names functions that are still long", () => {
    expect(PENDING_LONG.filter((id) => !offenders.some((f) => f.id === id))).toEqual([]);
  });
});
