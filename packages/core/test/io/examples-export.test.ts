/**
 * The Westhoek example (a mixed network: directed and undirected relation types) and every
 * reference case, exported in every --edge-type: schema-valid GEXF 1.3 and GraphML, the counts of
 * the network (or, for doubled arcs, what the note says), and read back as the same network.
 * networkx and igraph read the same files in interop/exports-io.interop.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importInventory } from "../../src/inventory/import.ts";
import { readGexf } from "../../src/io/gexf-read.ts";
import { writeGexf } from "../../src/io/gexf-write.ts";
import { readGraphml } from "../../src/io/graphml-read.ts";
import { writeGraphml } from "../../src/io/graphml-write.ts";
import { readNodeEdgeLists } from "../../src/io/lists-read.ts";
import { readPajek } from "../../src/io/pajek-read.ts";
import { writePajek } from "../../src/io/pajek-write.ts";
import type { EcoNetwork } from "../../src/model/types.ts";
import { edgeSignatures } from "./networks.ts";
import { gexfErrors, graphmlErrors, inputFrom, inputText, integrity, REFERENCE } from "./tools.ts";

const WESTHOEK = fileURLToPath(new URL("../../../../data/examples/westhoek/", import.meta.url));

function westhoek(): EcoNetwork {
  const files = readdirSync(WESTHOEK)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => inputFrom(join(WESTHOEK, f)));
  return importInventory(files);
}

function referenceCase(name: string): EcoNetwork {
  const expected = JSON.parse(readFileSync(join(REFERENCE, name, "expected.json"), "utf8"));
  return readNodeEdgeLists(
    inputFrom(join(REFERENCE, name, "edges.csv")),
    inputFrom(join(REFERENCE, name, "nodes.csv")),
    {
      directed: expected.graph.directed === true,
    },
  );
}

/** Undirected relations (self-loops once) that --edge-type directed doubles. */
function doubled(net: EcoNetwork): number {
  let n = 0;
  net.graph.forEachEdge((_k, a, s, t) => {
    if (!a.directed && s !== t) n++;
  });
  return n;
}

describe("Westhoek: a mixed network in every --edge-type", () => {
  const net = westhoek();
  const directed = net.graph.filterEdges((_k, a) => a.directed).length;

  it("is mixed and clean (the premise of these tests)", () => {
    expect(net.report.errors).toBe(0);
    expect(directed).toBeGreaterThan(0);
    expect(directed).toBeLessThan(net.graph.size);
  });

  for (const mode of [undefined, "undirected", "directed", "mixed"] as const) {
    it(`${mode ?? "default"}: valid GEXF and GraphML, counts, read back as the same network`, () => {
      const gexf = writeGexf(net, { edges: mode });
      const graphml = writeGraphml(net, { edges: mode });
      // Schema validation of 2 MB files is slow: the default and the doubled files; the small
      // hostile networks check every mode (edge-modes.test.ts).
      if (mode === undefined || mode === "directed") {
        expect(gexfErrors(gexf)).toBe("");
        expect(graphmlErrors(graphml)).toBe("");
      }
      const edges = mode === "directed" ? net.graph.size + doubled(net) : net.graph.size;
      for (const [kind, xml] of [
        ["gexf", gexf],
        ["graphml", graphml],
      ] as const) {
        expect(integrity(kind, xml)).toEqual({
          nodes: net.graph.order,
          unique: net.graph.order,
          edges,
          dangling: 0,
        });
      }
      if (mode === undefined || mode === "undirected") {
        expect(gexf).toContain('defaultedgetype="undirected"');
        expect(gexf).toContain(`ecolens: ${directed} directed relation(s) written as undirected edges`);
        expect(graphml).not.toContain(' directed="true"');
      }
      if (mode === "directed") expect(gexf).toContain(`ecolens: ${doubled(net)} undirected relation(s)`);
      const signatures = edgeSignatures(net.graph);
      for (const back of [
        readGexf(inputText("w.gexf", gexf)),
        readGraphml(inputText("w.graphml", graphml)),
      ]) {
        expect(back.report.errors).toBe(0);
        expect(back.graph.order).toBe(net.graph.order);
        expect(edgeSignatures(back.graph)).toEqual(signatures);
      }
    });
  }

  it("Pajek: every relation once by default, ids as labels, read back with the same ends", () => {
    const text = writePajek(net);
    const back = readPajek(inputText("w.net", text));
    expect(back.report.errors).toBe(0);
    expect([back.graph.order, back.graph.size]).toEqual([net.graph.order, net.graph.size]);
    expect(back.graph.nodes().sort()).toEqual(net.graph.nodes().sort());
  });
});

describe("reference cases in every --edge-type", () => {
  const cases = readdirSync(REFERENCE).filter((d) => !d.includes("."));
  it("all eight cases are there", () => {
    expect(cases.length).toBe(8);
  });
  for (const name of cases) {
    it(`${name}: n and m of expected.json survive GEXF, GraphML and Pajek`, () => {
      const net = referenceCase(name);
      const { n, m } = JSON.parse(readFileSync(join(REFERENCE, name, "expected.json"), "utf8")).graph;
      expect([net.graph.order, net.graph.size]).toEqual([n, m]);
      for (const mode of ["undirected", "directed", "mixed"] as const) {
        const gexf = writeGexf(net, { edges: mode });
        expect(gexfErrors(gexf)).toBe("");
        const graphml = writeGraphml(net, { edges: mode });
        expect(graphmlErrors(graphml)).toBe("");
        for (const back of [
          readGexf(inputText("c.gexf", gexf)),
          readGraphml(inputText("c.graphml", graphml)),
          readPajek(inputText("c.net", writePajek(net, { edges: mode }))),
        ]) {
          expect([back.graph.order, back.report.errors]).toEqual([n, 0]);
          expect(back.graph.size).toBe(
            back.source.kind === "pajek" && mode === "directed" ? m + doubled(net) : m,
          );
        }
      }
    });
  }
});
