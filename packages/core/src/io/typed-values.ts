/**
 * Typed attribute values of GEXF (`attribute/@type`) and GraphML (`key/@attr.type`): text in the
 * file -> a JS value. XSD lexical rules: integers are digits, doubles allow `INF`, `-INF`, `NaN`,
 * booleans are `true`/`false`/`1`/`0`.
 */

export type ValueKind = "integer" | "number" | "boolean" | "string" | "list";

export type Parsed = { ok: true; value: unknown } | { ok: false };

const INTEGER = /^[+-]?\d+$/;
const DOUBLE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Maps a declared type (GEXF or GraphML) to how we read it; undefined = unknown type. */
export function kindOfType(type: string): { kind: ValueKind; item?: ValueKind } | undefined {
  switch (type) {
    case "integer":
    case "long":
    case "int":
    case "short":
    case "byte":
    case "biginteger":
      return { kind: "integer" };
    case "double":
    case "float":
    case "bigdecimal":
      return { kind: "number" };
    case "boolean":
      return { kind: "boolean" };
    case "string":
    case "char":
    case "anyURI":
      return { kind: "string" };
    default:
      if (type.startsWith("list")) {
        const item = kindOfType(type.slice(4));
        if (item && item.kind !== "list") return { kind: "list", item: item.kind };
      }
      return undefined;
  }
}

export function parseScalar(raw: string, kind: ValueKind): Parsed {
  const s = raw.trim();
  switch (kind) {
    case "integer":
      return INTEGER.test(s) ? { ok: true, value: Number(s) } : { ok: false };
    case "number":
      if (s === "INF" || s === "+INF") return { ok: true, value: Number.POSITIVE_INFINITY };
      if (s === "-INF") return { ok: true, value: Number.NEGATIVE_INFINITY };
      if (s === "NaN") return { ok: true, value: Number.NaN };
      return DOUBLE.test(s) ? { ok: true, value: Number(s) } : { ok: false };
    case "boolean":
      if (s === "true" || s === "1") return { ok: true, value: true };
      if (s === "false" || s === "0") return { ok: true, value: false };
      return { ok: false };
    default:
      return { ok: true, value: raw };
  }
}

/**
 * A list value: `[a, b]` (Gephi) or `a|b` (ecolens writes this). An empty text is an empty list.
 */
export function parseList(raw: string, item: ValueKind): Parsed {
  const s = raw.trim();
  if (s === "") return { ok: true, value: [] };
  const bracketed = s.startsWith("[") && s.endsWith("]");
  const parts = bracketed ? s.slice(1, -1).split(",") : s.split("|");
  const out: unknown[] = [];
  for (const part of parts) {
    const p = parseScalar(bracketed ? part.trim() : part, item);
    if (!p.ok) return p;
    out.push(p.value);
  }
  return { ok: true, value: out };
}

export function parseTyped(raw: string, type: { kind: ValueKind; item?: ValueKind }): Parsed {
  return type.kind === "list" ? parseList(raw, type.item ?? "string") : parseScalar(raw, type.kind);
}
