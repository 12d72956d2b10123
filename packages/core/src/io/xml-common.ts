/**
 * What the GEXF and GraphML readers share: bytes -> element tree, XML problems -> findings, and the
 * findings both formats give in the same words (wrong root, no graph, node without id, edge
 * without an end, a value that is not of its declared type).
 */

import { msgText } from "../messages/index.ts";
import type { InputFile, InventoryFileKind } from "../model/types.ts";
import type { NetworkBuilder } from "./network-builder.ts";
import { parseScalar, parseTyped, type ValueKind } from "./typed-values.ts";
import { acceptWeight } from "./weight-check.ts";
import { parseXml, type XmlElement } from "./xml-parse.ts";
import { decodeXmlBytes } from "./xml-text.ts";

/** Reads the file into an element tree; every XML problem becomes a finding. */
export function loadXml(
  file: InputFile,
  builder: NetworkBuilder,
  kind: InventoryFileKind,
): XmlElement | undefined {
  const decoded = decodeXmlBytes(file.bytes);
  builder.addFile(file.name, kind, { encoding: decoded.encoding });
  if (decoded.problem) builder.report(file.name, "warning", "ENCODING_FALLBACK", {}, decoded.problem);
  const { root, problems } = parseXml(decoded.text);
  for (const p of problems) {
    const message =
      p.code === "XML_TOO_DEEP"
        ? msgText("xml-common.too_deep", { line: p.line, message: p.message })
        : p.fatal
          ? msgText("xml-common.not_well_formed", { line: p.line, message: p.message })
          : p.message;
    const severity =
      p.code === "XML_DOCTYPE_IGNORED"
        ? "info"
        : p.code === "XML_UNKNOWN_ENTITY" || p.code === "XML_UNDECLARED_PREFIX"
          ? "warning"
          : "error";
    builder.report(file.name, severity, p.code, { row: p.line, value: p.value }, message);
  }
  return root;
}

export function childrenNamed(el: XmlElement, local: string, ns: string): XmlElement[] {
  return el.children.filter((c) => c.local === local && c.ns === ns);
}

export function firstChild(el: XmlElement, local: string, ns: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local && c.ns === ns);
}

/**
 * loadXml, then the root must be <kind> (`gexf`, `graphml`): otherwise an error `code` that names
 * the format (`title`, e.g. "GraphML") and undefined, so the caller stops.
 */
export function loadRoot(
  file: InputFile,
  builder: NetworkBuilder,
  kind: "gexf" | "graphml",
  title: string,
  code: string,
): XmlElement | undefined {
  const root = loadXml(file, builder, kind);
  if (!root || root.local === kind) return root;
  builder.report(
    file.name,
    "error",
    code,
    { row: root.line, value: root.name },
    msgText("xml-common.wrong_root", { name: root.name, kind, title }),
  );
  return undefined;
}

/** The error for a file without a <graph> element. */
export function reportNoGraph(builder: NetworkBuilder, file: string, root: XmlElement, code: string): void {
  builder.report(file, "error", code, { row: root.line }, msgText("xml-common.no_graph"));
}

/** The node's `id`; a missing or empty one rejects the row with a MISSING_ID error. */
export function nodeIdOrReject(builder: NetworkBuilder, file: string, node: XmlElement): string | undefined {
  const id = node.attrs.get("id");
  if (id !== undefined && id !== "") return id;
  builder.reject(file);
  builder.report(
    file,
    "error",
    "MISSING_ID",
    { row: node.line, column: "id" },
    msgText("xml-common.missing_id"),
  );
  return undefined;
}

/** The edge's `source` and `target`; a missing one rejects the row with a MISSING_ENDPOINT error. */
export function edgeEndsOrReject(
  builder: NetworkBuilder,
  file: string,
  edge: XmlElement,
): { source: string; target: string } | undefined {
  const source = edge.attrs.get("source");
  const target = edge.attrs.get("target");
  if (source !== undefined && target !== undefined) return { source, target };
  builder.reject(file);
  builder.report(
    file,
    "error",
    "MISSING_ENDPOINT",
    { row: edge.line, column: source === undefined ? "source" : "target" },
    msgText("xml-common.missing_endpoint"),
  );
  return undefined;
}

/** A value that is not a valid `type`: a warning that says what was done instead (`used`, or left out). */
export function reportBadValue(
  builder: NetworkBuilder,
  file: string,
  row: number,
  column: string,
  raw: string,
  type: string,
  used?: string,
): void {
  const then =
    used === undefined ? msgText("xml-common.value_left_out") : msgText("xml-common.value_used", { used });
  builder.report(
    file,
    "warning",
    "BAD_ATTRIBUTE_VALUE",
    { row, column, value: raw },
    msgText("xml-common.bad_attribute_value", { raw, type, column, then }),
  );
}

/**
 * An edge weight written as text: `{ weight }` (undefined after a warning when it is no number:
 * weight 1 used), or `{ rejected: true }` when it is negative or not finite (acceptWeight).
 */
export function parseWeight(
  builder: NetworkBuilder,
  file: string,
  row: number,
  raw: string,
): { weight?: number; rejected?: boolean } {
  const p = parseScalar(raw, "number");
  if (!p.ok) {
    reportBadValue(builder, file, row, "weight", raw, "double", "1");
    return {};
  }
  if (!acceptWeight(builder, file, { row }, p.value as number, raw)) return { rejected: true };
  return { weight: p.value as number };
}

/** What a typed declaration (GEXF <attribute>, GraphML <key>) says about the values it names. */
export interface DeclaredValues {
  type: { kind: ValueKind; item?: ValueKind };
  /** From its <default>; undefined when there is none or it is not of the type. */
  defaultValue?: unknown;
}

/** The declaration's <default> read as its type; an invalid one is reported and left out. */
export function readDefault(
  builder: NetworkBuilder,
  file: string,
  declaration: XmlElement,
  ns: string,
  type: DeclaredValues["type"],
  column: string,
  rawType: string,
): unknown {
  const def = firstChild(declaration, "default", ns);
  if (!def) return undefined;
  const parsed = parseTyped(def.text, type);
  if (parsed.ok) return parsed.value;
  reportBadValue(builder, file, def.line, column, def.text, rawType);
  return undefined;
}
