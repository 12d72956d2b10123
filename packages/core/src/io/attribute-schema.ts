/**
 * What the writers share: one typed column per attribute name (sorted by name), metric values
 * merged into node attributes, XML-safe text and the XML writers' shared header.
 */
import type { EcoGraph } from "../model/types.ts";

/** Per metric, per node id: the value (null = undefined for that node, written as empty). */
export type MetricColumns = Record<string, Record<string, number | null>>;

export type AttrType = "integer" | "double" | "boolean" | "list" | "string";

export interface AttrColumn {
  name: string;
  type: AttrType;
}

const INT32 = 2 ** 31 - 1;

function typeOf(v: unknown): AttrType {
  if (typeof v === "number") return Number.isInteger(v) && Math.abs(v) <= INT32 ? "integer" : "double";
  if (typeof v === "boolean") return "boolean";
  if (Array.isArray(v)) return "list";
  return "string";
}

function join(a: AttrType, b: AttrType): AttrType {
  if (a === b) return a;
  if ((a === "integer" && b === "double") || (a === "double" && b === "integer")) return "double";
  return "string";
}

/** A value that is written at all (null, undefined and NaN are "no value"). */
export function present(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === "number" && Number.isNaN(v));
}

/** The typed columns of a set of attribute records, names sorted, `skip` left out. */
export function inferColumns(
  records: Iterable<Record<string, unknown>>,
  skip: (name: string) => boolean,
): AttrColumn[] {
  const types = new Map<string, AttrType>();
  for (const rec of records) {
    for (const [k, v] of Object.entries(rec)) {
      if (skip(k) || !present(v)) continue;
      const t = typeOf(v);
      const prev = types.get(k);
      types.set(k, prev === undefined ? t : join(prev, t));
    }
  }
  return [...types]
    .map(([name, type]) => ({ name, type }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Node attributes with the metric values merged in (a metric overrides an attribute of that name). */
export function nodeRecords(
  graph: EcoGraph,
  metrics: MetricColumns = {},
): Array<[string, Record<string, unknown>]> {
  const names = Object.keys(metrics);
  return graph.mapNodes((id, attrs) => {
    const rec: Record<string, unknown> = Object.assign(Object.create(null), attrs);
    for (const m of names) {
      const perNode = metrics[m];
      rec[m] = Object.hasOwn(perNode, id) ? perNode[id] : null;
    }
    return [id, rec];
  });
}

/** A number as XSD text (`INF`, `-INF`; NaN is never written). */
export function xsdNumber(v: number): string {
  if (v === Number.POSITIVE_INFINITY) return "INF";
  if (v === Number.NEGATIVE_INFINITY) return "-INF";
  return String(v);
}

/** A value as the text of its column type; lists are `|`-joined. */
export function columnText(v: unknown, type: AttrType): string {
  if (Array.isArray(v)) return v.map((x) => (present(x) ? String(x) : "")).join("|");
  if (typeof v === "number" && (type === "integer" || type === "double")) return xsdNumber(v);
  if (typeof v === "object" && v !== null) return JSON.stringify(v);
  return String(v);
}

/** Characters XML 1.0 forbids (C0 controls except TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: forbidden characters -> U+FFFD, markup escaped, CR kept as a reference. */
export function xmlText(s: string): string {
  return s
    .replace(XML_FORBIDDEN, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Attribute value: as text, plus quotes and TAB/LF/CR as references (they survive normalisation). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/** Text for an XML comment: valid XML, and `--` (which ends nothing but is forbidden) broken up. */
export function xmlComment(s: string): string {
  return xmlText(s).replace(/--/g, "- -").replace(/-$/, "- ");
}

/** Every metric gets a column even when no node has a value (declared as a number). */
export function withMetricColumns(columns: AttrColumn[], metrics: MetricColumns = {}): AttrColumn[] {
  const out = [...columns];
  for (const m of Object.keys(metrics))
    if (!out.some((c) => c.name === m)) out.push({ name: m, type: "double" });
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The first line of every XML file we write. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
