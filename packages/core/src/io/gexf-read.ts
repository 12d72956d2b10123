/**
 * GEXF reader (GEXF 1.3, 1.2draft, 1.1draft; https://gexf.net). Nodes keep their GEXF id as key;
 * typed attributes (`<attributes>`) become typed node/edge attributes under their title; viz
 * position -> x, y; viz colour -> `color`, viz size -> `size`; hierarchy (nested nodes, `pid`) is
 * flattened with a `pid` attribute; dynamic data keeps the last value. Edge direction: the edge's
 * `type`, else the graph's `defaultedgetype` (default undirected; `mutual` = undirected). The edge
 * `kind` (1.3) or a `relation_type` attribute gives the relation type, else "tie".
 */

import { msgText } from "../messages/index.ts";
import type { EcoNetwork, InputFile } from "../model/types.ts";
import { restoreDirection } from "./edge-notes.ts";
import { VizReader } from "./gexf-viz.ts";
import { NetworkBuilder } from "./network-builder.ts";
import { LabelChoice, type ReadOptions, reportMirrors } from "./read-options.ts";
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

const NAMESPACE_VERSION: Record<string, string> = {
  "http://gexf.net/1.3": "1.3",
  "http://www.gexf.net/1.3": "1.3",
  "http://gexf.net/1.2": "1.2",
  "http://www.gexf.net/1.2draft": "1.2",
  "http://gexf.net/1.2draft": "1.2",
  "http://www.gexf.net/1.1draft": "1.1",
  "http://gexf.net/1.1draft": "1.1",
};

interface AttributeDecl extends DeclaredValues {
  title: string;
}

export function readGexf(file: InputFile, options: ReadOptions = {}): EcoNetwork {
  const b = new NetworkBuilder();
  const name = file.name;
  const root = loadRoot(file, b, "gexf", "GEXF", "NOT_GEXF");
  if (!root) return b.build("gexf");
  const ns = root.ns;
  const declaredVersion = root.attrs.get("version");
  const nsVersion = Object.hasOwn(NAMESPACE_VERSION, ns) ? NAMESPACE_VERSION[ns] : undefined;
  if (nsVersion && declaredVersion !== undefined && !declaredVersion.startsWith(nsVersion)) {
    b.report(
      name,
      "warning",
      "GEXF_VERSION_MISMATCH",
      { row: root.line, column: "version", value: declaredVersion },
      msgText("gexf-read.gexf_version_mismatch", { declaredVersion, ns, nsVersion }),
    );
  }
  const graphAttributes: Record<string, unknown> = {};
  const meta = firstChild(root, "meta", ns);
  if (meta) {
    for (const child of meta.children) {
      if (
        child.ns === ns &&
        (child.local === "creator" || child.local === "description" || child.local === "keywords")
      )
        graphAttributes[child.local] = child.text.trim();
      else unexpected(b, name, child, "meta");
    }
  }
  const graph = firstChild(root, "graph", ns);
  if (!graph) {
    reportNoGraph(b, name, root, "GEXF_NO_GRAPH");
    return b.build("gexf", graphAttributes);
  }
  const graphName = graph.attrs.get("name");
  if (graphName) graphAttributes.name = graphName;

  const defaultType = graph.attrs.get("defaultedgetype") ?? "undirected";
  let defaultDirected = defaultType === "directed";
  if (!["directed", "undirected", "mutual", "mixed"].includes(defaultType)) {
    defaultDirected = false;
    b.report(
      name,
      "warning",
      "BAD_EDGE_TYPE",
      { row: graph.line, column: "defaultedgetype", value: defaultType },
      msgText("gexf-read.bad_default_edge_type", { defaultType }),
    );
  }

  const declarations = { node: new Map<string, AttributeDecl>(), edge: new Map<string, AttributeDecl>() };
  let dynamicNoted = graph.attrs.get("mode") === "dynamic";
  for (const block of childrenNamed(graph, "attributes", ns)) {
    const cls = block.attrs.get("class") === "edge" ? "edge" : "node";
    if (block.attrs.get("mode") === "dynamic") dynamicNoted = true;
    for (const decl of childrenNamed(block, "attribute", ns)) {
      const id = decl.attrs.get("id") ?? "";
      const title = decl.attrs.get("title") || id;
      const rawType = decl.attrs.get("type") ?? "string";
      let type = kindOfType(rawType);
      if (!type) {
        b.report(
          name,
          "warning",
          "BAD_ATTRIBUTE_TYPE",
          { row: decl.line, column: title, value: rawType },
          msgText("gexf-read.bad_attribute_type", { rawType, title }),
        );
        type = { kind: "string" };
      }
      const defaultValue = readDefault(b, name, decl, ns, type, title, rawType);
      declarations[cls].set(id, { title, type, defaultValue });
    }
  }
  if (dynamicNoted) {
    b.report(
      name,
      "info",
      "GEXF_DYNAMIC_IGNORED",
      { row: graph.line },
      msgText("gexf-read.gexf_dynamic_ignored"),
    );
  }

  const vizReader = new VizReader(b, name, ns);
  const ctx: Ctx = { b, name, ns, declarations, vizReader, labels: new LabelChoice(options.labelAttr) };
  const edgeBlocks = readNodes(ctx, graph);
  ctx.labels.report(b, name);
  readEdges(ctx, graph, edgeBlocks, defaultDirected);
  return b.build("gexf", graphAttributes);
}

interface Ctx {
  b: NetworkBuilder;
  name: string;
  ns: string;
  declarations: { node: Map<string, AttributeDecl>; edge: Map<string, AttributeDecl> };
  vizReader: VizReader;
  labels: LabelChoice;
}

function readAttvalues(ctx: Ctx, el: XmlElement, decls: Map<string, AttributeDecl>): Record<string, unknown> {
  const { b, name, ns } = ctx;
  // Null prototype: a title such as `__proto__` or `toString` stays an ordinary key.
  const out: Record<string, unknown> = Object.create(null);
  for (const d of decls.values()) if (d.defaultValue !== undefined) out[d.title] = d.defaultValue;
  for (const block of childrenNamed(el, "attvalues", ns)) {
    for (const av of childrenNamed(block, "attvalue", ns)) {
      const key = av.attrs.get("for") ?? av.attrs.get("id") ?? "";
      const raw = av.attrs.get("value") ?? "";
      const decl = decls.get(key);
      if (!decl) {
        b.report(
          name,
          "warning",
          "UNDECLARED_ATTRIBUTE",
          { row: av.line, column: key, value: raw },
          msgText("gexf-read.undeclared_attribute", { key }),
        );
        out[key] = raw;
        continue;
      }
      const parsed = parseTyped(raw, decl.type);
      if (parsed.ok) out[decl.title] = parsed.value;
      else reportBadValue(b, name, av.line, decl.title, raw, decl.type.kind);
    }
  }
  return out;
}

/**
 * Nodes, hierarchies flattened (nested <nodes> get their parent in `pid`), with an explicit stack:
 * no recursion on the depth of the file. Returns every <edges> block found on the way.
 */
function readNodes(ctx: Ctx, graph: XmlElement): XmlElement[] {
  const { b, name, ns } = ctx;
  const edgeBlocks: XmlElement[] = childrenNamed(graph, "edges", ns);
  const nodeBlocks = childrenNamed(graph, "nodes", ns);
  if (nodeBlocks.length === 0) {
    b.report(name, "warning", "GEXF_NO_NODES", { row: graph.line }, msgText("gexf-read.gexf_no_nodes"));
  }
  const todo: Array<{ block: XmlElement; parentId: string | undefined }> = nodeBlocks
    .map((block) => ({ block, parentId: undefined as string | undefined }))
    .reverse();
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const nested: typeof todo = [];
    for (const node of childrenNamed(next.block, "node", ns)) {
      const id = nodeIdOrReject(b, name, node);
      if (id === undefined) continue;
      const attrs = readAttvalues(ctx, node, ctx.declarations.node);
      ctx.vizReader.read(node, attrs);
      const pid = node.attrs.get("pid") ?? next.parentId;
      if (pid !== undefined) attrs.pid = pid;
      const parents = childrenNamed(node, "parents", ns).flatMap((p) => childrenNamed(p, "parent", ns));
      if (parents.length > 0) attrs.parents = parents.map((p) => p.attrs.get("for") ?? "");
      attrs.label = ctx.labels.pick(attrs) ?? node.attrs.get("label") ?? id;
      b.addNode(name, id, attrs, node.line);
      for (const block of childrenNamed(node, "nodes", ns)) nested.push({ block, parentId: id });
      edgeBlocks.push(...childrenNamed(node, "edges", ns));
    }
    todo.push(...nested.reverse());
  }
  return edgeBlocks;
}

function edgeDirected(ctx: Ctx, edge: XmlElement, defaultDirected: boolean): boolean {
  const type = edge.attrs.get("type");
  if (type === "directed") return true;
  if (type === "undirected" || type === "mutual") return false;
  if (type !== undefined) {
    ctx.b.report(
      ctx.name,
      "warning",
      "BAD_EDGE_TYPE",
      { row: edge.line, column: "type", value: type },
      msgText("gexf-read.bad_edge_type", { type }),
    );
  }
  return defaultDirected;
}

function readEdges(ctx: Ctx, graph: XmlElement, edgeBlocks: XmlElement[], defaultDirected: boolean) {
  const { b, name, ns } = ctx;
  if (edgeBlocks.length === 0) {
    b.report(name, "warning", "GEXF_NO_EDGES", { row: graph.line }, msgText("gexf-read.gexf_no_edges"));
  }
  let mirrors = 0;
  for (const block of edgeBlocks) {
    for (const edge of childrenNamed(block, "edge", ns)) {
      const ends = edgeEndsOrReject(b, name, edge);
      if (!ends) continue;
      const attrs = readAttvalues(ctx, edge, ctx.declarations.edge);
      ctx.vizReader.read(edge, attrs);
      let weight: number | undefined;
      if (typeof attrs.weight === "number") {
        if (!acceptWeight(b, name, { row: edge.line }, attrs.weight)) continue;
        weight = attrs.weight;
      }
      const rawWeight = edge.attrs.get("weight");
      if (rawWeight !== undefined) {
        const w = parseWeight(b, name, edge.line, rawWeight);
        if (w.rejected) continue;
        weight = w.weight ?? weight;
      }
      const label = edge.attrs.get("label");
      if (label !== undefined) attrs.label = label;
      const kind = edge.attrs.get("kind");
      const relationType =
        typeof attrs.relation_type === "string" && attrs.relation_type !== ""
          ? attrs.relation_type
          : kind || undefined;
      const dir = restoreDirection(attrs, ends.source, ends.target, edgeDirected(ctx, edge, defaultDirected));
      if (dir.mirror) {
        mirrors++;
        b.merged(name);
        continue;
      }
      b.addEdge(name, {
        key: edge.attrs.get("id"),
        source: dir.source,
        target: dir.target,
        directed: dir.directed,
        weight,
        relationType,
        attributes: attrs,
        row: edge.line,
      });
    }
  }
  reportMirrors(b, name, mirrors);
}

function unexpected(b: NetworkBuilder, file: string, el: XmlElement, parent: string) {
  b.report(
    file,
    "warning",
    "UNEXPECTED_ELEMENT",
    { row: el.line, column: el.name },
    msgText("gexf-read.unexpected_element", { name: el.name, parent }),
  );
}
