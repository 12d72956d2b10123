/**
 * Independent checkers for the io tests: xmllint (libxml2) against the official schemas, networkx
 * 3 as a second reader, and a Python ElementTree check that ids are unique and every edge endpoint
 * is a declared node. These tools are REQUIRED (CI installs them via .ci/run): a missing tool makes
 * the test fail with a message saying how to install it, it never skips.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputFile } from "../../src/model/types.ts";

const SHARED = fileURLToPath(new URL("../../../../../shared/", import.meta.url));
export const SCHEMAS = join(SHARED, "conformance", "schemas");
export const REFERENCE = join(SHARED, "reference");

const dir = mkdtempSync(join(tmpdir(), "ecolens-io-"));
let counter = 0;

export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}

export function inputFrom(path: string, name = path.split("/").pop() ?? path): InputFile {
  return { name, bytes: new Uint8Array(readFileSync(path)) };
}

export function inputText(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

function requireTool(cmd: string, args: string[], install: string) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error || r.status !== 0)
    throw new Error(`${cmd} is required for these tests but is not usable here. Install it: ${install}`);
}

requireTool("xmllint", ["--version"], "apt-get install -y libxml2-utils");
requireTool(
  "python3",
  ["-c", "import networkx; assert int(networkx.__version__.split('.')[0]) >= 3"],
  "pip install 'networkx>=3'",
);

/** xmllint's verdict: "" when valid, else its messages. */
function xmllint(args: string[]): string {
  const r = spawnSync("xmllint", ["--nonet", "--noout", ...args], { encoding: "utf8" });
  return r.status === 0 ? "" : `${r.stderr}${r.stdout}`.trim() || `xmllint exit ${r.status}`;
}

export function gexfErrors(xml: string): string {
  return xmllint(["--relaxng", join(SCHEMAS, "gexf/1.3/gexf.rng"), tempFile("out.gexf", xml)]);
}

export function graphmlErrors(xml: string): string {
  return xmllint(["--schema", join(SCHEMAS, "graphml/1.0/graphml.xsd"), tempFile("out.graphml", xml)]);
}

export interface NxCounts {
  nodes: number;
  edges: number;
  directed: boolean;
  labels: Record<string, string>;
}

const NX_SCRIPT = `
import json, sys, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path, version="1.3") if kind == "gexf" else nx.read_graphml(path)
labels = {}
for n, d in g.nodes(data=True):
    labels[str(d.get("id", n))] = d.get("label")
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(), "labels": labels}))
`;

/** networkx 3's reading of a GEXF / GraphML text. */
export function networkxRead(kind: "gexf" | "graphml", xml: string): NxCounts {
  const path = tempFile(`nx.${kind}`, xml);
  return JSON.parse(execFileSync("python3", ["-c", NX_SCRIPT, kind, path], { encoding: "utf8" }));
}

const INTEGRITY_SCRIPT = `
import json, sys, xml.etree.ElementTree as ET
kind, path = sys.argv[1], sys.argv[2]
root = ET.parse(path).getroot()
ns = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
nodes = [n.get("id") for n in root.iter(ns + "node")]
edges = [(e.get("source"), e.get("target")) for e in root.iter(ns + "edge")]
declared = set(nodes)
print(json.dumps({
  "nodes": len(nodes), "unique": len(declared),
  "edges": len(edges), "dangling": sum(1 for s, t in edges if s not in declared or t not in declared),
}))
`;

/** Independent structure check of an exported XML file. */
export function integrity(kind: "gexf" | "graphml", xml: string) {
  const path = tempFile(`int.${kind}`, xml);
  return JSON.parse(execFileSync("python3", ["-c", INTEGRITY_SCRIPT, kind, path], { encoding: "utf8" })) as {
    nodes: number;
    unique: number;
    edges: number;
    dangling: number;
  };
}
