/**
 * Colour by a categorical attribute. The legend is derived from the same mapping, so it always
 * matches what the map shows.
 */
import { UI } from "../i18n/strings.ts";
import type { ReportNode, Text } from "../model.ts";
import { CATEGORY_PALETTE, OTHER_COLOUR, SECTOR_COLOURS } from "./palette.ts";

export const COLOUR_BYS = ["sector", "org_type", "cluster", "municipality"] as const;
export type ColourBy = (typeof COLOUR_BYS)[number];

/** The category key of a node; "" = unknown. */
export function categoryOf(node: ReportNode, by: ColourBy): string {
  switch (by) {
    case "sector":
      return node.sector ?? "";
    case "org_type":
      return node.org_type ?? "";
    case "cluster":
      return node.cluster === undefined ? "" : String(node.cluster);
    case "municipality":
      return node.municipality ?? "";
  }
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
  if (by === "cluster") return `${UI.cluster[lang]} ${Number(key) + 1}`;
  const table = vocab[by];
  if (table && Object.hasOwn(table, key)) return table[key][lang];
  return key.startsWith("other:") ? key.slice(6) : key;
}
