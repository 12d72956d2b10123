import { describe, expect, it } from "vitest";
import { MESSAGES, type MessageCode, msg, msgText } from "../../src/messages/index.ts";
import type { Message } from "../../src/messages/types.ts";

/** Every parameter a phrase reads, given a value that names it (so a missing one shows up). */
const everyParam = new Proxy({}, { get: (_t, key) => `‹${String(key)}›` }) as Record<string, string>;

describe("core's message catalogue", () => {
  const codes = Object.keys(MESSAGES) as MessageCode[];

  it("has a Dutch and an English phrase for every code, neither empty, not the same sentence", () => {
    const problems: string[] = [];
    for (const code of codes) {
      const m = MESSAGES[code] as Message;
      const nl = typeof m.nl === "function" ? m.nl(everyParam) : m.nl;
      const en = typeof m.en === "function" ? m.en(everyParam) : m.en;
      if (!nl.trim() || !en.trim()) problems.push(`${code}: empty`);
      if (typeof m.nl !== typeof m.en) problems.push(`${code}: one language takes parameters, the other not`);
      if (nl.length > 40 && nl === en) problems.push(`${code}: the same sentence in both languages`);
    }
    expect(problems).toEqual([]);
    expect(codes.length).toBeGreaterThan(150);
  });

  it("fills a Text parameter in each language and numbers as written", () => {
    const what = { nl: "organisatie", en: "organisation" };
    expect(msgText("references.duplicate_id", { id: '"a"', what, at: { nl: "rij 4", en: "row 4" } })).toEqual(
      {
        nl: 'De code "a" is al gebruikt voor organisatie in rij 4. Alleen die eerste rij is ingelezen; deze rij niet. Geef elke organisatie een eigen code of voeg de rijen samen.',
        en: 'Code "a" is already used for organisation in row 4. Only that first row was imported, not this one. Give each organisation its own code or merge the rows.',
      },
    );
    expect(msg("header.column_label", "nl", { n: 3, letter: "C" })).toBe("kolom 3 (C)");
    expect(msg("header.column_label", "en", { n: 3, letter: "C" })).toBe("column 3 (C)");
  });

  it("keeps plurals in the phrase", () => {
    expect(msg("csv.empty_header", "en", { column: "Column 2 (B)", filled: 1 })).toContain(
      "1 row has a value",
    );
    expect(msg("csv.empty_header", "nl", { column: "Kolom 2 (B)", filled: 3 })).toContain(
      "3 rijen hebben er een waarde",
    );
  });
});
