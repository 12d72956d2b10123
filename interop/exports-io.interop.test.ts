/**
 * Issue 14: every file `ecolens export` writes opens in the tools researchers use. networkx 3
 * (read_gexf, read_graphml, read_pajek) and python-igraph (Read_GraphML, Read_Pajek) read the
 * Westhoek example (a mixed network) and every reference case with the node and edge counts that
 * `validate` reports and the attributes intact; and ecolens reads what those tools write (igraph's
 * vertex names as labels, networkx's GEXF viz colours and positions).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type EcoNetwork,
  importInventory,
  readGexf,
  readGraphml,
  readNodeEdgeLists,
  writeGexf,
  writeGraphml,
  writePajek,
} from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { igraphRead, networkxRead, pythonWith, tempFile } from "./python.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const WESTHOEK = join(ROOT, "data/examples/westhoek");
const CASES = join(ROOT, "data/reference/cases");
const file = (path: string) => ({
  name: path.split("/").pop() ?? path,
  bytes: new Uint8Array(readFileSync(path)),
});

function westhoek(): EcoNetwork {
  const names = readdirSync(WESTHOEK)
    .filter((f) => f.endsWith(".csv"))
    .sort();
  return importInventory(names.map((f) => file(join(WESTHOEK, f))));
}

function ecolens(args: string[]): string {
  return execFileSync("npx", ["tsx", join(ROOT, "packages/cli/src/main.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
}

describe("the README's researcher round trip: ecolens export data/examples/westhoek", () => {
  it("--to gexf and --to graphml (default --edge-type): networkx and igraph read the counts of validate", () => {
    const report = JSON.parse(ecolens(["validate", "data/examples/westhoek", "--json"]));
    const imported = (kind: string) =>
      report.files
        .filter((f: { kind: string }) => f.kind === kind)
        .reduce((s: number, f: { imported: number }) => s + f.imported, 0);
    const [n, m] = [imported("organisations"), imported("relations")];
    expect([n, m]).toEqual([599, 2121]);
    const gexf = tempFile("westhoek.gexf", "");
    const graphml = tempFile("westhoek.graphml", "");
    ecolens(["export", "data/examples/westhoek", "--to", "gexf", "-o", gexf, "--force"]);
    ecolens(["export", "data/examples/westhoek", "--to", "graphml", "-o", graphml, "--force"]);
    for (const reading of [
      networkxRead("gexf", gexf),
      networkxRead("graphml", graphml),
      igraphRead("graphml", graphml),
    ])
      expect([reading.nodes, reading.edges, reading.directed]).toEqual([n, m, false]);
  });
});

describe("Westhoek in every --edge-type", () => {
  const net = westhoek();
  const directedRelations = net.graph.filterEdges((_k, a) => a.directed).length;
  const doubled = net.graph.filterEdges((_k, a, s, t) => !a.directed && s !== t).length;
  const sample = net.graph.nodes().slice(0, 25);

  for (const mode of ["undirected", "directed"] as const) {
    it(`${mode}: networkx (GEXF, GraphML, Pajek) and igraph (GraphML, Pajek): counts, direction, attributes`, () => {
      const edges = mode === "directed" ? net.graph.size + doubled : net.graph.size;
      const gexf = tempFile("w.gexf", writeGexf(net, { edges: mode }));
      const graphml = tempFile("w.graphml", writeGraphml(net, { edges: mode }));
      const pajek = tempFile("w.net", writePajek(net, { edges: mode }));
      const readings = [
        networkxRead("gexf", gexf),
        networkxRead("graphml", graphml),
        networkxRead("pajek", pajek),
        igraphRead("graphml", graphml),
        igraphRead("pajek", pajek),
      ];
      for (const r of readings)
        expect([r.nodes, r.edges, r.directed]).toEqual([net.graph.order, edges, mode === "directed"]);
      // Attributes survive in the XML formats: the relation's direction and type, and node fields.
      for (const r of readings.slice(0, 2)) {
        expect(r.edgeAttributeNames).toEqual(
          expect.arrayContaining(["relation_type", "weight", "relation_directed"]),
        );
        if (mode === "undirected") expect(r.edgeAttributeNames).toContain("relation_from");
        else expect(r.edgeAttributeNames).toContain("mirror_of");
        for (const id of sample) {
          const a = net.graph.getNodeAttributes(id);
          expect(r.labels[id]).toBe(a.label);
          expect(r.nodeAttributes[id]).toMatchObject({
            sector: a.sector,
            org_type: a.org_type,
            municipality: a.municipality,
          });
        }
      }
      expect(directedRelations).toBeGreaterThan(0);
    });
  }
});

describe("reference cases: networkx and igraph read the exports with n, m and the group attribute", () => {
  const cases = readdirSync(CASES).filter((d) => !d.includes("."));
  for (const name of cases) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(CASES, name, "expected.json"), "utf8"));
      const { n, m, directed } = expected.graph;
      const group: string | undefined = expected.graph.group_attribute ?? undefined;
      const net = readNodeEdgeLists(
        file(join(CASES, name, "edges.csv")),
        file(join(CASES, name, "nodes.csv")),
        {
          directed,
        },
      );
      const gexf = tempFile(`${name}.gexf`, writeGexf(net));
      const graphml = tempFile(`${name}.graphml`, writeGraphml(net));
      const pajek = tempFile(`${name}.net`, writePajek(net));
      const readings = [
        networkxRead("gexf", gexf),
        networkxRead("graphml", graphml),
        igraphRead("graphml", graphml),
      ];
      for (const r of [...readings, networkxRead("pajek", pajek), igraphRead("pajek", pajek)])
        expect([r.nodes, r.edges, r.directed]).toEqual([n, m, directed === true]);
      if (group)
        for (const r of readings)
          net.graph.forEachNode((id, a) => {
            expect(r.nodeAttributes[id][group]).toBe(a[group]);
          });
    });
  }
});

describe("ecolens reads what the Python tools write", () => {
  it("an igraph GraphML: vertex names become labels", () => {
    const py = pythonWith("igraph", 0, "apt-get install -y python3-igraph");
    const path = tempFile("ig.graphml", "");
    execFileSync(py, [
      "-c",
      "import igraph as ig, sys; g = ig.Graph.Famous('Zachary'); g.vs['name'] = [f'member {i}' for i in range(g.vcount())]; g.write_graphml(sys.argv[1])",
      path,
    ]);
    const net = readGraphml(file(path));
    expect(net.report.errors).toBe(0);
    expect([net.graph.order, net.graph.size]).toEqual([34, 78]);
    expect(net.graph.getNodeAttribute("n0", "label")).toBe("member 0");
    expect(net.organisations.map((o) => o.name)).toContain("member 33");
  });

  it("a networkx GEXF 1.2draft with viz: colours, positions and sizes kept, no findings", () => {
    const py = pythonWith("networkx", 3, "pip install 'networkx>=3'");
    const path = tempFile("nx.gexf", "");
    execFileSync(py, [
      "-c",
      [
        "import networkx as nx, sys",
        "g = nx.path_graph(3)",
        "for i in g: g.nodes[i]['viz'] = {'color': {'r': 10 * i, 'g': 20, 'b': 30, 'a': 1.0}, 'position': {'x': float(i), 'y': -1.5, 'z': 0.0}, 'size': 2.0 + i}",
        "nx.write_gexf(g, sys.argv[1], version='1.2draft')",
      ].join("\n"),
      path,
    ]);
    const net = readGexf(file(path));
    expect(net.report.findings).toEqual([]);
    expect(net.graph.getNodeAttributes("2")).toMatchObject({ color: "#14141e", x: 2, y: -1.5, size: 4 });
  });

  it("the same file's report: the map uses its colours and its layout", () => {
    const py = pythonWith("networkx", 3, "pip install 'networkx>=3'");
    const path = tempFile("nxr.gexf", "");
    execFileSync(py, [
      "-c",
      [
        "import networkx as nx, sys",
        "g = nx.path_graph(4)",
        "for i in g: g.nodes[i]['viz'] = {'color': {'r': 200, 'g': 20 * i, 'b': 30, 'a': 1.0}, 'position': {'x': 11.25 * (i + 1), 'y': -7.5 * i, 'z': 0.0}}",
        "nx.write_gexf(g, sys.argv[1], version='1.2draft')",
      ].join("\n"),
      path,
    ]);
    const html = tempFile("nxr.html", "");
    ecolens(["report", path, "-o", html, "--force"]);
    const text = readFileSync(html, "utf8");
    for (const expected of ["#c8001e", "#c8141e", "#c8281e", "#c83c1e", "33.75", "-22.5"])
      expect(text).toContain(expected);
  });
});
