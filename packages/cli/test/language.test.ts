/**
 * Every command's terminal output (validate, analyse, gaps, paths, diff, export, start) on the
 * example data, in nl and en: no vocabulary code, no word of the other language, and numbers in
 * the locale (nl: 0,011 and 2.121, never 0.011; en: never 0,011). Text that comes from the input
 * files (names, titles, places, descriptions, ids) is taken out first: it is the data, not ours.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeBytes, type Lang, nlCode, VOCABULARIES } from "@ecolens/core";
import { beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";

const DATASETS = ["data/examples/westhoek", "data/examples/westhoek-2025", "data/examples/messy"];
const OTHER = "data/examples/westhoek-2025";

/** Columns that hold the data's own free text (names, places, titles, ids, sources). */
const DATA_COLUMN =
  /naam|name|titel|title|omschrijving|description|gemeente|municipality|adres|address|bron|source|opmerking|regio|_id$|^id$|^van$|^naar$|organisat|gesignaleerd_door|doorstroom|ondernemingsnummer|toegetreden|datum|date/i;

/** The free-text cells of every CSV in a folder, longest first. */
function dataStrings(dir: string): string[] {
  const found = new Set<string>([dir, ...readdirSync(dir).map((f) => join(dir, f))]);
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".csv"))) {
    const text = decodeBytes(new Uint8Array(readFileSync(join(dir, f)))).text;
    const [head, ...rows] = text.split(/\r?\n/);
    const cols = head.replace(/^\uFEFF/, "").split(";");
    for (const row of rows)
      row.split(";").forEach((cell, i) => {
        const v = cell.replace(/^"|"$/g, "").trim();
        if (v.length > 2 && DATA_COLUMN.test(cols[i] ?? ""))
          for (const part of v.split("|")) found.add(part.trim());
      });
  }
  return [...found].filter((s) => s.length > 2).sort((a, b) => b.length - a.length);
}

function withoutData(text: string, strings: string[]): string {
  let out = text;
  for (const s of strings) if (out.includes(s)) out = out.split(s).join("⟨·⟩");
  // Quoted input values ("speeltuin", '31/02/2024') and file paths are data as well.
  return out
    .replace(/(^|[\s(])"[^"\n]{0,80}"(?!\p{L})/gmu, "$1⟨·⟩")
    .replace(/(^|[\s(])'[^'\n]{0,80}'(?!\p{L})/gmu, "$1⟨·⟩")
    .replace(/\S+\.(csv|html|gexf|graphml|json)\b/g, "⟨file⟩");
}

/** English vocabulary codes that differ from their Dutch code (sport, vzw... are the same word). */
const EN_CODES = Object.values(VOCABULARIES).flatMap((v) =>
  v.entries.filter((e) => e.code !== nlCode(e) && e.code.length > 3).map((e) => e.code),
);
const ENGLISH = [
  "unknown",
  "the",
  "and",
  "with",
  "without",
  "match(es)",
  "error(s)",
  "no such day",
  "offerings",
  "organisations",
  "relations",
  "barrier",
  "barriers",
  "ties",
  "found",
  "route found",
  "formal",
  "non-formal",
  "region",
  "municipality",
  "starts",
  "blocked",
  "route(s)",
];
/** Dutch that the style guide replaced: one word for non-formal, one term for barrier coverage. */
const NOT_OUR_DUTCH = [
  "niet-formeel",
  "onbedekte drempel",
  "onbedekte drempels",
  "zouden 1",
  "koppeling(en)",
  "fout(en)",
];
const DUTCH = [
  "organisaties",
  "organisatie",
  "relaties",
  "gemeente",
  "gemeenten",
  "drempel",
  "drempels",
  "leerkansen",
  "geen",
  "niet",
  "zonder",
  "formeel",
  "niet-formeel",
  "non-formeel",
  "kinderen",
  "jongeren",
  "volwassenen",
  "senioren",
  "gezinnen",
  "fout",
  "fouten",
  "rijen",
  "bestand",
  "waarde",
  "regio",
  "partners die",
  "en",
  "van",
  "het",
  "een",
];

function problems(text: string, lang: Lang): string[] {
  const found: string[] = [];
  const words = (list: string[]) => {
    for (const w of list) {
      const re = new RegExp(`(^|[^\\p{L}_-])${w.replace(/[()]/g, "\\$&")}(?=$|[^\\p{L}_-])`, "imu");
      const m = re.exec(text);
      if (m) found.push(`'${w}' in …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
    }
  };
  if (lang === "nl") {
    words(EN_CODES);
    words(ENGLISH);
    words(NOT_OUR_DUTCH);
    // 2402 must read 2.402 (years and five-digit NIS codes or postcodes aside).
    for (const m of text.matchAll(/(?<![\d.,\-/])\d{4}(?![\d.,/-])/g))
      if (!/^(19|20)\d\d$/.test(m[0])) found.push(`no thousands separator ${m[0]}`);
    // A decimal point: 0.123 or 3.59 (2.121 is a Dutch thousands separator).
    for (const m of text.matchAll(/(?<![\d.,])(\d+)\.(\d+)(?![\d.,])/g))
      if (m[1] === "0" || m[2].length !== 3) found.push(`decimal point ${m[0]}`);
  } else {
    words(DUTCH);
    for (const m of text.matchAll(/(?<![\d.,])(\d+),(\d+)(?![\d.,])/g))
      if (m[1] === "0" || m[2].length !== 3) found.push(`decimal comma ${m[0]}`);
  }
  return found;
}

const out = mkdtempSync(join(tmpdir(), "ecolens-language-"));

function commands(dir: string): string[][] {
  const name = dir.split("/").pop()!;
  return [
    ["validate", dir],
    ["analyse", dir],
    ["analyse", dir, "--municipality", "Ieper", "--sector", "formeel_onderwijs"],
    ["gaps", dir, "--top", "5"],
    ["paths", dir, "--theme", "natuur", "--age", "16", "--municipality", "Ieper", "--barrier", "financieel"],
    ["paths", dir, "--theme", "sport", "--age", "70", "--to", "formal"],
    ["paths", dir, "--coverage", "--top", "5"],
    ["diff", dir === OTHER ? DATASETS[0] : dir, OTHER],
    ["export", dir, "--to", "gexf", "-o", join(out, `${name}.gexf`), "--force"],
    ["analyse", dir, "--municipality", "Gent"],
  ];
}

describe.each(DATASETS)("the terminal output on %s", (dir) => {
  const strings = dataStrings(dir).concat(dataStrings(OTHER));
  for (const lang of ["nl", "en"] as const)
    describe(lang, () => {
      let runs: Array<{ argv: string[]; text: string }> = [];
      beforeAll(async () => {
        runs = [];
        for (const argv of commands(dir)) {
          const r = await runCaptured([...argv, "--lang", lang]);
          runs.push({ argv, text: `${r.out}\n${r.err}` });
        }
      }, 120_000);
      it(`says everything in ${lang === "nl" ? "Dutch" : "English"}, with numbers in the locale`, () => {
        expect(runs.map((r) => r.text.length).every((n) => n > 20)).toBe(true);
        const bad = runs.flatMap((r) =>
          problems(withoutData(r.text, strings), lang).map((p) => `${r.argv.join(" ")}: ${p}`),
        );
        expect(bad).toEqual([]);
      });
    });
});

describe("start", () => {
  for (const lang of ["nl", "en"] as const)
    it(`prints the key findings in ${lang === "nl" ? "Dutch" : "English"}`, async () => {
      const r = await runCaptured([
        "start",
        "--lang",
        lang,
        "-o",
        join(out, `start-${lang}.html`),
        "--force",
      ]);
      expect(r.code, r.err).toBe(0);
      const strings = dataStrings(DATASETS[0]).concat(dataStrings(OTHER));
      expect(problems(withoutData(`${r.out}\n${r.err}`, strings), lang)).toEqual([]);
    }, 120_000);
});

describe("the checker itself", () => {
  it("catches a decimal point, an English word and a code in Dutch, and Dutch in English", () => {
    expect(problems("Dichtheid 0.011", "nl")).toHaveLength(1);
    expect(problems("Relaties 2.121 en 0,011 in 2025", "nl")).toEqual([]);
    expect(problems("2402 van de combinaties", "nl")).toHaveLength(1);
    expect(problems("de niet-formeel partners", "nl")).toHaveLength(1);
    expect(problems("3 mogelijke koppeling(en) wachten", "nl")).toHaveLength(1);
    expect(problems("scope: provincial", "nl").length).toBeGreaterThan(0);
    expect(problems("sector formal_education", "nl").length).toBeGreaterThan(0);
    expect(problems("8 rows were rejected, see the organisaties", "en").length).toBeGreaterThan(0);
    expect(problems("Density 0,011", "en")).toHaveLength(1);
  });
});

describe("CSV for Excel", () => {
  it("analyse --csv writes a decimal comma by default (Flemish Excel), never a decimal point", async () => {
    const file = join(out, "metrics.csv");
    const r = await runCaptured(["analyse", DATASETS[0], "--metrics", "density,betweenness", "--csv", file]);
    expect(r.code, r.err).toBe(0);
    const rows = readFileSync(file, "utf8").split(/\r?\n/).slice(1, 50);
    const cells = rows.flatMap((row) => row.split(";").slice(2));
    expect(cells.some((c) => /^\d+,\d+$/.test(c))).toBe(true);
    expect(cells.filter((c) => /^\d+\.\d+$/.test(c))).toEqual([]);
  });
});

describe("commander's own usage errors", () => {
  it("are Dutch with --lang nl and English otherwise, exit 2 either way", async () => {
    const nl = await runCaptured(["analyse", DATASETS[0], "--no-such-option", "--lang", "nl"]);
    expect(nl.code).toBe(2);
    expect(nl.err).toContain("fout: onbekende optie '--no-such-option'");
    const typo = await runCaptured(["analys", "--lang", "nl"]);
    expect(typo.err).toContain("(Bedoelde je analyse?)");
    const en = await runCaptured(["analyse", DATASETS[0], "--no-such-option", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("error: unknown option '--no-such-option'");
  });

  it("a missing required option is Dutch with --lang nl (collect without --from)", async () => {
    const nl = await runCaptured(["collect", DATASETS[0], "--lang", "nl"]);
    expect(nl.code).toBe(2);
    expect(nl.err).toContain("fout: de optie '--from <inventory>' is verplicht");
  });
});
