/**
 * GraphML reader (GraphML 1.0, http://graphml.graphdrawing.org/specification.html). Reads the first
 * `<graph>`; typed `<key>`s (boolean, int, long, float, double, string) become typed attributes
 * under their `attr.name`. Node keys are the GraphML ids, unless every node carries a unique `id`
 * data value (what ecolens' writer does: GraphML ids must be NMTOKENs, so it writes n0, n1, ... and
 * keeps the real id in `<data key="id">`). Direction: the edge's `directed`, else the graph's
 * `edgedefault` (missing: a warning, undirected like networkx). Attribute `weight` is the strength,
 * `relation_type` the relation type (else "tie"). Nested graphs, ports and hyperedges are skipped.
 */
import type { EcoNetwork, InputFile } from "../model/types.ts";
import { restoreDirection } from "./edge-notes.ts";
import { GRAPHML_LIST_DESC } from "./graphml-write.ts";
import { NetworkBuilder } from "./network-builder.ts";
import { LabelChoice, labelText, type ReadOptions, reportMirrors } from "./read-options.ts";
import { kindOfType, parseTyped } from "./typed-values.ts";
import { acceptWeight } from "./weight-check.ts";
import {
  childrenNamed,
  type DeclaredValues,
  edgeEndsOrReject,
  firstChild,
  loadRoot,
  nodeIdOrReject,
  parseWeight,
  readDefault,
  reportBadValue,
  reportNoGraph,
} from "./xml-common.ts";
import type { XmlElement } from "./xml-parse.ts";

/** XML NMTOKEN (simplified to the characters that occur in practice). */
const NMTOKEN = /^[\p{L}\p{N}\p{M}._:\-\u00B7\u203F\u2040]+$/u;
const GRAPHML_TYPES = new Set(["boolean", "int", "long", "float", "double", "string"]);

interface KeyDecl extends DeclaredValues {
  name: string;
  domain: string;
}

export function readGraphml(file: InputFile, options: ReadOptions = {}): EcoNetwork {
  const b = new NetworkBuilder();
  const name = file.name;
  const root = loadRoot(file, b, "graphml", "GraphML", "NOT_GRAPHML");
  if (!root) return b.build("graphml");
  const ns = root.ns;
  const warn = (
    code: string,
    el: XmlElement,
    column: string | undefined,
    value: string | undefined,
    nl: string,
    en: string,
  ) => b.report(name, "warning", code, { row: el.line, column, value }, { nl, en });

  const keys = readKeys(b, name, root, warn);

  const graphs = childrenNamed(root, "graph", ns);
  if (graphs.length === 0) {
    reportNoGraph(b, name, root, "GRAPHML_NO_GRAPH");
    return b.build("graphml");
  }
  const graph = graphs[0];
  if (graphs.length > 1)
    warn(
      "GRAPHML_EXTRA_GRAPHS",
      graphs[1],
      "graph",
      undefined,
      `${graphs.length} grafen in het bestand; alleen de eerste is ingelezen`,
      `${graphs.length} graphs in the file; only the first was read`,
    );
  const edgedefault = graph.attrs.get("edgedefault");
  let defaultDirected = false;
  if (edgedefault === "directed") defaultDirected = true;
  else if (edgedefault !== "undirected")
    warn(
      "GRAPHML_EDGEDEFAULT",
      graph,
      "edgedefault",
      edgedefault,
      edgedefault === undefined
        ? "edgedefault ontbreekt (verplicht in GraphML); verbindingen zonder 'directed' worden ongericht gelezen"
        : `onbekende edgedefault '${edgedefault}'; verbindingen zonder 'directed' worden ongericht gelezen`,
      edgedefault === undefined
        ? "edgedefault is missing (required in GraphML); edges without 'directed' are read as undirected"
        : `unknown edgedefault '${edgedefault}'; edges without 'directed' are read as undirected`,
    );

  const readData = (el: XmlElement, domain: "node" | "edge"): Record<string, unknown> => {
    const out: Record<string, unknown> = Object.create(null);
    for (const k of keys.values())
      if ((k.domain === domain || k.domain === "all") && k.defaultValue !== undefined)
        out[k.name] = k.defaultValue;
    for (const data of childrenNamed(el, "data", ns)) {
      const keyId = data.attrs.get("key") ?? "";
      const decl = keys.get(keyId);
      if (!decl) {
        if (data.children.length > 0) continue; // structured (e.g. yEd graphics) data: skipped
        warn(
          "UNDECLARED_ATTRIBUTE",
          data,
          keyId,
          data.text,
          `data-sleutel '${keyId}' is niet gedeclareerd met <key>; als tekst behouden`,
          `data key '${keyId}' is not declared with <key>; kept as text`,
        );
        out[keyId] = data.text;
        continue;
      }
      const p = parseTyped(data.text, decl.type);
      if (p.ok) out[decl.name] = p.value;
      else reportBadValue(b, name, data.line, decl.name, data.text, decl.type.kind);
    }
    return out;
  };

  const ctx: Ctx = { b, name, ns, readData, warn };
  const keyOf = readNodes(ctx, graph, options.labelAttr);
  readEdges(ctx, graph, keyOf, defaultDirected);
  return b.build("graphml");
}

interface Ctx {
  b: NetworkBuilder;
  name: string;
  ns: string;
  readData: (el: XmlElement, domain: "node" | "edge") => Record<string, unknown>;
  warn: Warn;
}

function readEdges(ctx: Ctx, graph: XmlElement, keyOf: Map<string, string>, defaultDirected: boolean) {
  const { b, name, ns, warn, readData } = ctx;
  let mirrors = 0;

  for (const el of graph.children) {
    if (el.ns !== ns) continue;
    if (el.local === "hyperedge") {
      b.reject(name);
      warn(
        "GRAPHML_HYPEREDGE",
        el,
        "hyperedge",
        undefined,
        "hyperedges worden niet ondersteund; overgeslagen",
        "hyperedges are not supported; skipped",
      );
      continue;
    }
    if (el.local !== "edge") continue;
    const ends = edgeEndsOrReject(b, name, el);
    if (!ends) continue;
    const { source, target } = ends;
    const attrs = readData(el, "edge");
    const dir = el.attrs.get("directed");
    let directed = defaultDirected;
    if (dir === "true" || dir === "1") directed = true;
    else if (dir === "false" || dir === "0") directed = false;
    else if (dir !== undefined)
      warn(
        "BAD_EDGE_TYPE",
        el,
        "directed",
        dir,
        `directed='${dir}' is geen true/false; standaard van de graaf gebruikt`,
        `directed='${dir}' is not true/false; the graph's default is used`,
      );
    let weight: number | undefined;
    if (typeof attrs.weight === "number") {
      if (!acceptWeight(b, name, { row: el.line }, attrs.weight)) continue;
      weight = attrs.weight;
    } else if (attrs.weight !== undefined) {
      const w = parseWeight(b, name, el.line, String(attrs.weight));
      if (w.rejected) continue;
      weight = w.weight;
    }
    const relationType =
      typeof attrs.relation_type === "string" && attrs.relation_type !== "" ? attrs.relation_type : undefined;
    const missing = [source, target].filter((id, i, all) => !keyOf.has(id) && all.indexOf(id) === i);
    if (missing.length > 0) {
      b.danglingEdge(name, { source, target, row: el.line }, missing);
      continue;
    }
    const restored = restoreDirection(
      attrs,
      keyOf.get(source) as string,
      keyOf.get(target) as string,
      directed,
    );
    if (restored.mirror) {
      mirrors++;
      b.merged(name);
      continue;
    }
    b.addEdge(name, {
      key: el.attrs.get("id"),
      source: restored.source,
      target: restored.target,
      directed: restored.directed,
      weight,
      relationType,
      attributes: attrs,
      row: el.line,
    });
  }
  reportMirrors(b, name, mirrors);
}

type Warn = (
  code: string,
  el: XmlElement,
  column: string | undefined,
  value: string | undefined,
  nl: string,
  en: string,
) => void;

/** The typed <key> declarations by key id (yEd drawing keys left out). */
function readKeys(b: NetworkBuilder, name: string, root: XmlElement, warn: Warn): Map<string, KeyDecl> {
  const ns = root.ns;
  const keys = new Map<string, KeyDecl>();
  for (const key of childrenNamed(root, "key", ns)) {
    const id = key.attrs.get("id") ?? "";
    const keyName = key.attrs.get("attr.name") || id;
    const rawType = key.attrs.get("attr.type") ?? "string";
    if (key.attrs.has("yfiles.type")) continue; // yEd drawing data (shapes, labels): not network data
    let type = GRAPHML_TYPES.has(rawType) ? kindOfType(rawType) : undefined;
    if (!type) {
      warn(
        "BAD_ATTRIBUTE_TYPE",
        key,
        keyName,
        rawType,
        `onbekend attr.type '${rawType}' voor '${keyName}' (GraphML kent boolean, int, long, float, double, string); als tekst gelezen`,
        `unknown attr.type '${rawType}' for '${keyName}' (GraphML has boolean, int, long, float, double, string); read as text`,
      );
      type = { kind: "string" };
    }
    // Our writer marks `|`-joined lists with a <desc>, so they come back as lists.
    const desc = firstChild(key, "desc", ns)?.text.trim();
    if (type.kind === "string" && desc === GRAPHML_LIST_DESC) type = { kind: "list", item: "string" };
    const defaultValue = readDefault(b, name, key, ns, type, keyName, rawType);
    keys.set(id, { name: keyName, domain: key.attrs.get("for") ?? "all", type, defaultValue });
  }
  return keys;
}

interface NodeRow {
  xmlId: string;
  attrs: Record<string, unknown>;
  line: number;
}

/** Nodes: GraphML id -> node key (a duplicate GraphML id is reported once, here). */
function readNodes(ctx: Ctx, graph: XmlElement, labelAttr: string | undefined): Map<string, string> {
  const { b, name, ns, warn, readData } = ctx;
  const rows: NodeRow[] = [];
  const seen = new Map<string, number>();
  const notNmtoken: string[] = [];
  let nested = 0;
  for (const node of childrenNamed(graph, "node", ns)) {
    const xmlId = nodeIdOrReject(b, name, node);
    if (xmlId === undefined) continue;
    if (childrenNamed(node, "graph", ns).length > 0) nested++;
    if (seen.has(xmlId)) {
      b.duplicateNode(name, xmlId, node.line, "id", { file: name, row: seen.get(xmlId) });
      continue;
    }
    seen.set(xmlId, node.line);
    if (!NMTOKEN.test(xmlId)) notNmtoken.push(xmlId);
    rows.push({ xmlId, attrs: readData(node, "node"), line: node.line });
  }
  if (notNmtoken.length > 0)
    warn(
      "GRAPHML_ID_NOT_NMTOKEN",
      graph,
      "id",
      notNmtoken[0],
      `${notNmtoken.length} knoop-id('s) zijn geen geldige GraphML-id (NMTOKEN: geen spaties of aanhalingstekens), bv. '${notNmtoken[0]}'; toch ingelezen, andere programma's kunnen ze weigeren`,
      `${notNmtoken.length} node id(s) are not valid GraphML ids (NMTOKEN: no spaces or quotes), e.g. '${notNmtoken[0]}'; read anyway, other tools may reject them`,
    );
  if (nested > 0)
    warn(
      "GRAPHML_NESTED_GRAPH",
      graph,
      "graph",
      undefined,
      `${nested} knopen bevatten een geneste graaf; die is niet ingelezen`,
      `${nested} nodes hold a nested graph; it was not read`,
    );

  const dataIds = rows.map((r) => r.attrs.id);
  const useDataId =
    rows.length > 0 &&
    dataIds.every((v) => typeof v === "string" && v !== "") &&
    new Set(dataIds).size === rows.length;
  const keyOf = new Map<string, string>();
  const labels = new LabelChoice(labelAttr);
  for (const r of rows) {
    const key = useDataId ? (r.attrs.id as string) : r.xmlId;
    if (useDataId) delete r.attrs.id;
    // A `label` key, else `name` (igraph writes its vertex names there), else the id.
    const label = labels.pick(r.attrs) ?? labelText(r.attrs.label) ?? labelText(r.attrs.name);
    if (label !== undefined) r.attrs.label = label;
    if (b.addNode(name, key, r.attrs, r.line)) keyOf.set(r.xmlId, key);
  }
  labels.report(b, name);
  return keyOf;
}
