/**
 * The example generator: byte-identical output for the same seed (compared with the committed
 * files), and the committed Westhoek inventory read back with an independent CSV reader and
 * checked against the shape regions.md asks for.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { VocabName } from "@ecolens/core";
import { formalSideOfSector, matchVocabulary, ORG_TYPE_DEFAULTS, type OrgType } from "@ecolens/core";
import { afterAll, describe, expect, it } from "vitest";
import { writeExampleFiles } from "../generate-examples.ts";
import { GENERATED_DIRS } from "../generator/index.ts";
import { NL } from "../generator/vocab-nl.ts";
import { DATA, kboValid, objects, readTable } from "./generator-csv.ts";

describe("determinism", () => {
  const tmp = mkdtempSync(join(tmpdir(), "ecolens-data-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("regenerates the committed files byte for byte, and nothing more", () => {
    const written = writeExampleFiles(tmp);
    expect(written.length).toBeGreaterThan(15);
    for (const path of written) {
      const fresh = readFileSync(join(tmp, path));
      const committed = readFileSync(join(DATA, path));
      expect(Buffer.compare(fresh, committed), path).toBe(0);
    }
    for (const dir of GENERATED_DIRS) {
      const committed = readdirSync(join(DATA, dir)).map((n) => `${dir}/${n}`);
      expect(
        committed.filter((p) => !written.includes(p)),
        dir,
      ).toEqual([]);
    }
  });

  it("gives different data for another seed", () => {
    const other = mkdtempSync(join(tmpdir(), "ecolens-data-"));
    writeExampleFiles(other, 7);
    const a = readFileSync(join(other, "examples/westhoek/relaties.csv"));
    expect(Buffer.compare(a, readFileSync(join(DATA, "examples/westhoek/relaties.csv")))).not.toBe(0);
    rmSync(other, { recursive: true, force: true });
  });
});

const WESTHOEK_NIS = new Set(
  "32003 32006 32010 32011 32030 33011 33016 33021 33029 33037 33039 33040 33041 38002 38008 38014 38016 38025".split(
    " ",
  ),
);
/** Dutch type label -> canonical org_type (inventory-format §4.6 A). */
const TYPE_OF = new Map(Object.entries(NL.org_type).map(([code, label]) => [label, code as OrgType]));

describe("data/examples/westhoek (2023)", () => {
  const orgs = objects(readTable("examples/westhoek/organisaties.csv"));
  const rels = objects(readTable("examples/westhoek/relaties.csv"));
  const offers = objects(readTable("examples/westhoek/leerkansen.csv"));
  const barriers = objects(readTable("examples/westhoek/drempels.csv"));
  const commitments = objects(readTable("examples/westhoek/drempel_engagementen.csv"));
  const orgById = new Map(orgs.map((o) => [o.get("organisatie_id")!, o]));
  const sideOf = (id: string) =>
    formalSideOfSector(ORG_TYPE_DEFAULTS[TYPE_OF.get(orgById.get(id)!.get("type")!)!].sector);

  it("is written as nl-BE Excel writes CSV UTF-8: BOM, `;`, CRLF, Dutch headers", () => {
    for (const name of ["organisaties", "relaties", "leerkansen", "drempels", "drempel_engagementen"]) {
      const bytes = readFileSync(join(DATA, `examples/westhoek/${name}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false); // every line ends with CRLF
      expect(text.endsWith("\r\n")).toBe(true);
    }
    expect(readTable("examples/westhoek/organisaties.csv").header.slice(0, 4)).toEqual([
      "organisatie_id",
      "naam",
      "type",
      "rechtsvorm",
    ]);
    expect(readTable("examples/westhoek/relaties.csv").header.slice(0, 3)).toEqual([
      "van",
      "naar",
      "relatietype",
    ]);
  });

  it("has 400-800 organisations in all 18 municipalities, every org_type, unique ids", () => {
    expect(orgs.length).toBeGreaterThanOrEqual(400);
    expect(orgs.length).toBeLessThanOrEqual(800);
    expect(orgById.size).toBe(orgs.length);
    expect(new Set(orgs.map((o) => o.get("nis_code")))).toEqual(WESTHOEK_NIS);
    const types = new Set(orgs.map((o) => TYPE_OF.get(o.get("type")!)));
    expect(types.size).toBe(28);
    expect(types.has(undefined)).toBe(false);
  });

  it("writes numbers with a decimal comma, dates as d/mm/yyyy, valid KBO numbers for vzw's only", () => {
    for (const o of orgs) {
      const [lat, lon] = [o.get("breedtegraad")!, o.get("lengtegraad")!].map((v) =>
        Number(v.replace(",", ".")),
      );
      expect(lat).toBeGreaterThan(50.7);
      expect(lat).toBeLessThan(51.2);
      expect(lon).toBeGreaterThan(2.5);
      expect(lon).toBeLessThan(3.1);
      expect(o.get("peildatum")).toBe("1/10/2023");
      const kbo = o.get("ondernemingsnummer")!;
      if (o.get("rechtsvorm") === "vzw") expect(kboValid(kbo), kbo).toBe(true);
      if (o.get("rechtsvorm") === "feitelijke_vereniging") expect(kbo).toBe("");
    }
    expect(orgs.some((o) => /^\d\.\d|\d,\d/.test(o.get("personeel_vte")!))).toBe(true);
    for (const r of rels)
      expect(r.get("startdatum")).toMatch(/^([1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/20\d\d$/);
  });

  it("has ties between known organisations only, no self-loops or duplicates, some isolates", () => {
    const keys = new Set<string>();
    for (const r of rels) {
      const [a, b, t] = [r.get("van")!, r.get("naar")!, r.get("relatietype")!];
      expect(orgById.has(a) && orgById.has(b), `${a} ${b}`).toBe(true);
      expect(a).not.toBe(b);
      const key = r.get("gericht") === "ja" ? `${a}>${b}>${t}` : `${[a, b].sort().join("~")}~${t}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
    const tied = new Set(rels.flatMap((r) => [r.get("van")!, r.get("naar")!]));
    const isolates = orgs.filter((o) => !tied.has(o.get("organisatie_id")!));
    expect(isolates.length).toBeGreaterThanOrEqual(5);
    expect(isolates.length).toBeLessThan(orgs.length * 0.1);
  });

  it("has a sparse whole network of dense municipal clusters (regions.md §5.4)", () => {
    const pairs = new Set(rels.map((r) => [r.get("van"), r.get("naar")].sort().join("~")));
    const n = orgs.length;
    const density = (2 * pairs.size) / (n * (n - 1));
    // 18 local clusters: the whole region is sparse, each municipality is not.
    expect(density).toBeGreaterThan(0.005);
    expect(density).toBeLessThan(0.03);
    const local: number[] = [];
    for (const nis of WESTHOEK_NIS) {
      const ids = new Set(orgs.filter((o) => o.get("nis_code") === nis).map((o) => o.get("organisatie_id")!));
      const inside = [...pairs].filter((p) => p.split("~").every((id) => ids.has(id))).length;
      local.push((2 * inside) / (ids.size * (ids.size - 1)));
    }
    const mean = local.reduce((s, d) => s + d, 0) / local.length;
    expect(mean).toBeGreaterThan(0.05);
    expect(mean).toBeLessThan(0.35);
  });

  it("has few but some formal-informal ties, with the region's formal providers as bridges", () => {
    const cross = rels.filter((r) => {
      const [a, b] = [sideOf(r.get("van")!), sideOf(r.get("naar")!)];
      return a !== null && b !== null && a !== b;
    });
    expect(cross.length).toBeGreaterThan(0);
    expect(cross.length / rels.length).toBeLessThan(0.15);
    // The 2 CVO's, Ligo, VIVES, VDAB reach at least 5 municipalities each.
    for (const id of ["cvo-miras", "ligo-westhoek", "vdab-ieper"]) {
      const reached = new Set(
        rels
          .filter((r) => r.get("van") === id || r.get("naar") === id)
          .map((r) => orgById.get(r.get("van") === id ? r.get("naar")! : r.get("van")!)!.get("nis_code")),
      );
      expect(reached.size, id).toBeGreaterThanOrEqual(5);
    }
  });

  it("has offerings with onward steps, some missing and some without a tie behind them", () => {
    const offerIds = new Map(offers.map((o) => [o.get("leerkans_id")!, o]));
    let withStep = 0;
    let untied = 0;
    let tied = 0;
    const linked = new Set(rels.map((r) => [r.get("van"), r.get("naar")].sort().join("~")));
    for (const o of offers) {
      expect(orgById.has(o.get("organisator")!)).toBe(true);
      const steps = o.get("doorstroom_naar")!.split("|").filter(Boolean);
      for (const s of steps) {
        expect(offerIds.has(s) || orgById.has(s), s).toBe(true);
        const provider = offerIds.get(s)?.get("organisator") ?? s;
        if (linked.has([o.get("organisator"), provider].sort().join("~"))) tied++;
        else untied++;
      }
      if (steps.length > 0) withStep++;
    }
    expect(withStep).toBeGreaterThan(50);
    expect(withStep).toBeLessThan(offers.length / 2);
    expect(untied).toBeGreaterThan(10);
    expect(tied).toBeGreaterThan(10);
    const active = new Set(offers.map((o) => o.get("organisator")));
    expect(offers.length / active.size).toBeGreaterThanOrEqual(1);
    expect(offers.length / active.size).toBeLessThanOrEqual(3);
  });

  it("has barriers with 0, 1 (fragile) and several commitments", () => {
    const count = new Map<string, number>(barriers.map((b) => [b.get("drempel_id")!, 0]));
    for (const c of commitments) {
      expect(count.has(c.get("drempel_id")!)).toBe(true);
      expect(orgById.has(c.get("organisatie")!)).toBe(true);
      count.set(c.get("drempel_id")!, count.get(c.get("drempel_id")!)! + 1);
    }
    const values = [...count.values()];
    expect(values.filter((v) => v === 0).length).toBeGreaterThan(0);
    expect(values.filter((v) => v === 1).length).toBeGreaterThan(0);
    expect(values.filter((v) => v >= 2).length).toBeGreaterThan(0);
    expect(new Set(barriers.map((b) => b.get("drempeltype"))).size).toBeGreaterThanOrEqual(6);
  });

  it("ships a researcher core partnership of 10-40 nodes with density 0.2-0.45", () => {
    const nodes = readTable("examples/researcher/nodes.csv", ",");
    const edges = readTable("examples/researcher/edges.csv", ",");
    expect(nodes.header.slice(0, 2)).toEqual(["Id", "Label"]);
    expect(edges.header).toEqual(["Source", "Target", "Type", "Weight"]);
    const n = nodes.rows.length;
    expect(n).toBeGreaterThanOrEqual(10);
    expect(n).toBeLessThanOrEqual(40);
    const ids = new Set(nodes.rows.map((r) => r[0]));
    for (const [s, t, , w] of edges.rows) {
      expect(ids.has(s) && ids.has(t)).toBe(true);
      expect(Number(w)).toBeGreaterThan(0);
    }
    const density = (2 * edges.rows.length) / (n * (n - 1));
    expect(density).toBeGreaterThanOrEqual(0.2);
    expect(density).toBeLessThanOrEqual(0.45);
  });
});

describe("vocabulary labels in the example files", () => {
  /** file -> [column, vocabulary] pairs whose every value (split on `|`) must be recognised. */
  const COLUMNS: Record<string, [string, VocabName][]> = {
    organisaties: [
      ["type", "org_type"],
      ["rechtsvorm", "legal_form"],
      ["werkingsgebied", "scope"],
      ["themas", "theme"],
      ["doelgroepen", "target_group"],
      ["middelen", "resource"],
      ["rol", "partnership_role"],
    ],
    relaties: [
      ["relatietype", "relation_type"],
      ["frequentie", "frequency"],
      ["thema", "theme"],
    ],
    leerkansen: [
      ["leercontext", "learning_context"],
      ["vorm", "offering_format"],
      ["themas", "theme"],
      ["doelgroepen", "target_group"],
      ["toegankelijkheid", "accessibility"],
      ["taal", "language"],
      ["erkenning", "recognition"],
    ],
    drempels: [
      ["drempeltype", "barrier_type"],
      ["doelgroep", "target_group"],
      ["ernst", "severity"],
      ["status", "barrier_status"],
    ],
    drempel_engagementen: [
      ["engagement", "commitment_type"],
      ["status", "barrier_status"],
    ],
  };
  it("are all recognised by core's vocabularies (no UNKNOWN_VOCABULARY in the clean examples)", () => {
    for (const wave of ["westhoek", "westhoek-2025"])
      for (const [file, columns] of Object.entries(COLUMNS)) {
        const rows = objects(readTable(`examples/${wave}/${file}.csv`));
        for (const [column, vocab] of columns) {
          const values = new Set(rows.flatMap((r) => r.get(column)!.split("|")).filter(Boolean));
          expect(values.size, `${file}.${column}`).toBeGreaterThan(0);
          for (const v of values) expect(matchVocabulary(vocab, v), `${file}.${column} = ${v}`).toBeDefined();
        }
      }
  });
});
