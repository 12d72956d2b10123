/** The import report's promises: every row accounted for, complete findings, sorted, and safe ids. */
import { describe, expect, it } from "vitest";
import { importInventory } from "../../src/index.ts";
import { csv, load, ORGS, summaryOf } from "./helpers.ts";

const MESSY = [
  csv("organisations.csv", [
    "org_id,name,org_type,nis_code",
    "a,A,library,33011",
    "",
    "a,A again,library,33011", // duplicate id
    ",nameless,,", // missing id
    "b,B,jeugdhuis,33021,too,many", // ragged (long)
    "c,C,bibliotheek,",
    ",,,",
  ]),
  csv("relations.csv", [
    "source_id,target_id,relation_type,level",
    "a,c,referral,2",
    "a,c,referral,3", // duplicate relation
    "a,zz,referral,", // unknown org
    ",c,referral,", // missing source
    "c,c,governance,", // self-loop (kept)
    "",
  ]),
];

describe("import report", () => {
  const net = load(MESSY);

  it("data rows = imported + rejected + blank, with hand-counted numbers", () => {
    expect(summaryOf(net, "organisations.csv")).toMatchObject({
      dataRows: 7,
      imported: 2,
      rejected: 3,
      blank: 2,
    });
    expect(summaryOf(net, "relations.csv")).toMatchObject({
      dataRows: 6,
      imported: 2,
      rejected: 3,
      blank: 1,
    });
    for (const s of net.report.files) expect(s.imported + s.rejected + s.blank).toBe(s.dataRows);
  });

  it("every rejected row has an error finding on that row", () => {
    const errorRows = (file: string) => [
      ...new Set(
        net.report.findings.filter((f) => f.file === file && f.severity === "error").map((f) => f.row),
      ),
    ];
    expect(errorRows("organisations.csv")).toEqual([4, 5, 6]);
    expect(errorRows("relations.csv")).toEqual([4, 5]); // the duplicate relation (row 3) is a warning
  });

  it("every finding has severity, code, file, message in nl and en; counts match", () => {
    for (const f of net.report.findings) {
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.code).toMatch(/^[A-Z_]+$/);
      expect(f.file).not.toBe("");
      expect(f.message.nl.length).toBeGreaterThan(10);
      expect(f.message.en.length).toBeGreaterThan(10);
      expect(f.message.nl).not.toBe(f.message.en);
    }
    expect(net.report.errors).toBe(net.report.findings.filter((f) => f.severity === "error").length);
    expect(net.report.warnings).toBe(net.report.findings.filter((f) => f.severity === "warning").length);
  });

  it("findings are sorted by file, then row, then column position", () => {
    const keys = net.report.findings.map((f) => [f.file, f.row ?? 0]);
    const sorted = [...keys].sort((x, y) =>
      x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : Number(x[1]) - Number(y[1]),
    );
    expect(keys).toEqual(sorted);
    // The NIS check runs after the value checks, yet its finding sorts first: its column comes first.
    const row2 = load([csv("organisations.csv", ["org_id,nis,name,vte,uitpas", "a,99999,A,x,misschien"])])
      .report.findings;
    expect(row2.map((f) => f.column)).toEqual(["nis", "vte", "uitpas"]);
  });

  it("no input files: an empty network and report", () => {
    const empty = importInventory([]);
    expect(empty.graph.order).toBe(0);
    expect(empty.report).toEqual({ files: [], findings: [], errors: 0, warnings: 0 });
  });

  it("a header-only file: zero rows, no error", () => {
    const n = load([csv("organisations.csv", ["org_id,name"])]);
    expect(summaryOf(n, "organisations.csv")).toMatchObject({
      dataRows: 0,
      imported: 0,
      rejected: 0,
      blank: 0,
    });
    expect(n.report.errors).toBe(0);
  });

  it("is deterministic: the same input gives the same report", () => {
    expect(JSON.stringify(load(MESSY).report)).toBe(JSON.stringify(net.report));
  });

  it("the report is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(net.report))).toEqual(net.report);
  });
});

describe("`__proto__` and `constructor` are ordinary ids and headers", () => {
  const net = load([
    csv("partners.csv", [
      "org_id,name,__proto__,constructor",
      "__proto__,Proto,x,y",
      "constructor,Ctor,,",
      "toString,TS,,",
    ]),
    csv("relations.csv", [
      "source_id,target_id,relation_type",
      "__proto__,constructor,referral",
      "constructor,toString,funding",
    ]),
    ORGS,
  ]);

  it("imports them as organisations and nodes", () => {
    expect(net.organisations.map((o) => o.org_id).slice(0, 3)).toEqual([
      "__proto__",
      "constructor",
      "toString",
    ]);
    expect(net.graph.hasNode("__proto__")).toBe(true);
    expect(net.graph.hasEdge("__proto__", "constructor")).toBe(true);
    expect(net.relations).toHaveLength(2);
  });

  it("keeps `__proto__` columns as own extra values and node attributes", () => {
    const org = net.organisations[0];
    expect(Object.hasOwn(org.extra, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(org.extra, "__proto__")?.value).toBe("x");
    expect(org.extra.constructor).toBe("y");
    const attrs = net.graph.getNodeAttributes("__proto__");
    expect(Object.hasOwn(attrs, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(attrs, "__proto__")?.value).toBe("x");
    // No prototype was polluted along the way.
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("an unknown reference to `hasOwnProperty` is not found on a prototype", () => {
    const n = load([
      ORGS,
      csv("relations.csv", ["source_id,target_id,relation_type", "bib,hasOwnProperty,referral"]),
    ]);
    expect(n.relations).toHaveLength(0);
    expect(n.report.findings.map((f) => f.code)).toContain("UNKNOWN_ORGANISATION");
  });
});
