/** Every finding code the importer emits, each provoked by a small hand-written file. */
import { describe, expect, it } from "vitest";
import { csv, load, ORGS, summaryOf, withCode } from "./helpers.ts";

describe("file-level findings", () => {
  it("UNKNOWN_FILE: a file that is neither named nor shaped like an inventory file is reported", () => {
    const net = load([ORGS, csv("notes.csv", ["foo,bar", "1,2"])]);
    const [f] = withCode(net, "UNKNOWN_FILE");
    expect(f).toMatchObject({ severity: "warning", file: "notes.csv" });
    expect(net.report.files.map((s) => s.file)).toEqual(["organisations.csv"]);
  });

  it("FILE_KIND_FROM_HEADERS: an oddly named file is recognised by its columns", () => {
    const net = load([ORGS, csv("export.csv", ["van,naar,relatietype", "bib,jh,doorverwijzing"])]);
    expect(withCode(net, "FILE_KIND_FROM_HEADERS")[0]).toMatchObject({
      severity: "info",
      file: "export.csv",
    });
    expect(summaryOf(net, "export.csv").kind).toBe("relations");
    expect(net.relations).toHaveLength(1);
  });

  it("UNKNOWN_COLUMN: one warning per unknown column, values kept as extra and node attribute", () => {
    const net = load([csv("organisations.csv", ["org_id,name,favourite colour", "a,A,blue", "b,B,red"])]);
    const found = withCode(net, "UNKNOWN_COLUMN");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", row: 1, column: "favourite colour" });
    expect(net.organisations[0].extra["favourite colour"]).toBe("blue");
    expect(net.graph.getNodeAttribute("b", "favourite colour")).toBe("red");
  });

  it("an empty, nameless trailing column (Excel's `;;`) is ignored silently", () => {
    const net = load([csv("organisations.csv", ["org_id;name;;", "a;A;;", "b;B;;"])]);
    expect(withCode(net, "UNKNOWN_COLUMN")).toEqual([]);
    expect(net.organisations).toHaveLength(2);
  });

  it("a nameless column with values: EMPTY_HEADER from the CSV layer, values kept as extra column_<letter>", () => {
    const net = load([csv("organisations.csv", ["org_id;name;", "a;A;note"])]);
    expect(net.report.findings.map((f) => f.code)).toContain("EMPTY_HEADER");
    expect(withCode(net, "UNKNOWN_COLUMN")).toEqual([]);
    expect(net.organisations[0].extra.column_C).toBe("note");
  });

  it("DUPLICATE_COLUMN: two headers for one field; the canonical name wins over an alias", () => {
    const net = load([csv("organisations.csv", ["org_id,naam,name", "a,Eerste,Second"])]);
    expect(withCode(net, "DUPLICATE_COLUMN")[0]).toMatchObject({ severity: "warning", column: "naam" });
    expect(net.organisations[0].name).toBe("Second");
    expect(net.organisations[0].extra.naam).toBe("Eerste");
  });

  it("DUPLICATE_COLUMN: of two aliases, the leftmost counts", () => {
    const net = load([csv("organisations.csv", ["org_id,naam,organisatienaam", "a,Eerste,Tweede"])]);
    expect(withCode(net, "DUPLICATE_COLUMN")[0]).toMatchObject({ column: "organisatienaam" });
    expect(net.organisations[0].name).toBe("Eerste");
  });

  it("MISSING_COLUMN (error): without an id column no row is imported", () => {
    const net = load([csv("organisations.csv", ["name,org_type", "A,library", "B,library"])]);
    expect(withCode(net, "MISSING_COLUMN")[0]).toMatchObject({ severity: "error", row: 1 });
    expect(summaryOf(net, "organisations.csv")).toMatchObject({ dataRows: 2, imported: 0, rejected: 2 });
  });

  it("MISSING_COLUMN (info): relations without a type column get the generic type 'tie'", () => {
    const net = load([ORGS, csv("relations.csv", ["source_id,target_id", "bib,jh"])]);
    expect(withCode(net, "MISSING_COLUMN")[0]).toMatchObject({ severity: "info", file: "relations.csv" });
    expect(net.relations[0].relation_type).toBe("tie");
  });

  it("TYPE_COLUMN_IS_DIRECTION: Gephi's Type=Directed/Undirected is read as direction", () => {
    const net = load([
      ORGS,
      csv("relations.csv", ["Source,Target,Type", "bib,jh,Directed", "jh,school,Undirected"]),
    ]);
    expect(withCode(net, "TYPE_COLUMN_IS_DIRECTION")[0]).toMatchObject({ severity: "info", column: "Type" });
    expect(net.relations.map((r) => [r.relation_type, r.directed])).toEqual([
      ["tie", true],
      ["tie", false],
    ]);
  });
});

describe("row-level findings", () => {
  it("MISSING_REQUIRED: an empty required value rejects the row (error)", () => {
    const net = load([csv("organisations.csv", ["org_id,name", "a,A", ",No id", "c,"])]);
    const found = withCode(net, "MISSING_REQUIRED");
    expect(found.map((f) => [f.severity, f.row, f.column])).toEqual([
      ["error", 3, "org_id"],
      ["error", 4, "name"],
    ]);
    expect(net.organisations.map((o) => o.org_id)).toEqual(["a"]);
  });

  it("DUPLICATE_ID: the first row is kept, the duplicate names the row of the first", () => {
    const net = load([csv("organisations.csv", ["org_id,name", "a,First", "b,B", "a,Second"])]);
    const [f] = withCode(net, "DUPLICATE_ID");
    expect(f).toMatchObject({ severity: "error", row: 4, column: "org_id", value: "a" });
    expect(f.message.en).toContain("row 2");
    expect(f.message.nl).toContain("rij 2");
    expect(net.organisations.find((o) => o.org_id === "a")?.name).toBe("First");
  });

  it("DUPLICATE_ID across two organisation files names the other file", () => {
    const net = load([
      csv("organisations.csv", ["org_id,name", "a,A"]),
      csv("partners.csv", ["org_id,name", "a,A again"]),
    ]);
    expect(withCode(net, "DUPLICATE_ID")[0].message.en).toContain("organisations.csv row 2");
  });

  it("INVISIBLE_CHARACTER: says which character was removed from an id", () => {
    const net = load([csv("organisations.csv", ["org_id,name", "bib\u200B,Bib", "\u00A0jh,JH"])]);
    const found = withCode(net, "INVISIBLE_CHARACTER");
    expect(found.map((f) => f.value)).toEqual(["bib⟦U+200B⟧", "⟦U+00A0⟧jh"]);
    expect(found[0].message.en).toContain("U+200B");
    expect(net.organisations.map((o) => o.org_id)).toEqual(["bib", "jh"]);
  });

  it("INVALID_NUMBER / INVALID_INTEGER: value left out, row imported, expected format given", () => {
    const net = load([csv("organisations.csv", ["org_id;name;vte;vrijwilligers", "a;A;veel;3,5"])]);
    expect(withCode(net, "INVALID_NUMBER")[0]).toMatchObject({
      column: "vte",
      value: "veel",
      severity: "warning",
    });
    expect(withCode(net, "INVALID_INTEGER")[0]).toMatchObject({ column: "vrijwilligers", value: "3,5" });
    expect(withCode(net, "INVALID_INTEGER")[0].message.nl).toContain("geheel getal");
    expect(net.organisations[0].staff_fte).toBeUndefined();
    expect(net.organisations[0].volunteers).toBeUndefined();
  });

  it("INVALID_BOOLEAN and INVALID_DATE", () => {
    const net = load([
      csv("organisations.csv", ["org_id,name,uitpas,toegetreden_op", "a,A,misschien,31/02/2024"]),
    ]);
    expect(withCode(net, "INVALID_BOOLEAN")[0]).toMatchObject({ column: "uitpas", value: "misschien" });
    expect(withCode(net, "INVALID_DATE")[0]).toMatchObject({ column: "toegetreden_op", value: "31/02/2024" });
    expect(net.organisations).toHaveLength(1);
  });

  it("KBO_FORMAT and INVALID_KBO; a 9-digit number gets its leading zero back", () => {
    // 0123.456.749 is valid: 97 - (01234567 mod 97) = 97 - 48 = 49.
    const net = load([
      csv("organisations.csv", ["org_id;name;kbo", "a;A;123456749", "b;B;0123.456.748", "c;C;ABC"]),
    ]);
    expect(net.organisations.map((o) => o.kbo_number)).toEqual(["0123456749", "0123456748", undefined]);
    expect(withCode(net, "INVALID_KBO").map((f) => f.row)).toEqual([3]);
    expect(withCode(net, "KBO_FORMAT").map((f) => f.row)).toEqual([4]);
  });

  it("OUT_OF_RANGE: a negative weight or a level of 5 is left out", () => {
    const net = load([ORGS, csv("relations.csv", ["van;naar;type;gewicht;niveau", "bib;jh;referral;-2;5"])]);
    expect(withCode(net, "OUT_OF_RANGE").map((f) => f.column)).toEqual(["gewicht", "niveau"]);
    expect(net.relations[0].weight).toBe(1);
    expect(net.relations[0].level).toBeUndefined();
  });

  it("UNKNOWN_VOCABULARY: kept as other:<raw>, with valid choices in the message", () => {
    const net = load([csv("organisations.csv", ["org_id,name,type", "a,A,bibliothek"])]);
    const [f] = withCode(net, "UNKNOWN_VOCABULARY");
    expect(f).toMatchObject({ severity: "warning", column: "type", value: "bibliothek" });
    // Choices by their label (accepted as input too), never as a vocabulary code.
    expect(f.message.nl).toContain('"Bibliotheek"');
    expect(f.message.en).toContain('"Library"');
    expect(f.message.en).not.toMatch(/other:|_/);
    expect(net.organisations[0].org_type).toBe("other:bibliothek");
    expect(net.organisations[0].sector).toBeUndefined();
  });
});

describe("places", () => {
  it("NO_LOCATION_COLUMNS: one note for a file without any place column, no per-row warnings", () => {
    const net = load([csv("organisations.csv", ["org_id,name", "a,A", "b,B"])]);
    expect(net.report.findings.map((f) => [f.severity, f.code, f.row])).toEqual([
      ["info", "NO_LOCATION_COLUMNS", undefined],
    ]);
  });

  it("UNKNOWN_NIS_CODE, UNKNOWN_MUNICIPALITY, MISSING_LOCATION", () => {
    const net = load([
      csv("organisations.csv", ["org_id,name,nis,gemeente", "a,A,99999,", "b,B,,Atlantis", "c,C,,"]),
    ]);
    expect(withCode(net, "UNKNOWN_NIS_CODE")[0]).toMatchObject({ row: 2, column: "nis", value: "99999" });
    expect(withCode(net, "UNKNOWN_MUNICIPALITY")[0]).toMatchObject({ row: 3, column: "gemeente" });
    expect(withCode(net, "MISSING_LOCATION")[0]).toMatchObject({ row: 4 });
    expect(net.organisations).toHaveLength(3);
  });

  it("MERGED_MUNICIPALITY: an old NIS code or name maps to today's municipality (info)", () => {
    const net = load([
      csv("organisations.csv", ["org_id,name,nis_code,municipality", "a,A,73040,", "b,B,,kortessem"]),
    ]);
    expect(withCode(net, "MERGED_MUNICIPALITY").map((f) => [f.severity, f.row, f.value])).toEqual([
      ["info", 2, "73040"],
      ["info", 3, "kortessem"],
    ]);
    expect(net.organisations.map((o) => [o.nis_code, o.municipality])).toEqual([
      ["71072", "Hasselt"],
      ["71072", "Hasselt"],
    ]);
  });

  it("a name alone resolves to its NIS code (case and accents ignored)", () => {
    const net = load([csv("organisations.csv", ["org_id,name,gemeente", "a,A,IEPER", "b,B,ypres"])]);
    expect(net.organisations.map((o) => o.nis_code)).toEqual(["33011", "33011"]);
    expect(net.report.warnings).toBe(0);
  });

  it("MUNICIPALITY_MISMATCH: the NIS code wins", () => {
    const net = load([csv("organisations.csv", ["org_id,name,nis_code,gemeente", "a,A,33011,Poperinge"])]);
    expect(withCode(net, "MUNICIPALITY_MISMATCH")[0]).toMatchObject({
      severity: "warning",
      value: "Poperinge",
    });
    expect(net.organisations[0].nis_code).toBe("33011");
  });

  it("municipalities.csv in the inventory replaces the reference list", () => {
    const net = load([
      csv("gemeenten.csv", ["nis_code,naam,provincie", "11111,Testdorp,Test", "11111,Dubbel,Test"]),
      csv("organisations.csv", ["org_id,name,gemeente", "a,A,Testdorp", "b,B,Ieper"]),
    ]);
    expect(net.municipalities.map((m) => m.name_nl)).toEqual(["Testdorp"]);
    expect(net.organisations[0].nis_code).toBe("11111");
    expect(withCode(net, "UNKNOWN_MUNICIPALITY")[0]).toMatchObject({ value: "Ieper" });
    expect(withCode(net, "DUPLICATE_ID")[0]).toMatchObject({ file: "gemeenten.csv", row: 3 });
    expect(summaryOf(net, "gemeenten.csv")).toMatchObject({ dataRows: 2, imported: 1, rejected: 1 });
  });
});

describe("references between files", () => {
  const BARRIERS = csv("barriers.csv", [
    "barrier_id,barrier_type,target_group,org_id,offering_id",
    "d1,financieel,kortgeschoolden,bib,",
    "d2,taal,anderstaligen,ghost,nope",
  ]);

  it("UNKNOWN_ORGANISATION (error): a relation to an unknown organisation is not imported, nothing is created", () => {
    const net = load([
      ORGS,
      csv("relations.csv", ["source_id,target_id,relation_type", "bib,Bib2,referral"]),
    ]);
    const [f] = withCode(net, "UNKNOWN_ORGANISATION");
    expect(f).toMatchObject({ severity: "error", row: 2, column: "target_id", value: "Bib2" });
    expect(net.graph.hasNode("Bib2")).toBe(false);
    expect(net.graph.order).toBe(3);
  });

  it("NO_ORGANISATIONS_FILE: a relations file on its own explains once why every row fails", () => {
    const net = load([csv("relaties.csv", ["van,naar,type", "a,b,referral", "b,c,funding"])]);
    expect(withCode(net, "NO_ORGANISATIONS_FILE").map((f) => [f.severity, f.file, f.row])).toEqual([
      ["error", "relaties.csv", undefined],
    ]);
    expect(withCode(net, "UNKNOWN_ORGANISATION").map((f) => f.row)).toEqual([2, 3]);
    expect(net.graph.order).toBe(0);
  });

  it("UNKNOWN_ORGANISATION suggests an id that differs only in case", () => {
    const net = load([ORGS, csv("relations.csv", ["source_id,target_id,relation_type", "BIB,jh,referral"])]);
    expect(withCode(net, "UNKNOWN_ORGANISATION")[0].message.en).toContain('Did you mean "bib"');
  });

  it("UNKNOWN_ORGANISATION points at the rejected organisation row when there is one", () => {
    const net = load([
      csv("organisations.csv", ["org_id,name", "a,A", "b,"]),
      csv("relations.csv", ["source_id,target_id,relation_type", "a,b,referral"]),
    ]);
    expect(withCode(net, "UNKNOWN_ORGANISATION")[0].message.en).toContain("organisations.csv row 3");
  });

  it("UNKNOWN_ORGANISATION (warning) and UNKNOWN_OFFERING: optional references are left out", () => {
    const net = load([ORGS, BARRIERS]);
    const orgWarn = withCode(net, "UNKNOWN_ORGANISATION");
    expect(orgWarn.map((f) => [f.severity, f.row, f.value])).toEqual([["warning", 3, "ghost"]]);
    expect(withCode(net, "UNKNOWN_OFFERING")[0]).toMatchObject({ severity: "warning", value: "nope" });
    expect(net.barriers.map((b) => [b.barrier_id, b.org_id, b.barrier_group])).toEqual([
      ["d1", "bib", "situational"],
      ["d2", undefined, "institutional"],
    ]);
  });

  it("UNKNOWN_BARRIER and DUPLICATE_COMMITMENT", () => {
    const net = load([
      ORGS,
      BARRIERS,
      csv("barrier_commitments.csv", [
        "drempel_id,organisatie,engagement",
        "d1,jh,toeleiding",
        "d9,jh,toeleiding",
        "d1,ghost,vervoer",
        "d1,jh,outreach",
      ]),
    ]);
    expect(withCode(net, "UNKNOWN_BARRIER")[0]).toMatchObject({ severity: "error", row: 3, value: "d9" });
    expect(withCode(net, "UNKNOWN_ORGANISATION").filter((f) => f.severity === "error")[0]).toMatchObject({
      file: "barrier_commitments.csv",
      row: 4,
    });
    expect(withCode(net, "DUPLICATE_COMMITMENT")[0]).toMatchObject({ row: 5 });
    expect(net.commitments.map((c) => [c.barrier_id, c.org_id, c.commitment_type])).toEqual([
      ["d1", "jh", "outreach"],
    ]);
    expect(summaryOf(net, "barrier_commitments.csv")).toMatchObject({
      dataRows: 4,
      imported: 1,
      rejected: 3,
    });
  });

  it("BARRIER_GROUP_MISMATCH: the group follows from the type", () => {
    const net = load([
      ORGS,
      csv("drempels.csv", [
        "drempel_id;drempeltype;doelgroep;drempelgroep",
        "d;financieel;kinderen;dispositioneel",
      ]),
    ]);
    expect(withCode(net, "BARRIER_GROUP_MISMATCH")[0]).toMatchObject({ value: "dispositional" });
    expect(net.barriers[0].barrier_group).toBe("situational");
  });

  it("offerings: unknown provider rejects, unknown co-organiser and next step are left out (UNKNOWN_NEXT_STEP)", () => {
    const net = load([
      ORGS,
      csv("leerkansen.csv", [
        "leerkans_id;organisator;medeorganisatoren;titel;doorstroom_naar",
        "o1;bib;jh, ghost;Voorleesuur;o2, school, nowhere",
        "o2;school;;Leesclub;",
        "o3;ghost;;Spookaanbod;",
      ]),
    ]);
    expect(net.offerings.map((o) => [o.offering_id, o.co_org_ids, o.next_step_ids])).toEqual([
      ["o1", ["jh"], ["o2", "school"]],
      ["o2", [], []],
    ]);
    expect(withCode(net, "UNKNOWN_NEXT_STEP")[0]).toMatchObject({
      severity: "warning",
      row: 2,
      value: "nowhere",
    });
    expect(withCode(net, "UNKNOWN_ORGANISATION").map((f) => [f.severity, f.row, f.column])).toEqual([
      ["warning", 2, "medeorganisatoren"],
      ["error", 4, "organisator"],
    ]);
  });
});

describe("relations: self-loops, duplicates and multiplex ties", () => {
  const RELS = csv("relations.csv", [
    "source_id,target_id,relation_type,wave",
    "bib,jh,joint_activity,2024",
    "jh,bib,joint_activity,2024", // undirected: the same tie reversed -> duplicate
    "bib,jh,information_sharing,2024", // another type: multiplex, kept
    "bib,jh,joint_activity,2025", // another wave: kept
    "bib,jh,referral,2024",
    "jh,bib,referral,2024", // directed: the other direction is a different tie
    "bib,jh,referral,2024", // directed duplicate
    "bib,bib,governance,2024", // self-loop
  ]);

  it("DUPLICATE_RELATION: first kept, later duplicates set aside; SELF_LOOP kept with a warning", () => {
    const net = load([ORGS, RELS]);
    expect(withCode(net, "DUPLICATE_RELATION").map((f) => [f.severity, f.row])).toEqual([
      ["warning", 3],
      ["warning", 8],
    ]);
    expect(withCode(net, "DUPLICATE_RELATION")[1].message.en).toContain("row 6");
    expect(withCode(net, "SELF_LOOP").map((f) => [f.severity, f.row])).toEqual([["warning", 9]]);
    expect(net.relations.map((r) => r.row)).toEqual([2, 4, 5, 6, 7, 9]);
    expect(summaryOf(net, "relations.csv")).toMatchObject({
      dataRows: 8,
      imported: 6,
      rejected: 2,
      blank: 0,
    });
    expect(net.graph.size).toBe(6);
    expect(net.graph.hasEdge("r:relations.csv:9")).toBe(true);
  });
});

describe("CSV-level problems from the CSV layer", () => {
  it("a row with too many cells is rejected; a short row is imported with empty cells", () => {
    const net = load([
      csv("organisations.csv", ["org_id,name,org_type", "a,A,library,extra", "b,B", "c,C,library"]),
    ]);
    const ragged = withCode(net, "RAGGED_ROW");
    expect(ragged.map((f) => [f.severity, f.row])).toEqual([
      ["error", 2],
      ["warning", 3],
    ]);
    expect(net.organisations.map((o) => o.org_id)).toEqual(["b", "c"]);
    expect(summaryOf(net, "organisations.csv")).toMatchObject({ dataRows: 3, imported: 2, rejected: 1 });
  });

  it("an unclosed quote: the swallowing row is rejected and counted", () => {
    const net = load([csv("organisations.csv", ["org_id,name", "a,A", 'b,"B', "c,C"])]);
    expect(withCode(net, "UNCLOSED_QUOTE")[0]).toMatchObject({ severity: "error", row: 3 });
    expect(net.organisations.map((o) => o.org_id)).toEqual(["a"]);
    const s = summaryOf(net, "organisations.csv");
    expect(s.imported + s.rejected + s.blank).toBe(s.dataRows);
    expect(s.rejected).toBe(1);
  });
});
