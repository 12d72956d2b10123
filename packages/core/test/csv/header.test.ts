import { describe, expect, it } from "vitest";
import { columnLabel, columnLetter, findDuplicateHeaders, normaliseHeader } from "../../src/csv/header.ts";

describe("normaliseHeader", () => {
  it.each([
    ["org_id", "org_id"],
    ["  Organisatie ID ", "organisatie_id"],
    ["\uFEFForg_id", "org_id"],
    ["Thema's / Domeinen", "thema's_domeinen"],
    ["Leeftijd.Van", "leeftijd_van"],
    ["NIS-code", "nis_code"],
    ["Geïntegreerd  Niveau", "geintegreerd_niveau"],
    ["Coöperatie", "cooperatie"],
    ["Naam\u00A0organisatie", "naam_organisatie"],
    ["_x__y_", "x_y"],
    ["-- Breedtegraad --", "breedtegraad"],
    ["PEILDATUM", "peildatum"],
    ["ﬁets", "fiets"], // NFKD folds the ligature
    ["", ""],
  ])("%j -> %j", (raw, want) => {
    expect(normaliseHeader(raw)).toBe(want);
  });
});

describe("column letters and labels", () => {
  it.each([
    [0, "A"],
    [2, "C"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%i -> %s", (i, letter) => {
    expect(columnLetter(i)).toBe(letter);
  });
  it("labels in both languages", () => {
    expect(columnLabel(6, "en")).toBe("column 7 (G)");
    expect(columnLabel(6, "nl")).toBe("kolom 7 (G)");
  });
});

describe("findDuplicateHeaders", () => {
  it("compares normalised names and pairs each repeat with the first", () => {
    expect(findDuplicateHeaders(["id", "Naam", "x", "naam ", "", "", "NAAM"])).toEqual([
      { normalised: "naam", first: 1, duplicate: 3 },
      { normalised: "naam", first: 1, duplicate: 6 },
    ]);
  });
  it("treats __proto__ and constructor as ordinary names", () => {
    expect(findDuplicateHeaders(["__proto__", "constructor", "__proto__"])).toEqual([
      { normalised: "proto", first: 0, duplicate: 2 },
    ]);
    expect(findDuplicateHeaders(["constructor", "toString"])).toEqual([]);
  });
});
