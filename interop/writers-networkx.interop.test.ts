/**
 * networkx and igraph read what the GEXF / GraphML writers produce, with hostile names intact and
 * the counts of the graph (moved here from core's writer tests, which run without Python).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readNodeEdgeLists, writeGexf, writeGraphml } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { HOSTILE, hostileGraph, networkOf } from "../packages/core/test/io/networks.ts";
import { igraphRead, networkxRead, tempFile } from "./python.ts";

const CASES = fileURLToPath(new URL("../data/reference/cases/", import.meta.url));
const input = (path: string) => ({
  name: path.split("/").pop() ?? path,
  bytes: new Uint8Array(readFileSync(path)),
});
const karate = () =>
  readNodeEdgeLists(
    input(join(CASES, "karate-weighted", "edges.csv")),
    input(join(CASES, "karate-weighted", "nodes.csv")),
  );

describe("networkx reads the GEXF writer's output", () => {
  it("hostile names stay text: the exact labels come back", () => {
    const nx = networkxRead("gexf", tempFile("h.gexf", writeGexf(networkOf(hostileGraph(false)))));
    expect(nx.labels[HOSTILE.script]).toBe(HOSTILE.formula);
    expect(nx.labels.constructor).toBe(HOSTILE.cdataEnd);
    expect(nx.labels["org 4"]).toBe(HOSTILE.amp);
    expect(nx.labels["org-5"]).toBe("Brouwerij\uFFFDDe Klaproos");
  });

  it("hostile graphs, directed and undirected: the same node and edge counts", () => {
    for (const directed of [false, true]) {
      const g = hostileGraph(directed);
      const nx = networkxRead("gexf", tempFile("h.gexf", writeGexf(networkOf(g))));
      expect([nx.nodes, nx.edges, nx.directed]).toEqual([g.order, g.size, directed]);
    }
  });

  it("karate-weighted: 34 nodes, 78 undirected edges, weights as an edge attribute", () => {
    const nx = networkxRead("gexf", tempFile("k.gexf", writeGexf(karate())));
    expect([nx.nodes, nx.edges, nx.directed]).toEqual([34, 78, false]);
    expect(nx.edgeAttributeNames).toContain("weight");
  });
});

describe("networkx and igraph read the GraphML writer's output", () => {
  it("hostile ids are kept in <data key=id>: networkx sees the original ids and labels", () => {
    const g = hostileGraph(true);
    const nx = networkxRead("graphml", tempFile("h.graphml", writeGraphml(networkOf(g))));
    expect(nx.directed).toBe(true);
    expect(Object.keys(nx.labels).sort()).toEqual(g.nodes().sort());
    expect(nx.labels[HOSTILE.script]).toBe(HOSTILE.formula);
  });

  it("karate-weighted: networkx and igraph both read 34 nodes and 78 undirected edges", () => {
    const path = tempFile("k.graphml", writeGraphml(karate()));
    const nx = networkxRead("graphml", path);
    expect([nx.nodes, nx.edges, nx.directed]).toEqual([34, 78, false]);
    const ig = igraphRead("graphml", path);
    expect([ig.nodes, ig.edges, ig.directed]).toEqual([34, 78, false]);
    expect(ig.edgeAttributeNames).toContain("weight");
  });
});
