/**
 * The whole report speaks one language: rendered in nl (both Westhoek rounds and the messy
 * example), its visible text holds no vocabulary code, no English word-list entry and no decimal
 * point; rendered in en, no Dutch word-list entry and no decimal comma. Text from the input files
 * (names, titles, descriptions) is data and is taken out before the check.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir } from "./helpers/fixtures.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const EXAMPLES = join(ROOT, "data/examples");
const dir = tempDir("ecolens-report-lang-");

const CASES: Record<string, { input: string; extra: string[]; data: string[] }> = {
  westhoek: { input: "westhoek", extra: [], data: ["westhoek"] },
  "westhoek-2025": {
    input: "westhoek-2025",
    extra: ["--since", join(EXAMPLES, "westhoek")],
    data: ["westhoek", "westhoek-2025"],
  },
  messy: { input: "messy", extra: [], data: ["messy"] },
};

/** Visible text of the page in `lang`: no scripts or styles, no element marked for the other language. */
export function visibleText(html: string, lang: "nl" | "en"): string {
  const other = lang === "nl" ? "en" : "nl";
  const body = html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<style[\s\S]*?<\/style>/g, " ");
  const out: string[] = [];
  let skipDepth = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of body.matchAll(tag)) {
    if (m[5] !== undefined) {
      if (skipDepth === 0) out.push(m[5]);
      continue;
    }
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/" || /^(br|img|input|meta|link|hr)$/i.test(m[2]);
    if (skipDepth > 0) {
      if (selfClosing) continue;
      skipDepth += closing ? -1 : 1;
      continue;
    }
    if (!closing && !selfClosing && new RegExp(`\\bdata-l="${other}"`).test(m[3])) skipDepth = 1;
    else out.push(" ");
  }
  return out
    .join("")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** Every cell of the example's CSV files (as UTF-8 and as Windows-1252): data, not report text. */
function dataStrings(folders: string[]): string[] {
  const cells = new Set<string>();
  for (const folder of folders)
    for (const file of readdirSync(join(EXAMPLES, folder)).filter((f) => f.endsWith(".csv"))) {
      const bytes = readFileSync(join(EXAMPLES, folder, file));
      for (const text of [bytes.toString("utf8"), bytes.toString("latin1")]) {
        // The header row: the user's own column names, shown in the data-quality findings.
        for (const head of (text.split(/\r?\n/).find((l) => !/^sep=/i.test(l)) ?? "").split(/[;,\t"]+/))
          if (head.trim()) cells.add(head.trim());
        for (const cell of text.split(/[;\t\r\n"]+/)) {
          const v = cell.trim();
          // Code-like cells (sportclub, gezamenlijke_activiteit) stay: a code in the text must show.
          if (v.length >= 3 && /\p{L}/u.test(v) && !/^[a-z0-9_:-]+$/.test(v)) cells.add(v);
        }
      }
    }
  return [...cells].sort((a, b) => b.length - a.length);
}

function withoutData(text: string, data: string[]): string {
  // File names (organisaties.csv, uncertain_matches.csv) are the user's names, not report text.
  // So are command-line options the reader types (--matches) and licence names (CC BY 4.0).
  let out = text
    .replace(/[\w./-]+\.csv\b/g, " ")
    .replace(/--[a-z][a-z-]*/g, " ")
    .replace(/\bCC BY(?:-SA)? \d\.\d\b/g, " ");
  for (const d of data) out = out.split(d).join(" ");
  return out;
}

const CODE = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;
const ENGLISH =
  /\b(the|and|with|without|unknown|such|possible|match|matches|organisations?|relations?|barriers?|offerings?|provincial|regional|which|error|warning|other)\b/gi;
const DUTCH =
  /\b(organisaties?|gemeenten?|drempels?|geen|zonder|hebben|heeft|onbekend|relaties|aanbod|witte|vlekken|verbindingen?|tussen|samenwerking|leerkansen|doelgroep)\b/gi;
const DECIMAL_POINT = /(?<![\d.])(?:0\.\d+|\d+\.\d{1,2}(?![\d.])|\d+\.\d{4,})/g;
const DECIMAL_COMMA = /(?<![\d,])(?:0,\d+|\d+,\d{1,2}(?![\d,])|\d+,\d{4,})/g;

/** Each hit with some text around it, so a failure says where it is. */
function hits(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) =>
    text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 40).trim(),
  );
}

const pages: Record<string, Record<"nl" | "en", string>> = {};

beforeAll(async () => {
  for (const [name, c] of Object.entries(CASES)) {
    pages[name] = { nl: "", en: "" };
    for (const lang of ["nl", "en"] as const) {
      const out = join(dir, `${name}-${lang}.html`);
      const r = await runCaptured(["report", join(EXAMPLES, c.input), ...c.extra, "-o", out, "--lang", lang]);
      // Exit code 1 means the input has errors (messy); the report is still written.
      if (!existsSync(out)) throw new Error(`report ${name} ${lang} failed (${r.code}): ${r.err}`);
      pages[name][lang] = withoutData(visibleText(readFileSync(out, "utf8"), lang), dataStrings(c.data));
    }
  }
}, 300_000);

describe("the report's language", () => {
  it("the visible-text reader drops the other language and markup", () => {
    const html = `<p>Een <span data-l="nl">drempel</span><span data-l="en">barrier <b>x</b></span> &amp; 2</p><script>var the=1</script>`;
    expect(visibleText(html, "nl").trim()).toBe("Een drempel & 2");
    expect(visibleText(html, "en").trim()).toBe("Een barrier x & 2");
  });

  for (const name of Object.keys(CASES)) {
    it(`${name} in nl: no vocabulary code, no English word, no decimal point`, () => {
      const text = pages[name].nl;
      expect(text.length).toBeGreaterThan(1000);
      expect(hits(text, CODE)).toEqual([]);
      expect(hits(text, ENGLISH)).toEqual([]);
      expect(hits(text, DECIMAL_POINT)).toEqual([]);
    });
    it(`${name} in en: no vocabulary code, no Dutch word, no decimal comma`, () => {
      const text = pages[name].en;
      expect(text.length).toBeGreaterThan(1000);
      expect(hits(text, CODE)).toEqual([]);
      expect(hits(text, DUTCH)).toEqual([]);
      expect(hits(text, DECIMAL_COMMA)).toEqual([]);
    });
  }
});
