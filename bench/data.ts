/** Writes the generated graphs once to bench/tmp/<size>-seed<seed>/ (ignored by git) and reuses them. */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEED } from "@ecolens/core";
import { edgeCsvChunks, generateGraph, nodeCsvChunks, SIZES } from "./generator.ts";

export const TMP_DIR = fileURLToPath(new URL("./tmp/", import.meta.url));

export interface DataFiles {
  size: string;
  dir: string;
  edges: string;
  nodes: string;
  bytes: number;
}

function writeChunks(path: string, chunks: Iterable<string>): void {
  const part = `${path}.part`;
  const fd = openSync(part, "w");
  for (const c of chunks) writeSync(fd, c);
  closeSync(fd);
  renameSync(part, path);
}

export function ensureData(size: string, seed = DEFAULT_SEED): DataFiles {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}; known: ${Object.keys(SIZES).join(", ")}`);
  const dir = `${TMP_DIR}${size}-seed${seed}/`;
  const edges = `${dir}edges.csv`;
  const nodes = `${dir}nodes.csv`;
  if (!existsSync(edges) || !existsSync(nodes)) {
    mkdirSync(dir, { recursive: true });
    const g = generateGraph(spec.nodes, spec.edges, seed);
    writeChunks(edges, edgeCsvChunks(g));
    writeChunks(nodes, nodeCsvChunks(g, seed));
  }
  return { size, dir, edges, nodes, bytes: statSync(edges).size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const size of (process.argv[2] ?? "S,M,L").split(",")) {
    const t = performance.now();
    const d = ensureData(size);
    console.log(
      `${size}: ${d.edges} (${(d.bytes / 1e6).toFixed(1)} MB, ${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
  }
}
