/**
 * Excel's habits in numeric and id columns, and ids that only look alike (issue 14 item 4, issue 21
 * item 4): every value is read or reported with file, row, column and value, never silently changed.
 */
import { describe, expect, it } from "vitest";
import { type EcoNetwork, readNodeEdgeLists } from "../../src/index.ts";
import { csv, load, ORGS, summaryOf, withCode } from "./helpers.ts";

/** data rows = imported + rejected + blank, for every file of the import. */
function accounted(net: EcoNetwork): EcoNetwork {
  for (const f of net.report.files) expect(f.imported + f.rejected + f.blank).toBe(f.dataRows);
  return net;
}

const weightsOf = (net: EcoNetwork) => net.relations.map((r) => r.weight);

describe("decimal commas and thousands separators in every numeric column", () => {
  it("weights in a ; file: 1.234,5 / 1,5 / 1 234 / 1234,5", () => {
    const net = accounted(
      load([
        ORGS,
        csv("relations.csv", [
          "source_id;target_id;relation_type;weight",
          "bib;jh;joint_activity;1.234,5",
          "bib;school;joint_activity;1,5",
          "jh;school;joint_activity;1 234",
          "school;bib;referral;1234,5",
        ]),
      ]),
    );
    expect(weightsOf(net)).toEqual([1234.5, 1.5, 1234, 1234.5]);
    expect(net.report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("weights in a , file, quoted as Excel writes them", () => {
    const net = accounted(
      load([
        ORGS,
        csv("relations.csv", [
          "source_id,target_id,relation_type,weight",
          'bib,jh,joint_activity,"1.234,5"',
          'bib,school,joint_activity,"1,5"',
          "jh,school,joint_activity,1 234",
          "school,bib,referral,1234.5",
        ]),
      ]),
    );
    expect(weightsOf(net)).toEqual([1234.5, 1.5, 1234, 1234.5]);
  });

  it("every other numeric column too: fte, volunteers, members, coordinates", () => {
    const net = accounted(
      load([
        csv("organisations.csv", [
          "org_id;name;staff_fte;volunteers;members;lat;lon",
          "a;A;1.234,5;1.250;2 500;50,8503;2,885",
          "b;B;0,5;12;1 000 000;51,2;3,1",
        ]),
      ]),
    );
    const [a, b] = net.organisations;
    expect([a.staff_fte, a.volunteers, a.members, a.lat, a.lon]).toEqual([
      1234.5, 1250, 2500, 50.8503, 2.885,
    ]);
    expect([b.staff_fte, b.volunteers, b.members, b.lat, b.lon]).toEqual([0.5, 12, 1_000_000, 51.2, 3.1]);
  });

  it("a weight that cannot be a number is reported with file, row, column and value", () => {
    const net = accounted(
      load([ORGS, csv("relaties.csv", ["van;naar;soort;gewicht", "bib;jh;joint_activity;1,2,3"])]),
    );
    expect(withCode(net, "INVALID_NUMBER")).toMatchObject([
      { file: "relaties.csv", row: 2, column: "gewicht", value: "1,2,3" },
    ]);
  });
});

describe("ids Excel turned into scientific notation", () => {
  const net = accounted(
    load([
      csv("organisaties.csv", ["org_id;naam", "1,23457E+11;Vzw Een", "1.23E+05;Vzw Twee", "123456;Vzw Drie"]),
      csv("relaties.csv", ["van;naar;soort", "1,23457E+11;123456;joint_activity"]),
    ]),
  );

  it("are reported with file, row, column and value, and kept as written", () => {
    expect(withCode(net, "ID_SCIENTIFIC_NOTATION")).toMatchObject([
      { severity: "warning", file: "organisaties.csv", row: 2, column: "org_id", value: "1,23457E+11" },
      { severity: "warning", file: "organisaties.csv", row: 3, column: "org_id", value: "1.23E+05" },
      { severity: "warning", file: "relaties.csv", row: 2, column: "van", value: "1,23457E+11" },
    ]);
    expect(net.organisations.map((o) => o.org_id)).toEqual(["1,23457E+11", "1.23E+05", "123456"]);
    expect(net.relations).toHaveLength(1);
    expect(withCode(net, "ID_SCIENTIFIC_NOTATION")[0].message.nl).toContain("wetenschappelijke notatie");
  });
});

describe("ids that differ only by case or spaces", () => {
  it("case: both kept, a warning names both rows", () => {
    const net = accounted(
      load([csv("organisations.csv", ["org_id,name", "bib,Bib Ieper", "jh,Jeugdhuis", "BIB,Bib Ieper (2)"])]),
    );
    expect(net.organisations.map((o) => o.org_id)).toEqual(["bib", "jh", "BIB"]);
    const [f] = withCode(net, "SIMILAR_ID");
    expect(f).toMatchObject({
      severity: "warning",
      file: "organisations.csv",
      row: 4,
      column: "org_id",
      value: "BIB",
    });
    expect(f.message.en).toContain('"bib" (row 2)');
    expect(f.message.en).toContain("upper/lower case");
    expect(f.message.nl).toContain("rij 4");
  });

  it("inner spaces: both kept, a warning names both rows (also across files)", () => {
    const net = accounted(
      load([
        csv("organisations.csv", ["org_id,name", "bib ieper,Bib"]),
        csv("organisations_extra.csv", ["org_id,name", "bibieper,Bib 2", "Bib  Ieper,Bib 3"]),
      ]),
    );
    const found = withCode(net, "SIMILAR_ID");
    expect(found.map((f) => [f.file, f.row, f.value])).toEqual([
      ["organisations_extra.csv", 2, "bibieper"],
      ["organisations_extra.csv", 3, "Bib  Ieper"],
    ]);
    expect(found[0].message.en).toContain("organisations.csv row 2");
    expect(found[1].message.en).toContain("upper/lower case and spaces");
  });

  it("leading and trailing spaces: the same id, the second row is a duplicate naming the first", () => {
    const net = accounted(load([csv("organisations.csv", ["org_id,name", "bib,Bib", '" bib ",Bib again'])]));
    expect(net.organisations).toHaveLength(1);
    expect(withCode(net, "DUPLICATE_ID")).toMatchObject([{ row: 3, column: "org_id", value: "bib" }]);
    expect(withCode(net, "DUPLICATE_ID")[0].message.en).toContain("row 2");
    expect(summaryOf(net, "organisations.csv")).toMatchObject({ dataRows: 2, imported: 1, rejected: 1 });
  });
});

describe("the same id in NFC and NFD", () => {
  const NFC = "caf\u00E9";
  const NFD = "cafe\u0301";

  it("is one organisation, and the tie between its two spellings is a self-reference, not a new node", () => {
    const net = accounted(
      load([
        csv("organisations.csv", ["org_id,name", `${NFC},Café`, "bib,Bib"]),
        csv("relations.csv", ["source_id,target_id,relation_type", `${NFD},bib,joint_activity`]),
      ]),
    );
    expect(net.graph.order).toBe(2);
    expect(net.relations.map((r) => [r.source_id, r.target_id])).toEqual([[NFC, "bib"]]);
    expect(withCode(net, "UNICODE_NORMALISED")).toMatchObject([
      { severity: "info", file: "relations.csv", row: 2, column: "source_id", value: NFD },
    ]);
  });

  it("two rows with the two forms are one id: the second is a duplicate", () => {
    const net = accounted(
      load([csv("organisations.csv", ["org_id,name", `${NFC},Café`, `${NFD},Café (Mac)`])]),
    );
    expect(net.organisations.map((o) => o.org_id)).toEqual([NFC]);
    expect(withCode(net, "DUPLICATE_ID")).toMatchObject([{ row: 3 }]);
    expect(withCode(net, "UNICODE_NORMALISED")).toMatchObject([{ row: 3, value: NFD }]);
  });
});

describe("control and bidi characters in ids and names", () => {
  const net = accounted(
    load([
      csv("organisations.csv", [
        "org_id,name",
        "bib\u202E,Bib \u202Erepeel",
        "jh\u001B,Jeugdhuis\u001B]0;pwned\u0007",
        'ok,"Line one\nline two"',
      ]),
    ]),
  );

  it("are removed and reported, made visible in the value", () => {
    expect(net.organisations.map((o) => [o.org_id, o.name])).toEqual([
      ["bib", "Bib repeel"],
      ["jh", "Jeugdhuis]0;pwned"],
      ["ok", "Line one\nline two"],
    ]);
    const found = withCode(net, "CONTROL_CHARACTER");
    expect(found.map((f) => [f.row, f.column, f.value])).toEqual([
      [2, "org_id", "bib⟦U+202E⟧"],
      [2, "name", "Bib ⟦U+202E⟧repeel"],
      [3, "org_id", "jh⟦U+001B⟧"],
      [3, "name", "Jeugdhuis⟦U+001B⟧]0;pwned⟦U+0007⟧"],
    ]);
    expect(found[3].message.en).toContain("U+001B, U+0007");
  });

  it("in a list value too: removed and reported, then the value is matched", () => {
    const n = load([csv("organisations.csv", ["org_id,name,org_type", "a,A,bibliotheek\u202E"])]);
    expect(n.organisations[0].org_type).toBe("library");
    expect(withCode(n, "CONTROL_CHARACTER")).toMatchObject([
      { row: 2, column: "org_type", value: "bibliotheek⟦U+202E⟧" },
    ]);
  });

  it("zero-width characters stay INVISIBLE_CHARACTER, not CONTROL_CHARACTER", () => {
    const n = load([csv("organisations.csv", ["org_id,name", "a\u200Bb,AB"])]);
    expect(withCode(n, "INVISIBLE_CHARACTER")).toHaveLength(1);
    expect(withCode(n, "CONTROL_CHARACTER")).toEqual([]);
  });
});

describe("generic node and edge lists: the same Excel habits", () => {
  const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });

  it.each([
    [",", ['a,b,"1.234,5"', 'a,c,"1,5"', "b,c,1 234", "c,d,1.5"]],
    [";", ["a;b;1.234,5", "a;c;1,5", "b;c;1 234", "c;d;1,5"]],
  ])("weights with decimal commas and thousands separators (%s file)", (sep, rows) => {
    const net = readNodeEdgeLists(text("edges.csv", [`source${sep}target${sep}weight`, ...rows].join("\n")));
    expect(net.graph.mapEdges((_, a) => a.weight)).toEqual([1234.5, 1.5, 1234, 1.5]);
    expect(net.report.findings).toEqual([]);
  });

  it("scientific-notation ids reported, NFD ids normalised and reported, with row, column and value", () => {
    const net = readNodeEdgeLists(
      text("edges.csv", 'source,target\n"1,23457E+11",cafe\u0301\n'),
      text("nodes.csv", 'id,label\n"1,23457E+11",x\ncaf\u00E9,y\n'),
    );
    expect(net.graph.nodes()).toEqual(["1,23457E+11", "caf\u00E9"]);
    expect(net.graph.size).toBe(1);
    expect(net.report.findings.map((f) => [f.code, f.file, f.row, f.column, f.value])).toEqual([
      ["ID_SCIENTIFIC_NOTATION", "edges.csv", 2, "source", "1,23457E+11"],
      ["UNICODE_NORMALISED", "edges.csv", 2, "target", "cafe\u0301"],
      ["ID_SCIENTIFIC_NOTATION", "nodes.csv", 2, "id", "1,23457E+11"],
    ]);
  });
});
