/**
 * Colour by a categorical attribute. The legend is derived from the same mapping, so it always
 * matches what the map shows.
 */
import { UI } from "../i18n/strings.ts";
import type { ReportNode, Text } from "../model.ts";
import { CATEGORY_PALETTE, OTHER_COLOUR, SECTOR_COLOURS } from "./palette.ts";

export const COLOUR_BYS = ["sector", "org_type", "cluster", "municipality"] as const;
/**
 * What the map colours by: a fixed field, a node attribute (`attr:<name>`, for research files
 * without a sector), or `file`: the colours the file itself gave (GEXF viz:color -> `color`).
 */
export type ColourBy = (typeof COLOUR_BYS)[number] | `attr:${string}` | "file";

export const ATTR_PREFIX = "attr:";
/** Legend entries for the file's own colours; the rest are drawn in their colour, counted as other. */
const FILE_LEGEND_MAX = 12;

/** The category key of a node; "" = unknown. */
export function categoryOf(node: ReportNode, by: ColourBy): string {
  if (by === "file") return fileColour(node) ?? "";
  if (by.startsWith(ATTR_PREFIX)) {
    const name = by.slice(ATTR_PREFIX.length);
    const attrs = node.attributes;
    return attrs && Object.hasOwn(attrs, name) ? attrs[name] : "";
  }
  switch (by) {
    case "sector":
      return node.sector ?? "";
    case "org_type":
      return node.org_type ?? "";
    case "cluster":
      return node.cluster === undefined ? "" : String(node.cluster);
    case "municipality":
      return node.municipality ?? "";
    default:
      return "";
  }
}

const CSS_COLOUR =
  /^(#[0-9a-f]{6}|#[0-9a-f]{3}|rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(,\s*[0-9.]+\s*)?\))$/i;

/** The node's own colour from its file (`color` attribute), when it is a plain CSS colour. */
export function fileColour(node: ReportNode): string | undefined {
  const c = node.attributes && Object.hasOwn(node.attributes, "color") ? node.attributes.color : undefined;
  return c !== undefined && CSS_COLOUR.test(c.trim()) ? c.trim().toLowerCase() : undefined;
}

/** Attributes that are never a grouping: names, places on the map, the file's own colour. */
const NOT_CATEGORIES = new Set([
  "label",
  "name",
  "id",
  "color",
  "x",
  "y",
  "size",
  "address",
  "kbo_number",
  "postcode",
]);

/**
 * The first attribute (by name) that groups the nodes into 2-12 categories and is held by at least
 * half of them; undefined when there is none. For networks without a sector (GEXF, GraphML).
 */
export function categoricalAttribute(nodes: readonly ReportNode[]): string | undefined {
  const values = new Map<string, Set<string>>();
  const held = new Map<string, number>();
  for (const node of nodes)
    for (const [k, v] of Object.entries(node.attributes ?? {})) {
      if (NOT_CATEGORIES.has(k) || v === "") continue;
      let set = values.get(k);
      if (!set) {
        set = new Set();
        values.set(k, set);
      }
      if (set.size <= 12) set.add(v);
      held.set(k, (held.get(k) ?? 0) + 1);
    }
  return [...values.keys()].sort(compareKeys).find((k) => {
    const n = values.get(k)?.size ?? 0;
    return n >= 2 && n <= 12 && (held.get(k) ?? 0) * 2 >= nodes.length;
  });
}

/**
 * What to colour by when nothing was chosen: the sector when any node has one; else the file's own
 * colours (Gephi) when most nodes have one; else the first categorical attribute with 2-12 values;
 * else the clusters; else the sector (everything unknown, as the legend says).
 */
export function defaultColourBy(nodes: readonly ReportNode[]): ColourBy {
  if (nodes.some((n) => n.sector !== undefined && n.sector !== "")) return "sector";
  const coloured = nodes.filter((n) => fileColour(n) !== undefined).length;
  if (nodes.length > 0 && coloured * 2 >= nodes.length) return "file";
  const attr = categoricalAttribute(nodes);
  if (attr !== undefined) return `${ATTR_PREFIX}${attr}`;
  if (nodes.some((n) => n.cluster !== undefined)) return "cluster";
  return "sector";
}

export interface LegendEntry {
  /** Category key ("" = unknown, "*other*" = everything beyond the palette). */
  key: string;
  colour: string;
  count: number;
}

export interface ColourScheme {
  by: ColourBy;
  colourOf(node: ReportNode): string;
  /** Sorted: most frequent first (ties by key), unknown and other last. */
  legend: LegendEntry[];
}

export const OTHER_KEY = "*other*";

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function colourScheme(nodes: readonly ReportNode[], by: ColourBy): ColourScheme {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const key = categoryOf(node, by);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const known = [...counts.entries()]
    .filter(([key]) => key !== "")
    .sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]));
  const colours = new Map<string, string>();
  const legend: LegendEntry[] = [];
  let otherCount = 0;
  let paletteIndex = 0;
  for (const [key, count] of known) {
    let colour: string | undefined;
    if (by === "file") {
      colours.set(key, key);
      if (legend.length < FILE_LEGEND_MAX) legend.push({ key, colour: key, count });
      else otherCount += count;
      continue;
    }
    if (by === "sector") colour = Object.hasOwn(SECTOR_COLOURS, key) ? SECTOR_COLOURS[key] : undefined;
    else if (paletteIndex < CATEGORY_PALETTE.length) colour = CATEGORY_PALETTE[paletteIndex++];
    if (colour === undefined) {
      otherCount += count;
      continue;
    }
    colours.set(key, colour);
    legend.push({ key, colour, count });
  }
  if (otherCount > 0) legend.push({ key: OTHER_KEY, colour: OTHER_COLOUR, count: otherCount });
  const unknown = counts.get("") ?? 0;
  if (unknown > 0) legend.push({ key: "", colour: OTHER_COLOUR, count: unknown });
  return {
    by,
    colourOf: (node) => colours.get(categoryOf(node, by)) ?? OTHER_COLOUR,
    legend,
  };
}

/** Human label of a category key, from the vocabulary (falls back to the key itself). */
export function categoryLabel(
  by: ColourBy,
  key: string,
  vocab: Record<string, Record<string, Text>>,
  lang: "nl" | "en",
): string {
  if (key === "") return UI.unknown[lang];
  if (key === OTHER_KEY) return UI.other[lang];
  if (by === "file") return key;
  if (by === "cluster") return `${UI.cluster[lang]} ${Number(key) + 1}`;
  const table = Object.hasOwn(vocab, by) ? vocab[by] : undefined;
  if (table && Object.hasOwn(table, key)) return table[key][lang];
  return key.startsWith("other:") ? key.slice(6) : key;
}
