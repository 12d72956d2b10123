/**
 * Pajek `.net` reader: `*Network`, `*Vertices n [n1]` (two-mode networks: the first n1 vertices
 * get `mode` 1, the rest 2), vertex lines `number "label" [x y z] ...`, `*Arcs` / `*Edges` lines
 * `from to [weight] ...`, `*Arcslist` / `*Edgeslist` lines `from to1 to2 ...` and `*Matrix`
 * (every non-zero cell is an arc with that weight). `%` starts a comment. Vertices are keyed by
 * their label when every vertex has a distinct one (as networkx does), else by their number.
 * Ends are vertex numbers, or labels as some writers use them. Every line ends up in the network
 * or in a finding with its line number.
 */

import { msgText } from "../messages/index.ts";
import type { EcoNetwork, InputFile } from "../model/types.ts";
import { NetworkBuilder } from "./network-builder.ts";
import { LabelChoice, type ReadOptions } from "./read-options.ts";
import { parseScalar } from "./typed-values.ts";
import { acceptWeight } from "./weight-check.ts";
import { decodeXmlBytes } from "./xml-text.ts";

/** More vertices than this in `*Vertices n` is refused (memory), with a finding. */
export const MAX_PAJEK_VERTICES = 5_000_000;

type Section = "vertices" | "arcs" | "edges" | "arcslist" | "edgeslist" | "matrix" | "other";

interface Line {
  row: number;
  tokens: string[];
}

/** Tokens of a line: "quoted text" or runs of non-space. */
export function pajekTokens(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"?|(\S+)/g)) out.push(m[1] ?? m[2] ?? "");
  return out;
}

function sectionOf(token: string): Section {
  const t = token.toLowerCase();
  if (t === "*vertices") return "vertices";
  if (t === "*arcs") return "arcs";
  if (t === "*edges") return "edges";
  if (t === "*arcslist") return "arcslist";
  if (t === "*edgeslist") return "edgeslist";
  if (t === "*matrix") return "matrix";
  return "other";
}

export function readPajek(file: InputFile, options: ReadOptions = {}): EcoNetwork {
  const b = new NetworkBuilder();
  const name = file.name;
  const decoded = decodeXmlBytes(file.bytes);
  b.addFile(name, "pajek", { encoding: decoded.encoding });
  if (decoded.problem) b.report(name, "warning", "ENCODING_FALLBACK", {}, decoded.problem);
  const sections: Array<{ kind: Section; head: Line; lines: Line[] }> = [];
  const graphAttributes: Record<string, unknown> = {};
  decoded.text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((text, i) => {
      const trimmed = text.trim();
      if (trimmed === "" || trimmed.startsWith("%")) return;
      const line = { row: i + 1, tokens: pajekTokens(trimmed) };
      if (trimmed.startsWith("*")) {
        const kind = sectionOf(line.tokens[0]);
        if (line.tokens[0].toLowerCase() === "*network")
          graphAttributes.name = line.tokens.slice(1).join(" ");
        else sections.push({ kind, head: line, lines: [] });
      } else if (sections.length > 0) sections[sections.length - 1].lines.push(line);
      else unexpectedLine(b, name, line);
    });
  const vertexSection = sections.find((s) => s.kind === "vertices");
  if (!vertexSection) {
    b.report(name, "error", "PAJEK_NO_VERTICES", {}, msgText("pajek-read.pajek_no_vertices"));
    return b.build("pajek", graphAttributes);
  }
  const keyOf = readVertices(b, name, vertexSection, new LabelChoice(options.labelAttr));
  for (const s of sections) {
    if (s.kind === "vertices") continue;
    if (s.kind === "other") {
      b.report(
        name,
        "info",
        "PAJEK_SECTION_IGNORED",
        { row: s.head.row, value: s.head.tokens[0] },
        msgText("pajek-read.pajek_section_ignored", { value: s.head.tokens[0], length: s.lines.length }),
      );
      for (const _ of s.lines) b.reject(name);
    } else readTies(b, name, s.kind, s.lines, keyOf);
  }
  return b.build("pajek", graphAttributes);
}

function unexpectedLine(b: NetworkBuilder, file: string, line: Line) {
  b.reject(file);
  b.report(
    file,
    "warning",
    "PAJEK_UNEXPECTED_LINE",
    { row: line.row, value: line.tokens.join(" ") },
    msgText("pajek-read.pajek_unexpected_line"),
  );
}

/** Vertex number (as written) -> node key. */
function readVertices(
  b: NetworkBuilder,
  file: string,
  section: { head: Line; lines: Line[] },
  labels: LabelChoice,
): Map<string, string> {
  const n = Number(section.head.tokens[1]);
  const firstMode = Number(section.head.tokens[2]);
  const keyOf = new Map<string, string>();
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAJEK_VERTICES) {
    b.report(
      file,
      "error",
      "PAJEK_VERTEX_COUNT",
      { row: section.head.row, value: section.head.tokens[1] ?? "" },
      msgText("pajek-read.pajek_vertex_count", { value: section.head.tokens[1] ?? "", MAX_PAJEK_VERTICES }),
    );
    for (const _ of section.lines) b.reject(file);
    return keyOf;
  }
  const labelOf = new Map<number, { label: string; row: number }>();
  for (const line of section.lines) {
    const num = Number(line.tokens[0]);
    if (!Number.isInteger(num) || num < 1 || num > n || labelOf.has(num)) {
      b.reject(file);
      b.report(
        file,
        "error",
        "PAJEK_BAD_VERTEX",
        { row: line.row, column: "vertex", value: line.tokens[0] },
        msgText("pajek-read.pajek_bad_vertex", { value: line.tokens[0], n }),
      );
      continue;
    }
    labelOf.set(num, { label: line.tokens[1] ?? String(num), row: line.row });
  }
  const distinct = new Set([...labelOf.values()].map((v) => v.label));
  const byLabel = labelOf.size === n && distinct.size === n;
  for (let num = 1; num <= n; num++) {
    const entry = labelOf.get(num);
    const label = entry?.label ?? String(num);
    const key = byLabel ? label : String(num);
    const attrs: Record<string, unknown> = Object.create(null);
    if (Number.isInteger(firstMode) && firstMode > 0) attrs.mode = num <= firstMode ? 1 : 2;
    attrs.label = labels.pick({ label }) ?? label;
    if (entry) {
      if (b.addNode(file, key, attrs, entry.row, "vertex")) keyOf.set(String(num), key);
    } else if (!b.hasNode(key)) {
      b.graph.addNode(key, attrs as never);
      keyOf.set(String(num), key);
    }
    if (byLabel) keyOf.set(`label:${label}`, key);
  }
  return keyOf;
}

function endKey(keyOf: Map<string, string>, token: string): string | undefined {
  return keyOf.get(token) ?? keyOf.get(`label:${token}`);
}

/** The weight token: undefined = 1 (absent or, after a warning, not a number); null = rejected. */
function tieWeight(
  b: NetworkBuilder,
  file: string,
  row: number,
  raw: string | undefined,
): number | undefined | null {
  if (raw === undefined) return undefined;
  const p = parseScalar(raw, "number");
  if (!p.ok) {
    b.report(
      file,
      "warning",
      "BAD_WEIGHT",
      { row, column: "weight", value: raw },
      msgText("pajek-read.bad_weight", { raw }),
    );
    return undefined;
  }
  return acceptWeight(b, file, { row }, p.value as number, raw) ? (p.value as number) : null;
}

function addTie(
  b: NetworkBuilder,
  file: string,
  keyOf: Map<string, string>,
  tie: { from: string; to: string; directed: boolean; weight?: number; row: number },
) {
  const source = endKey(keyOf, tie.from);
  const target = endKey(keyOf, tie.to);
  if (source === undefined || target === undefined) {
    const missing = [source === undefined ? tie.from : undefined, target === undefined ? tie.to : undefined];
    b.danglingEdge(
      file,
      { source: tie.from, target: tie.to, row: tie.row },
      missing.filter((m): m is string => m !== undefined),
    );
    return;
  }
  b.addEdge(file, {
    source,
    target,
    directed: tie.directed,
    weight: tie.weight,
    attributes: Object.create(null),
    row: tie.row,
  });
}

function readTies(
  b: NetworkBuilder,
  file: string,
  kind: Exclude<Section, "vertices" | "other">,
  lines: Line[],
  keyOf: Map<string, string>,
) {
  const directed = kind === "arcs" || kind === "arcslist" || kind === "matrix";
  if (kind === "matrix") {
    lines.forEach((line, i) => {
      line.tokens.forEach((cell, j) => {
        const w = tieWeight(b, file, line.row, cell);
        if (w === null || w === 0) return;
        addTie(b, file, keyOf, {
          from: String(i + 1),
          to: String(j + 1),
          directed,
          weight: w,
          row: line.row,
        });
      });
    });
    return;
  }
  for (const line of lines) {
    const [from, ...rest] = line.tokens;
    if (rest.length === 0) {
      unexpectedLine(b, file, line);
      continue;
    }
    if (kind === "arcslist" || kind === "edgeslist") {
      for (const to of rest) addTie(b, file, keyOf, { from, to, directed, row: line.row });
      continue;
    }
    const w = tieWeight(b, file, line.row, rest[1]);
    if (w === null) continue;
    addTie(b, file, keyOf, { from, to: rest[0], directed, weight: w, row: line.row });
  }
}
