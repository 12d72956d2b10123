/**
 * CI runs every example into a temporary folder and checks that what it wrote is real: the files
 * exist and are not empty, the summaries have their sections, and the numbers in them agree with
 * counts this test derives itself from the input files (rows, pairs, sides, components).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type EcoNetwork, formalSideOfSector, importInventory, readGexf, readTable } from "@ecolens/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFolder } from "../../packages/cli/src/index.ts";
import * as coordinator from "../coordinator-gap-hunt/run.ts";
import * as municipality from "../municipality-helicopter-view/run.ts";
import * as researcher from "../researcher-gexf/run.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "ecolens-examples-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const text = (path: string) => readFileSync(path, "utf8");
function expectFile(path: string, minBytes = 1): void {
  expect(existsSync(path), path).toBe(true);
  expect(statSync(path).size, path).toBeGreaterThanOrEqual(minBytes);
}
/** Header and rows of a CSV file, read with core's RFC 4180 reader (labels may hold commas). */
function csvTable(path: string): { header: string[]; rows: string[][] } {
  const table = readTable({ name: path, bytes: new Uint8Array(readFileSync(path)) });
  return { header: table.header, rows: table.records.map((r) => r.cells) };
}
const csvRows = (path: string) => csvTable(path).rows;

const westhoek = (): EcoNetwork => importInventory(readFolder(join(ROOT, "data/examples/westhoek")));

describe("researcher-gexf", () => {
  let result: researcher.ResearcherResult;
  const out = join(tmp, "researcher");
  const nodes = csvRows(join(ROOT, "data/examples/researcher/nodes.csv"));
  const edges = csvRows(join(ROOT, "data/examples/researcher/edges.csv"));
  beforeAll(async () => {
    result = await researcher.main(out);
  });

  it("writes every file, non-empty", () => {
    for (const f of [result.files.input, result.files.nodesCsv, result.files.edgesCsv, result.files.gexf])
      expectFile(f, 500);
    expectFile(result.files.summary, 100);
  });

  it("imports the GEXF with as many nodes and edges as the source tables have rows", () => {
    expect(result.imported).toEqual({ nodes: nodes.length, edges: edges.length, errors: 0, warnings: 0 });
  });

  it("writes one metrics row per organisation, with degree = the organisation's rows in edges.csv", () => {
    const { header, rows } = csvTable(result.files.nodesCsv);
    for (const m of ["degree", "betweenness", "closeness", "pagerank", "eigenvector", "constraint"])
      expect(header).toContain(m);
    expect(rows.length).toBe(nodes.length);
    const degreeCol = header.indexOf("degree");
    const expected = new Map<string, number>();
    for (const [s, t] of edges) for (const id of [s, t]) expected.set(id, (expected.get(id) ?? 0) + 1);
    for (const cells of rows) expect(Number(cells[degreeCol]), cells[0]).toBe(expected.get(cells[0]) ?? 0);
  });

  it("summary density is 2m / (n(n-1)) of the source tables", () => {
    const n = nodes.length;
    const summary = JSON.parse(text(result.files.summary)).summary;
    expect(summary.density).toBeCloseTo((2 * edges.length) / (n * (n - 1)), 12);
  });

  it("the GEXF with metrics reads back with the metrics as node attributes", () => {
    const back = readGexf({ name: "m.gexf", bytes: new Uint8Array(readFileSync(result.files.gexf)) });
    expect(back.report.errors).toBe(0);
    expect(back.graph.order).toBe(nodes.length);
    const [id] = nodes[0];
    expect(back.graph.getNodeAttribute(id, "degree")).toBe(result.analysis.nodes[id].degree);
    expect(back.graph.getNodeAttribute(id, "betweenness")).toBeCloseTo(
      result.analysis.nodes[id].betweenness as number,
      12,
    );
  });
});

describe("municipality-helicopter-view", () => {
  let result: municipality.HelicopterResult;
  let network: EcoNetwork;
  const out = join(tmp, "municipality");
  beforeAll(async () => {
    result = await municipality.main(out, { lang: "en", municipality: "Ieper" });
    network = westhoek();
  });

  it("writes the summary, the CSV and the HTML report", () => {
    expectFile(result.files.summary, 1000);
    expectFile(result.files.csv, 500);
    expectFile(result.files.report, 10_000);
  });

  it("the summary has every section and the imported organisation count", () => {
    const md = text(result.files.summary);
    for (const section of ["## How connected", "## Who is active where", "## For whom", "## White spots"])
      expect(md).toContain(section);
    expect(md).toContain("## Brokers and single points of failure");
    expect(md).toMatch(new RegExp(`\\| Organisations \\| ${network.graph.order} \\|`));
    expect(result.organisations).toBe(network.organisations.length);
  });

  it("municipality rows add up to every organisation", () => {
    const sum = result.municipalities.reduce((a, m) => a + m.organisations, 0);
    const regionLevel = result.places.region_level?.organisations.count ?? 0;
    expect(sum + regionLevel).toBe(network.graph.order);
    const csvLines = text(result.files.csv)
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r\n/);
    expect(csvLines.length - 1).toBe(result.municipalities.length);
  });

  it("Ieper: organisations per 10,000 and the formal-informal tie share, counted by hand", () => {
    const ieper = network.municipalities.find((m) => m.name_nl === "Ieper")!;
    const line = result.municipalities.find((m) => m.nis_code === ieper.nis_code)!;
    const inIeper = network.organisations.filter((o) => o.nis_code === ieper.nis_code);
    expect(line.organisations).toBe(inIeper.length);
    expect(line.per_10000).toBeCloseTo((inIeper.length * 10_000) / ieper.population!, 10);
    // Distinct pairs inside Ieper with a side at both ends; crossing = the sides differ.
    const g = network.graph;
    const ids = new Set(inIeper.map((o) => o.org_id));
    const side = (id: string) => formalSideOfSector(g.getNodeAttribute(id, "sector") as string | undefined);
    const pairs = new Set<string>();
    let known = 0;
    let crossing = 0;
    g.forEachEdge((_e, _a, s, t) => {
      if (s === t || !ids.has(s) || !ids.has(t)) return;
      const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
      if (pairs.has(key)) return;
      pairs.add(key);
      if (side(s) === null || side(t) === null) return;
      known++;
      if (side(s) !== side(t)) crossing++;
    });
    expect(known).toBeGreaterThan(0);
    expect(line.formal_informal_tie_share).toBeCloseTo(crossing / known, 12);
    const md = text(result.files.summary);
    expect(md).toContain(`| Ieper | ${ieper.population} | ${inIeper.length} |`);
  });

  it("the HTML report covers Ieper only", () => {
    const html = text(result.files.report);
    expect(html.slice(0, 200).toLowerCase()).toContain("<!doctype html>");
    expect(result.report.organisations).toBe(
      network.organisations.filter((o) => o.municipality === "Ieper" || o.nis_code === "33011").length,
    );
    expect(html).toContain("stad-ieper");
    expect(html).not.toContain("stad-poperinge");
  });
});

describe("coordinator-gap-hunt", () => {
  let result: coordinator.GapHuntResult;
  let network: EcoNetwork;
  const out = join(tmp, "coordinator");
  beforeAll(async () => {
    result = await coordinator.main(out, { lang: "nl" });
    network = westhoek();
  });

  it("writes the Dutch summary with every section and the JSON", () => {
    expectFile(result.files.summary, 1000);
    const md = text(result.files.summary);
    for (const section of [
      "## Drempels zonder partners",
      "## Voorgestelde verbindingen formeel ↔ informeel",
      "## Kritieke partners",
      "## Leerroutes",
    ])
      expect(md).toContain(section);
    const json = JSON.parse(text(result.files.json));
    expect(json.organisations).toBe(network.graph.order);
  });

  it("counts open barriers and lists every barrier nobody committed to", () => {
    const open = network.barriers.filter((b) => b.status !== "resolved");
    expect(result.barriers.open).toBe(open.length);
    const committed = new Set(network.commitments.map((c) => c.barrier_id));
    const orphans = open.filter((b) => !committed.has(b.barrier_id)).map((b) => b.barrier_id);
    expect(orphans.length).toBeGreaterThan(0);
    const md = text(result.files.summary);
    for (const id of orphans.slice(0, 8)) expect(md).toContain(`| ${id} |`);
  });

  it("suggests only pairs that are not tied yet and that cross the formal line", () => {
    const g = network.graph;
    const side = (id: string) => formalSideOfSector(g.getNodeAttribute(id, "sector") as string | undefined);
    expect(result.suggestions.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions.suggestions) {
      expect(g.hasEdge(s.u, s.v) || g.hasEdge(s.v, s.u), `${s.u}-${s.v}`).toBe(false);
      expect(new Set([side(s.u), side(s.v)])).toEqual(new Set(["formal", "non_formal_informal"]));
      expect(s.sentence.nl.length).toBeGreaterThan(20);
    }
  });

  it("the most critical partner cuts off as many organisations as a breadth-first search finds", () => {
    const top = result.departure.organisations[0];
    const g = network.graph;
    const reach = (start: string, without?: string) => {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        const x = queue.pop()!;
        for (const y of g.neighbors(x))
          if (y !== without && !seen.has(y)) {
            seen.add(y);
            queue.push(y);
          }
      }
      return seen;
    };
    const component = reach(top.id);
    let largestPiece = 0;
    const done = new Set<string>();
    for (const id of component) {
      if (id === top.id || done.has(id)) continue;
      const piece = reach(id, top.id);
      for (const p of piece) done.add(p);
      largestPiece = Math.max(largestPiece, piece.size);
    }
    expect(top.cut_off).toBeGreaterThan(0);
    expect(top.cut_off).toBe(component.size - 1 - largestPiece);
  });

  it("learning routes start from a nature offer near Ieper and reach formal learning", () => {
    const r = result.routes;
    expect(r.learner.theme).toBe("nature_environment");
    expect(r.learner.barriers).toEqual(["financial"]);
    expect(r.routes.length).toBeGreaterThan(0);
    const md = text(result.files.summary);
    for (const route of r.routes) {
      expect(route.steps[0].themes).toContain("nature_environment");
      expect(route.reaches_formal).toBe(true);
      expect(route.steps.at(-1)!.learning_context).toBe("formal");
      expect(md).toContain(route.story.nl);
    }
  });
});
