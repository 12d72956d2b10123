/**
 * Property-name fuzz: every own property name of Object.prototype and Function.prototype (and
 * `__proto__`, `constructor`, `prototype`) used as CSV header, as id, as attribute name and as
 * attribute value, in every reader. No reader may throw, every id is kept as given, and neither
 * prototype is changed afterwards.
 */
import Graph, { DirectedGraph, MultiGraph, UndirectedGraph } from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EcoNetwork,
  type InputFile,
  importInventory,
  readGexf,
  readGraphml,
  readGraphologyJson,
  readNodeEdgeLists,
} from "../../src/index.ts";

const NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    "__proto__",
    "constructor",
    "prototype",
  ]),
].sort();

const text = (name: string, body: string): InputFile => ({ name, bytes: new TextEncoder().encode(body) });
const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type Snapshot = Array<[string, unknown]>;
function snapshot(target: object): Snapshot {
  return Reflect.ownKeys(target)
    .map((k) => [String(k), Object.getOwnPropertyDescriptor(target, k)] as [string, unknown])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

let before: { object: Snapshot; fn: Snapshot };
beforeAll(() => {
  before = { object: snapshot(Object.prototype), fn: snapshot(Function.prototype) };
});
afterAll(() => {
  // Nothing a reader did may have written into the shared prototypes.
  expect(snapshot(Object.prototype)).toEqual(before.object);
  expect(snapshot(Function.prototype)).toEqual(before.fn);
  expect(({} as Record<string, unknown>).previous).toBeUndefined();
});

function expectClean(net: EcoNetwork, edges: number) {
  expect(net.report.findings.filter((f) => /internal|stack/i.test(f.message.en))).toEqual([]);
  expect([...net.graph.nodes()].sort()).toEqual(NAMES);
  expect(net.graph.size).toBe(edges);
  for (const id of NAMES) expect(net.graph.hasNode(id)).toBe(true);
  expect(net.report.findings.filter((f) => f.code === "UNSUPPORTED_ID")).toEqual([]);
  // A plain object is still a plain object.
  expect(Object.keys({})).toEqual([]);
}

/** Pairs name[i] - name[i+1]: a chain through every node. */
const CHAIN = NAMES.slice(1).map((target, i) => [NAMES[i], target] as const);

describe("property names as headers, ids, attribute names and values", () => {
  it("the list covers the dangerous names", () => {
    for (const n of [
      "hasOwnProperty",
      "toString",
      "valueOf",
      "__proto__",
      "constructor",
      "prototype",
      "call",
    ])
      expect(NAMES).toContain(n);
  });

  it.each([
    ["UndirectedGraph", () => new UndirectedGraph()],
    ["DirectedGraph", () => new DirectedGraph()],
    ["Graph (mixed)", () => new Graph({ type: "mixed" })],
    ["MultiGraph", () => new MultiGraph({ type: "mixed" })],
  ])("graphology %s (as the analyses build them) holds every name as node and edge end", (_, make) => {
    const g = make();
    for (const n of NAMES) g.addNode(n, { [n]: n });
    for (const [a, b] of CHAIN) g.addEdge(a, b, { weight: 1 });
    // The reverse of every tie, where the graph is simple and undirected, is the same tie.
    expect(g.size).toBe(CHAIN.length);
    for (const [a, b] of CHAIN) {
      expect(g.hasEdge(a, b)).toBe(true);
      expect(g.areNeighbors(a, b)).toBe(true);
    }
    expect(g.hasEdge("hasOwnProperty", "__proto__")).toBe(false);
    for (const n of NAMES) expect(g.hasNodeAttribute(n, n)).toBe(true);
    expect(g.neighbors("hasOwnProperty").sort()).toEqual(
      CHAIN.filter(([a, b]) => a === "hasOwnProperty" || b === "hasOwnProperty")
        .map(([a, b]) => (a === "hasOwnProperty" ? b : a))
        .sort(),
    );
    g.dropNode("hasOwnProperty");
    expect(g.order).toBe(NAMES.length - 1);
  });

  it("inventory CSV folder", () => {
    const sep = ";";
    // `name` (a Function.prototype member) is itself the organisation's name column here.
    const orgs = [
      ["org_id", "org_type", "gemeente", ...NAMES].join(sep),
      ...NAMES.map((n) => [n, n, n, ...NAMES.map(() => n)].join(sep)),
    ].join("\n");
    const rels = [
      ["source_id", "target_id", "relation_type", "weight", ...NAMES].join(sep),
      ...CHAIN.map(([a, b]) => [a, b, "partnership", "1,5", ...NAMES.map(() => b)].join(sep)),
    ].join("\n");
    const offerings = [
      ["offering_id", "org_id", "title", "next_step_ids", ...NAMES].join(sep),
      ...NAMES.map((n) => [`o-${n}`, n, n, n, ...NAMES.map(() => n)].join(sep)),
    ].join("\n");
    const barriers = [
      ["barrier_id", "barrier_type", "target_group", "org_id", ...NAMES].join(sep),
      ...NAMES.map((n) => [n, n, n, n, ...NAMES.map(() => n)].join(sep)),
    ].join("\n");
    const net = importInventory([
      text("organisaties.csv", orgs),
      text("relaties.csv", rels),
      text("leerkansen.csv", offerings),
      text("drempels.csv", barriers),
    ]);
    expect(net.report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expectClean(net, CHAIN.length);
    expect(net.organisations.map((o) => o.org_id).sort()).toEqual(NAMES);
    expect(net.barriers.map((b) => b.barrier_id).sort()).toEqual(NAMES);
    expect(net.offerings).toHaveLength(NAMES.length);
    for (const org of net.organisations) {
      expect(org.name).toBe(org.org_id);
      // Every extra column kept under its own name (`__proto__` included) with its value.
      for (const n of NAMES.filter((x) => x !== "name"))
        expect(Object.getOwnPropertyDescriptor(org.extra, n)?.value).toBe(org.org_id);
    }
    for (const f of net.report.files) expect(f.imported + f.rejected + f.blank).toBe(f.dataRows);
    expect(net.report.files.every((f) => f.rejected === 0)).toBe(true);
  });

  it("generic node and edge lists", () => {
    const nodes = [
      ["id", "label", ...NAMES].join(","),
      ...NAMES.map((n) => [n, n, ...NAMES.map(() => n)].join(",")),
    ].join("\n");
    const edges = [
      ["source", "target", "weight", ...NAMES].join(","),
      ...CHAIN.map(([a, b]) => [a, b, "2", ...NAMES.map(() => a)].join(",")),
    ].join("\n");
    const net = readNodeEdgeLists(text("edges.csv", edges), text("nodes.csv", nodes));
    expectClean(net, CHAIN.length);
    for (const id of NAMES) {
      expect(net.graph.getNodeAttribute(id, "label")).toBe(id);
      expect(net.graph.hasNodeAttribute(id, "hasOwnProperty")).toBe(true);
      expect(net.graph.getNodeAttribute(id, "toString")).toBe(id);
    }
  });

  it("edge list alone (nodes created from the edges)", () => {
    const edges = [
      ["source", "target", ...NAMES].join(";"),
      ...CHAIN.map(([a, b]) => [a, b, ...NAMES.map(() => b)].join(";")),
    ].join("\n");
    expectClean(readNodeEdgeLists(text("edges.csv", edges)), CHAIN.length);
  });

  it("GEXF", () => {
    const attrs = NAMES.map((n, i) => `<attribute id="a${i}" title="${xml(n)}" type="string"/>`).join("");
    const values = (v: string) => NAMES.map((_, i) => `<attvalue for="a${i}" value="${xml(v)}"/>`).join("");
    const idAttrs = NAMES.map((n) => `<attribute id="${xml(n)}" title="${xml(n)}" type="string"/>`).join("");
    const idValues = (v: string) =>
      NAMES.map((n) => `<attvalue for="${xml(n)}" value="${xml(v)}"/>`).join("");
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<attributes class="node">${attrs}</attributes><attributes class="edge">${idAttrs}</attributes>
<nodes>${NAMES.map((n) => `<node id="${xml(n)}" label="${xml(n)}"><attvalues>${values(n)}</attvalues></node>`).join("")}</nodes>
<edges>${CHAIN.map(([a, b], i) => `<edge id="${i}" source="${xml(a)}" target="${xml(b)}"><attvalues>${idValues(a)}</attvalues></edge>`).join("")}</edges>
</graph></gexf>`;
    const net = readGexf(text("g.gexf", gexf));
    expectClean(net, CHAIN.length);
    for (const id of NAMES) expect(net.graph.getNodeAttribute(id, "label")).toBe(id);
  });

  it("GraphML", () => {
    const keys = NAMES.map(
      (n, i) =>
        `<key id="k${i}" for="node" attr.name="${xml(n)}" attr.type="string"/><key id="${xml(n)}" for="edge" attr.name="${xml(n)}" attr.type="string"/>`,
    ).join("");
    const data = (v: string) => NAMES.map((_, i) => `<data key="k${i}">${xml(v)}</data>`).join("");
    const edgeData = (v: string) => NAMES.map((n) => `<data key="${xml(n)}">${xml(v)}</data>`).join("");
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="undirected">
${NAMES.map((n) => `<node id="${xml(n)}">${data(n)}</node>`).join("")}
${CHAIN.map(([a, b]) => `<edge source="${xml(a)}" target="${xml(b)}">${edgeData(b)}</edge>`).join("")}
</graph></graphml>`;
    expectClean(readGraphml(text("g.graphml", graphml)), CHAIN.length);
  });

  it("graphology JSON", () => {
    const attributes = (v: string) => Object.fromEntries(NAMES.map((n) => [n, v]));
    // JSON.stringify of an object with an own `__proto__` key writes it as data, as a file would.
    const json = JSON.stringify({
      attributes: attributes("graph"),
      options: { type: "mixed" },
      nodes: NAMES.map((n) => ({ key: n, attributes: attributes(n) })),
      edges: CHAIN.map(([a, b]) => ({ source: a, target: b, undirected: true, attributes: attributes(a) })),
    });
    const withProto = json.replace('"attributes":{', '"attributes":{"__proto__":{"polluted":1},');
    const net = readGraphologyJson(text("g.json", withProto));
    expectClean(net, CHAIN.length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
