/**
 * The 2025 round against planted-changes.json, and the messy export against
 * expected-findings.json: every claimed change and every planted mistake is checked in the files
 * themselves (independent CSV reader), so a wrong row number or a missing mistake fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA, kboDigits, objects, parseRecords, readTable } from "./generator-csv.ts";

const planted = JSON.parse(readFileSync(join(DATA, "examples/westhoek-2025/planted-changes.json"), "utf8"));
const load = (wave: string) => ({
  orgs: new Map(
    objects(readTable(`examples/${wave}/organisaties.csv`)).map((o) => [o.get("organisatie_id")!, o]),
  ),
  rels: new Set(
    objects(readTable(`examples/${wave}/relaties.csv`)).map(
      (r) => `${r.get("van")}|${r.get("naar")}|${r.get("relatietype")}`,
    ),
  ),
  barriers: new Map(
    objects(readTable(`examples/${wave}/drempels.csv`)).map((b) => [b.get("drempel_id")!, b]),
  ),
  commitments: objects(readTable(`examples/${wave}/drempel_engagementen.csv`)),
});
const w1 = load("westhoek");
const w2 = load("westhoek-2025");
const NL_REL: Record<string, string> = {
  information_sharing: "info-uitwisseling",
  joint_activity: "gezamenlijke_activiteit",
  referral: "doorverwijzing",
  pathway: "doorstroom",
  shared_resources: "delen_van_middelen",
  funding: "financiering",
  formal_agreement: "convenant",
  governance: "stuurgroep",
  staff_volunteer_exchange: "uitwisseling_personeel_vrijwilligers",
  barrier_cooperation: "samen_drempel_aanpakken",
};
const key = (r: { source_id: string; target_id: string; relation_type: string }) =>
  `${r.source_id}|${r.target_id}|${NL_REL[r.relation_type]}`;
const NL_STATUS: Record<string, string> = {
  signalled: "gesignaleerd",
  in_progress: "in_behandeling",
  resolved: "opgelost",
  parked: "geparkeerd",
};

describe("westhoek-2025 planted changes", () => {
  it("adds and removes the listed partners, and only those", () => {
    const added = [...w2.orgs.keys()].filter((id) => !w1.orgs.has(id));
    const removed = [...w1.orgs.keys()].filter((id) => !w2.orgs.has(id));
    const reNew = planted.organisations.reidentified.map((r: { new_org_id: string }) => r.new_org_id);
    const reOld = planted.organisations.reidentified.map((r: { old_org_id: string }) => r.old_org_id);
    expect(added.sort()).toEqual([...planted.organisations.added, ...reNew].sort());
    expect(removed.sort()).toEqual([...planted.organisations.removed, ...reOld].sort());
    expect(planted.organisations.added.length).toBeGreaterThan(5);
    expect(planted.organisations.removed.length).toBeGreaterThan(5);
  });

  it("renames keep the id; re-identified partners keep their KBO number", () => {
    expect(planted.organisations.renamed.length).toBeGreaterThanOrEqual(3);
    for (const r of planted.organisations.renamed) {
      expect(w1.orgs.get(r.org_id)!.get("naam")).toBe(r.old_name);
      expect(w2.orgs.get(r.org_id)!.get("naam")).toBe(r.new_name);
    }
    expect(planted.organisations.reidentified.length).toBeGreaterThanOrEqual(3);
    for (const r of planted.organisations.reidentified) {
      expect(kboDigits(w1.orgs.get(r.old_org_id)!.get("ondernemingsnummer")!)).toBe(r.kbo_number);
      expect(kboDigits(w2.orgs.get(r.new_org_id)!.get("ondernemingsnummer")!)).toBe(r.kbo_number);
      expect(w2.orgs.get(r.new_org_id)!.get("naam")).toBe(w1.orgs.get(r.old_org_id)!.get("naam"));
    }
  });

  it("drops and adds the listed ties, with new formal-informal ties among the added", () => {
    for (const r of planted.relations.removed) {
      expect(w1.rels.has(key(r)), key(r)).toBe(true);
      expect(w2.rels.has(key(r)), key(r)).toBe(false);
    }
    for (const r of planted.relations.added) {
      expect(w2.rels.has(key(r)), key(r)).toBe(true);
      expect(w1.rels.has(key(r))).toBe(false);
    }
    expect(planted.relations.added_formal_informal.length).toBeGreaterThan(5);
    expect(planted.relations.removed.length).toBeGreaterThan(10);
  });

  it("changes barrier statuses and adds barriers and commitments as listed", () => {
    for (const s of planted.barriers.status_changed) {
      expect(w1.barriers.get(s.barrier_id)!.get("status")).toBe(NL_STATUS[s.old_status]);
      expect(w2.barriers.get(s.barrier_id)!.get("status")).toBe(NL_STATUS[s.new_status]);
    }
    expect(
      planted.barriers.status_changed.some((s: { new_status: string }) => s.new_status === "resolved"),
    ).toBe(true);
    for (const id of planted.barriers.added) expect(w1.barriers.has(id) || !w2.barriers.has(id)).toBe(false);
    expect(w2.commitments.length - w1.commitments.length).toBeLessThanOrEqual(
      planted.commitments.added.length,
    );
    for (const c of planted.commitments.added) {
      expect(
        w2.commitments.some((x) => x.get("drempel_id") === c.barrier_id && x.get("organisatie") === c.org_id),
      ).toBe(true);
    }
  });
});

interface Expected {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  severity: string;
}
const expected: Expected[] = JSON.parse(
  readFileSync(join(DATA, "examples/messy/expected-findings.json"), "utf8"),
);

describe("messy export", () => {
  const orgBytes = readFileSync(join(DATA, "examples/messy/organisaties.csv"));
  const orgText = new TextDecoder("windows-1252").decode(orgBytes);
  const orgRecords = parseRecords(orgText, ";").records; // index 0 = spreadsheet row 1 ("sep=;")
  const rel = parseRecords(readFileSync(join(DATA, "examples/messy/relaties.csv"), "utf8"), ";");
  const cell = (records: string[][], headerRow: number, row: number, column: string) =>
    records[row - 1][records[headerRow - 1].indexOf(column)];
  const orgCell = (row: number, column: string) => cell(orgRecords, 2, row, column);
  const relCell = (row: number, column: string) => cell(rel.records, 1, row, column);
  const find = (code: string) => expected.filter((e) => e.code === code);

  it("covers all 14 finding codes, each column named as in the header", () => {
    expect(new Set(expected.map((e) => e.code)).size).toBe(14);
    for (const e of expected) {
      if (e.column === null) continue;
      const header = e.file === "organisaties.csv" ? orgRecords[1] : rel.records[0];
      expect(header, e.code).toContain(e.column);
    }
  });

  it("is Windows-1252 with a sep= line, so the header is row 2", () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(orgBytes)).toThrow();
    expect(orgText.startsWith("sep=;\r\n")).toBe(true);
    expect(orgText).toContain("Café-theater Élan");
    expect(orgRecords.length - 2).toBeGreaterThanOrEqual(15);
  });

  it("has each planted mistake at the row and column it claims", () => {
    const [dup] = find("DUPLICATE_ID");
    expect(orgRecords.slice(2, dup.row! - 1).map((r) => r[0])).toContain(orgCell(dup.row!, "organisatie_id"));
    expect(orgCell(find("MISSING_REQUIRED")[0].row!, "naam")).toBe("");
    expect(orgCell(find("UNKNOWN_VOCABULARY")[0].row!, "type")).toBe("speeltuin");
    expect(orgCell(find("INVALID_DATE")[0].row!, "toegetreden_op")).toBe("31/02/2024");
    expect(orgCell(find("MERGED_MUNICIPALITY")[0].row!, "nis_code")).toBe("73040");
    expect(orgRecords[find("RAGGED_ROW")[0].row! - 1].length).toBe(orgRecords[1].length + 1);
    const kbo = orgCell(find("INVALID_KBO")[0].row!, "ondernemingsnummer").replace(/\D/g, "");
    expect(97 - (Number(kbo.slice(0, 8)) % 97)).not.toBe(Number(kbo.slice(8)));
    const invisible = find("INVISIBLE_CHARACTER");
    expect(orgCell(invisible.find((e) => e.file === "organisaties.csv")!.row!, "organisatie_id")).toMatch(
      /\u00a0$/,
    );
    expect(relCell(invisible.find((e) => e.file === "relaties.csv")!.row!, "van")).toMatch(/\u200b$/);
    const self = find("SELF_LOOP")[0].row!;
    expect(relCell(self, "van")).toBe(relCell(self, "naar"));
    const dupRel = find("DUPLICATE_RELATION")[0].row!;
    expect(rel.records[dupRel - 1]).toEqual(rel.records[dupRel - 2]);
    const ids = new Set(orgRecords.slice(2).map((r) => r[0].trim()));
    expect(ids.has(relCell(find("UNKNOWN_ORGANISATION")[0].row!, "naar"))).toBe(false);
    expect(rel.records[0].filter((h) => h === "opmerking")).toHaveLength(2);
    expect(rel.unclosed).toBe(true);
    expect(find("UNCLOSED_QUOTE")[0].row).toBe(rel.records.length);
  });

  it("keeps __proto__ and constructor as ordinary ids, and a thousands separator as a valid number", () => {
    const ids = orgRecords.slice(2).map((r) => r[0]);
    expect(ids).toContain("__proto__");
    expect(ids).toContain("constructor");
    expect(orgRecords.some((r) => r[8] === "1.250")).toBe(true);
    expect(expected.some((e) => e.file === "organisaties.csv" && e.column === "leden")).toBe(false);
  });
});
