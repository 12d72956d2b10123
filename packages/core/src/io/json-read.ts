/**
 * Reader for graphology's serialisation format (https://graphology.github.io/serialization.html):
 * `{attributes, options: {type, multi, allowSelfLoops}, nodes: [{key, attributes}], edges: [{key?,
 * source, target, attributes, undirected?}]}`. Direction: `options.type` "directed"/"undirected"
 * decides for all edges, "mixed" (default) per edge by `undirected`. Findings name the element as
 * `nodes[i]` / `edges[i]`, with row = i + 1.
 */

import { msgText } from "../messages/index.ts";
import type { EcoNetwork, InputFile } from "../model/types.ts";
import { cleanId } from "../values/id.ts";
import { jsonDepthOffset, jsonErrorOffset, MAX_JSON_DEPTH } from "./json-locate.ts";
import { NetworkBuilder } from "./network-builder.ts";
import { LabelChoice, type ReadOptions } from "./read-options.ts";
import { acceptWeight } from "./weight-check.ts";
import { decodeXmlBytes } from "./xml-text.ts";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Keeps plain values and lists of them; anything nested becomes its JSON text. */
function plainAttributes(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  if (!isObject(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    if (v === null) continue;
    if (typeof v === "object" && !(Array.isArray(v) && v.every((x) => x === null || typeof x !== "object")))
      out[k] = JSON.stringify(v);
    else out[k] = v;
  }
  return out;
}

function asId(v: unknown): string | undefined {
  if (typeof v === "string" && v !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * An id with control or format characters (NUL, ESC, zero-width ...) and spaces at its ends
 * removed, reported with the code points made visible; undefined when nothing is left.
 */
function cleanJsonId(
  b: NetworkBuilder,
  file: string,
  raw: string | undefined,
  row: number,
  column: string,
): string | undefined {
  if (raw === undefined) return undefined;
  const { id, removed } = cleanId(raw);
  if (removed.length > 0)
    b.report(
      file,
      "warning",
      "ID_CLEANED",
      { row, column, value: raw },
      msgText("json-read.id_cleaned", { removed: removed.join(", "), id }),
    );
  return id === "" ? undefined : id;
}

/** The error for a file nested deeper than MAX_JSON_DEPTH, or false when it is not. */
function tooDeep(b: NetworkBuilder, file: string, text: string): boolean {
  const at = jsonDepthOffset(text);
  if (at < 0) return false;
  const row = text.slice(0, at).split("\n").length;
  b.report(
    file,
    "error",
    "JSON_TOO_DEEP",
    { row },
    msgText("json-read.json_too_deep", { MAX_JSON_DEPTH, row }),
  );
  return true;
}

export function readGraphologyJson(file: InputFile, options: ReadOptions = {}): EcoNetwork {
  const b = new NetworkBuilder();
  const name = file.name;
  const decoded = decodeXmlBytes(file.bytes);
  b.addFile(name, "json", { encoding: decoded.encoding });
  if (decoded.problem) b.report(name, "warning", "ENCODING_FALLBACK", {}, decoded.problem);
  if (tooDeep(b, name, decoded.text)) return b.build("json");
  let data: unknown;
  try {
    data = JSON.parse(decoded.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(decoded.text.replace(/^\uFEFF/, ""));
    const row = offset >= 0 ? decoded.text.slice(0, offset).split("\n").length : undefined;
    b.report(
      name,
      "error",
      "JSON_SYNTAX",
      { row },
      msgText("json-read.json_syntax", { row: row ?? "", message }),
    );
    return b.build("json");
  }
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    b.report(name, "error", "JSON_NOT_GRAPH", {}, msgText("json-read.not_a_graph"));
    return b.build("json");
  }
  const graphOptions = isObject(data.options) ? data.options : {};
  const type =
    graphOptions.type === "directed" || graphOptions.type === "undirected" ? graphOptions.type : "mixed";

  readNodes(b, name, data.nodes, options.labelAttr);
  readEdges(b, name, data.edges, type);
  return b.build("json", plainAttributes(data.attributes));
}

function readNodes(b: NetworkBuilder, name: string, nodes: Json[], labelAttr: string | undefined) {
  const labels = new LabelChoice(labelAttr);
  nodes.forEach((node, i) => {
    const id = isObject(node) ? cleanJsonId(b, name, asId(node.key), i + 1, "key") : undefined;
    if (!isObject(node) || id === undefined) {
      b.reject(name);
      b.report(
        name,
        "error",
        "MISSING_ID",
        { row: i + 1, column: "key", value: JSON.stringify(node)?.slice(0, 80) },
        msgText("json-read.missing_id", { i }),
      );
      return;
    }
    const attrs = plainAttributes(node.attributes);
    const label = labels.pick(attrs);
    if (label !== undefined) attrs.label = label;
    b.addNode(name, id, attrs, i + 1, "key");
  });
  labels.report(b, name);
}

/** The edge's weight: a number, undefined (absent or no number: 1 after a warning), or null (rejected). */
function edgeWeight(b: NetworkBuilder, name: string, i: number, raw: unknown): number | undefined | null {
  if (raw === undefined) return undefined;
  const text = typeof raw === "string";
  const w = text ? Number(raw) : raw;
  if (typeof w === "number" && !(text && (String(raw).trim() === "" || Number.isNaN(w))))
    return acceptWeight(b, name, { row: i + 1 }, w, String(raw)) ? w : null;
  b.report(
    name,
    "warning",
    "BAD_ATTRIBUTE_VALUE",
    { row: i + 1, column: "weight", value: String(raw) },
    msgText("json-read.bad_attribute_value", { i, raw: String(raw) }),
  );
  return undefined;
}

function readEdges(b: NetworkBuilder, name: string, list: Json | undefined, type: string) {
  const edges = Array.isArray(list) ? list : [];
  if (list !== undefined && !Array.isArray(list)) {
    b.report(name, "error", "JSON_NOT_GRAPH", { column: "edges" }, msgText("json-read.edges_not_a_list"));
  }
  edges.forEach((edge, i) => {
    const source = isObject(edge) ? cleanJsonId(b, name, asId(edge.source), i + 1, "source") : undefined;
    const target = isObject(edge) ? cleanJsonId(b, name, asId(edge.target), i + 1, "target") : undefined;
    if (!isObject(edge) || source === undefined || target === undefined) {
      b.reject(name);
      b.report(
        name,
        "error",
        "MISSING_ENDPOINT",
        {
          row: i + 1,
          column: source === undefined ? "source" : "target",
          value: JSON.stringify(edge)?.slice(0, 80),
        },
        msgText("json-read.missing_endpoint", { i }),
      );
      return;
    }
    const attrs = plainAttributes(edge.attributes);
    const directed = type === "directed" ? true : type === "undirected" ? false : edge.undirected !== true;
    const weight = edgeWeight(b, name, i, attrs.weight);
    if (weight === null) return;
    const relationType =
      typeof attrs.relation_type === "string" && attrs.relation_type !== "" ? attrs.relation_type : undefined;
    b.addEdge(name, {
      key: cleanJsonId(b, name, asId(edge.key), i + 1, "key"),
      source,
      target,
      directed,
      weight,
      relationType,
      attributes: attrs,
      row: i + 1,
    });
  });
}
