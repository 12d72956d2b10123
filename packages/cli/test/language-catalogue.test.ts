/** The message catalogue: every key has a Dutch and an English phrase, and they differ. */
import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent } from "../src/messages/format.ts";
import { MESSAGES, type MessageCode, msg } from "../src/messages/index.ts";

const PARAMS = {
  rows: 8,
  errors: 3,
  input: "data/examples/messy",
  refusal: "x",
  value: "Iepr",
  option: "--municipality",
  closest: "'Ieper'",
  choices: "a, b",
  name: "Gent",
  present: "Ieper",
  n: 2121,
  m: 2000,
  file: "out.gexf",
  dir: "out",
  share: "13%",
  list: "density",
  unknown: "'x'",
  known: "density",
  white: 2402,
  cells: 3276,
  priority: 1640,
  fragile: 367,
  weak: 22,
  open: 40,
  across: "",
  age: 16,
  place: "Ieper",
  shown: 5,
  total: 275,
  path: "data/x",
  flag: "--top",
  min: 1,
  max: 120,
  range: " from 1",
  hint: "'bib-ieper'",
  error: "organisation 'bib' is not in this network",
  old: "2023",
  new: "2025",
  added: 3,
  removed: 1,
  labels: 3,
  rounds: 2,
  csv: "",
  row: 12,
  column: "naam",
  warnings: 2,
  infos: 1,
};

describe("the message catalogue", () => {
  const codes = Object.keys(MESSAGES) as MessageCode[];
  it("has a Dutch and an English phrase for every key, non-empty and not the same text", () => {
    expect(codes.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const code of codes) {
      const entry = MESSAGES[code] as { nl?: unknown; en?: unknown };
      if (entry.nl === undefined || entry.en === undefined) missing.push(code);
      const nl = msg(code, "nl", PARAMS);
      const en = msg(code, "en", PARAMS);
      // A few words are the same in both languages (Partners, Routes, route, "") — but never a sentence.
      if ((nl === "" || nl === en) && nl.split(" ").length > 2) missing.push(`${code}: '${nl}'`);
      if (nl.includes("undefined") || en.includes("undefined")) missing.push(`${code}: undefined parameter`);
    }
    expect(missing).toEqual([]);
  });
  it("writes plurals and numbers in the language", () => {
    expect(msg("input.rejected", "nl", { rows: 1, input: "x" })).toMatch(/^1 rij is geweigerd/);
    expect(msg("input.rejected", "nl", { rows: 8, input: "x" })).toMatch(/^8 rijen zijn geweigerd/);
    expect(msg("input.rejected", "en", { rows: 1, input: "x" })).toMatch(/^1 row was rejected/);
    expect(msg("export.written", "nl", { n: 599, m: 2121, file: "f" })).toBe(
      "599 organisaties en 2.121 relaties geschreven naar f",
    );
  });
});

describe("locale formats", () => {
  it("Dutch writes a decimal comma and a thousands point, English the other way round", () => {
    expect(formatNumber(0.0112, "nl")).toBe("0,011");
    expect(formatNumber(2121, "nl")).toBe("2.121");
    expect(formatNumber(27836.4, "nl")).toBe("27.836,4");
    expect(formatNumber(0.0112, "en")).toBe("0.011");
    expect(formatNumber(2121, "en")).toBe("2,121");
    expect(formatNumber(-0.0001, "nl")).toBe("0");
    expect(formatNumber(null, "nl")).toBe("–");
    expect(formatPercent(0.134, "nl")).toBe("13%");
    expect(formatDate("2023-10-01", "nl")).toBe("1 oktober 2023");
    expect(formatDate("2023-10-01", "en")).toBe("1 October 2023");
  });
});
