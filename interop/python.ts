/**
 * Python peers for the interop suite: networkx 3 and python-igraph read the files ecolens writes.
 * Each peer is looked for in every python3 on the machine (the image's own python3 has networkx 3;
 * Debian's /usr/bin/python3 gets python3-igraph from .ci/run). A missing peer FAILS the test with
 * the command that installs it: this suite runs only when asked for, so a skip would hide a gap.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CANDIDATES = ["python3", "/usr/bin/python3", "/usr/local/bin/python3"];
const found = new Map<string, string>();

/** The first python3 that imports `module` at major version >= minMajor. */
export function pythonWith(module: string, minMajor: number, install: string): string {
  const key = `${module}>=${minMajor}`;
  const hit = found.get(key);
  if (hit) return hit;
  const probe = `import ${module}, sys; sys.exit(0 if int(${module}.__version__.split('.')[0]) >= ${minMajor} else 3)`;
  for (const py of CANDIDATES) {
    const r = spawnSync(py, ["-c", probe], { encoding: "utf8" });
    if (!r.error && r.status === 0) {
      found.set(key, py);
      return py;
    }
  }
  throw new Error(
    `${module} >= ${minMajor} is required for the interop suite but no python3 has it. ${install}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "ecolens-interop-"));
let counter = 0;

/** Writes text to a fresh temporary file and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** What a peer saw in a file: counts, direction, and per-node label and attributes (keyed by the file's node id). */
export interface PeerReading {
  nodes: number;
  edges: number;
  directed: boolean;
  multigraph: boolean;
  labels: Record<string, string | null>;
  nodeAttributes: Record<string, Record<string, unknown>>;
  edgeAttributeNames: string[];
}

const NETWORKX = `
import json, sys, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
if kind == "gexf": g = nx.read_gexf(path, version="1.3")
elif kind == "gexf12": g = nx.read_gexf(path, version="1.2draft")
elif kind == "graphml": g = nx.read_graphml(path)
elif kind == "pajek": g = nx.read_pajek(path)
else: raise SystemExit("unknown kind " + kind)
labels, attrs, enames = {}, {}, set()
for n, d in g.nodes(data=True):
    key = str(d.get("id", n))
    labels[key] = d.get("label")
    attrs[key] = {k: v for k, v in d.items() if isinstance(v, (str, int, float, bool))}
for *_, d in g.edges(data=True):
    enames.update(d.keys())
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
  "multigraph": g.is_multigraph(), "labels": labels, "nodeAttributes": attrs, "edgeAttributeNames": sorted(enames)}))
`;

/** networkx 3's reading of a file ecolens wrote (GEXF 1.3, GEXF 1.2draft, GraphML or Pajek). */
export function networkxRead(kind: "gexf" | "gexf12" | "graphml" | "pajek", path: string): PeerReading {
  const py = pythonWith(
    "networkx",
    3,
    "The node image's python3 ships networkx 3.6.1; elsewhere: pip install 'networkx>=3'.",
  );
  return JSON.parse(execFileSync(py, ["-c", NETWORKX, kind, path], { encoding: "utf8", maxBuffer: 1 << 26 }));
}

const IGRAPH = `
import json, sys, igraph as ig
kind, path = sys.argv[1], sys.argv[2]
g = ig.Graph.Read_GraphML(path) if kind == "graphml" else ig.Graph.Read_Pajek(path)
names = g.vs.attributes()
key = "id" if "id" in names else ("name" if "name" in names else None)
labels, attrs = {}, {}
for v in g.vs:
    k = str(v[key]) if key else str(v.index)
    labels[k] = v["label"] if "label" in names else None
    # igraph fills a numeric attribute a vertex lacks with NaN, which is not JSON: left out.
    attrs[k] = {a: v[a] for a in names if isinstance(v[a], (str, int, float, bool)) and v[a] == v[a]}
print(json.dumps({"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(), "multigraph": True,
  "labels": labels, "nodeAttributes": attrs, "edgeAttributeNames": sorted(g.es.attributes())}))
`;

/** python-igraph's reading of a GraphML or Pajek file ecolens wrote. */
export function igraphRead(kind: "graphml" | "pajek", path: string): PeerReading {
  const py = pythonWith(
    "igraph",
    0,
    "Install it with: apt-get install -y python3-igraph (Debian) or pip install igraph.",
  );
  return JSON.parse(execFileSync(py, ["-c", IGRAPH, kind, path], { encoding: "utf8", maxBuffer: 1 << 26 }));
}
