/**
 * A round of partner forms (issue 16 §4): untouched Westhoek forms, collected, give back Westhoek
 * with every tie confirmed; edited forms give the right statuses.
 */
import { describe, expect, it } from "vitest";
import {
  type CellValue,
  collectForms,
  type EcoNetwork,
  type InputFile,
  importInventory,
  importInventoryFiles,
  partnerFormSheets,
  partnerFormWorkbook,
  type SheetSpec,
  writeWorkbook,
} from "../../src/index.ts";
import { westhoekCsv } from "./westhoek-workbook.ts";

const westhoek = importInventory(westhoekCsv());

const merged = (r: ReturnType<typeof collectForms>): EcoNetwork =>
  importInventoryFiles([{ name: "round.xlsx", bytes: writeWorkbook(r.sheets) }]);

/** What a relation is, apart from who reported it. */
const tie = (r: EcoNetwork["relations"][number]) =>
  [
    r.source_id,
    r.target_id,
    r.relation_type,
    r.level,
    r.frequency,
    r.weight,
    r.directed,
    r.theme,
    r.barrier_id,
    r.start_date,
    r.wave,
  ].join(";");
const byId = <T extends { file?: string; row?: number; key?: string; extra?: object }>(
  rows: T[],
  id: keyof T,
) =>
  rows
    .map(({ file: _f, row: _r, key: _k, ...rest }) => rest)
    .sort((a, b) => (String(a[id as never]) < String(b[id as never]) ? -1 : 1));

describe("collect: untouched partner forms of Westhoek", () => {
  const forms: InputFile[] = westhoek.organisations.map((o) => ({
    name: `${o.org_id}.xlsx`,
    bytes: partnerFormWorkbook(westhoek, o.org_id, "nl"),
  }));
  const result = collectForms(forms, westhoek, "nl");
  const back = merged(result);

  it("gives back the same organisations, offerings, barriers and commitments", () => {
    expect(result.problems).toEqual([]);
    expect(result.nonRespondents).toEqual([]);
    expect(back.report.errors).toBe(0);
    expect(byId(back.organisations, "org_id")).toEqual(byId(westhoek.organisations, "org_id"));
    expect(byId(back.offerings, "offering_id")).toEqual(byId(westhoek.offerings, "offering_id"));
    expect(byId(back.barriers, "barrier_id")).toEqual(byId(westhoek.barriers, "barrier_id"));
    expect(back.commitments.map((c) => `${c.barrier_id}:${c.org_id}:${c.commitment_type}`).sort()).toEqual(
      westhoek.commitments.map((c) => `${c.barrier_id}:${c.org_id}:${c.commitment_type}`).sort(),
    );
  });

  it("gives back the same relations, each confirmed by both sides", () => {
    expect(back.relations.map(tie).sort()).toEqual(westhoek.relations.map(tie).sort());
    expect(result.ties).toEqual({
      confirmed: westhoek.relations.length,
      reported_by_one: 0,
      contradicted: 0,
      no_response: 0,
    });
    expect(back.relations.every((r) => r.confirmed === true)).toBe(true);
    expect(back.relations[0].extra.status_relatie).toBe("bevestigd door beide");
  });
}, 120_000);

describe("collect: edited forms", () => {
  // A small round: the first relations of Westhoek between organisations a..f.
  const rels = westhoek.relations.slice(0, 400);
  const pick = (n: number) => rels[n];
  // Pairs used below must be different pairs and have no other relation between them.
  const counts = new Map<string, number>();
  for (const r of westhoek.relations) {
    const k = [r.source_id, r.target_id].sort().join("|");
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const single = rels.filter(
    (r) => counts.get([r.source_id, r.target_id].sort().join("|")) === 1 && r.source_id !== r.target_id,
  );
  const used = new Set<string>();
  const take = () => {
    const r = single.find((x) => !used.has(x.source_id) && !used.has(x.target_id));
    if (!r) throw new Error("not enough relations");
    used.add(r.source_id);
    used.add(r.target_id);
    return r;
  };
  const [deleted, stronger, bothDeleted, oneSide, retyped] = [take(), take(), take(), take(), take()];
  void pick;

  /** Edits the relation row between a and b in a's form. */
  function form(
    id: string,
    edit?: (rel: SheetSpec, find: (other: string) => CellValue[]) => void,
  ): InputFile {
    const sheets = partnerFormSheets(westhoek, id, "en");
    const rel = sheets.find((s) => s.name === "relations")!;
    const find = (other: string) =>
      rel.rows.find((r) => (r[0] === id && r[1] === other) || (r[1] === id && r[0] === other))!;
    edit?.(rel, find);
    return { name: `${id}.xlsx`, bytes: writeWorkbook(sheets, "lists") };
  }
  const col = (rel: SheetSpec, header: string) => rel.columns.findIndex((c) => c.header === header);
  const forms: InputFile[] = [
    form(deleted.source_id, (rel, find) => {
      find(deleted.target_id)[col(rel, "delete")] = "yes";
    }),
    form(deleted.target_id),
    form(stronger.source_id, (rel, find) => {
      const row = find(stronger.target_id);
      row[col(rel, "weight")] = Number(row[col(rel, "weight")] ?? 1) + 1;
    }),
    form(stronger.target_id),
    form(bothDeleted.source_id, (rel, find) => {
      find(bothDeleted.target_id)[col(rel, "delete")] = "yes";
    }),
    form(bothDeleted.target_id, (rel, find) => {
      find(bothDeleted.source_id)[col(rel, "delete")] = "yes";
    }),
    form(oneSide.source_id),
    form(retyped.source_id, (rel, find) => {
      const row = find(retyped.target_id);
      row[col(rel, "relation_type")] =
        retyped.relation_type === "project" ? "Steering group" : "Joint project";
    }),
    form(retyped.target_id),
    {
      name: "notes.xlsx",
      bytes: writeWorkbook([{ name: "notes", columns: [{ header: "x" }], rows: [["y"]] }]),
    },
  ];
  const result = collectForms(forms, westhoek, "en");
  const back = merged(result);
  const statusOf = (r: { source_id: string; target_id: string }) =>
    back.relations
      .filter(
        (x) => [x.source_id, x.target_id].sort().join("|") === [r.source_id, r.target_id].sort().join("|"),
      )
      .map((x) => [x.extra.tie_status, x.extra.status_reason ?? "", x.reported_by]);

  it("one side deleted it, the other kept it: contradicted", () => {
    expect(statusOf(deleted)).toEqual([
      ["contradicted", "deleted by one side", [deleted.source_id, deleted.target_id].sort()[0]],
    ]);
  });
  it("the sides differ in strength: contradicted", () => {
    expect(statusOf(stronger).map((s) => s.slice(0, 2))).toEqual([
      ["contradicted", "level or weight differs"],
    ]);
  });
  it("the sides differ in type: contradicted, both rows kept", () => {
    expect(statusOf(retyped).map((s) => s.slice(0, 2))).toEqual([
      ["contradicted", "type differs"],
      ["contradicted", "type differs"],
    ]);
  });
  it("both deleted it: removed and listed", () => {
    expect(statusOf(bothDeleted)).toEqual([]);
    expect(result.removed).toContainEqual({
      source: bothDeleted.source_id,
      target: bothDeleted.target_id,
      type: bothDeleted.relation_type,
      by: [bothDeleted.source_id, bothDeleted.target_id].sort(),
    });
  });
  it("only one side answered: reported by one, reported_by is that side", () => {
    expect(statusOf(oneSide)).toEqual([["reported by one", "", oneSide.source_id]]);
  });
  it("ties between organisations without a form keep the last round, status no response; they are listed", () => {
    const quiet = westhoek.relations.find((r) => !used.has(r.source_id) && !used.has(r.target_id))!;
    expect(statusOf(quiet).map((s) => s[0])).toContain("no response");
    expect(result.respondents).toHaveLength(9);
    expect(result.nonRespondents).toHaveLength(westhoek.organisations.length - 9);
    expect(result.problems.map((p) => p.file)).toEqual(["notes.xlsx"]);
    expect(back.report.errors).toBe(0);
    expect(back.organisations).toHaveLength(westhoek.organisations.length);
  });
});

describe("collect: a refused workbook among the forms", () => {
  it("is a problem naming the file and why (damaged, encrypted); the other forms are still collected", () => {
    const org = westhoek.organisations[0].org_id;
    const good = partnerFormWorkbook(westhoek, org, "en");
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const result = collectForms(
      [
        { name: "broken.xlsx", bytes: good.subarray(0, good.length >> 1) },
        { name: "locked.xlsx", bytes: cfb },
        { name: `${org}.xlsx`, bytes: good },
      ],
      westhoek,
      "en",
    );
    expect(result.respondents).toEqual([org]);
    expect(result.problems.map((p) => [p.file, p.message.en])).toEqual([
      ["broken.xlsx", expect.stringMatching(/^is a damaged workbook .*\(skipped\)$/)],
      ["locked.xlsx", expect.stringMatching(/^is password-protected .*\(skipped\)$/)],
    ]);
    expect(result.problems[1].message.nl).toMatch(/^is met een wachtwoord beveiligd .*\(overgeslagen\)$/);
  });
});
