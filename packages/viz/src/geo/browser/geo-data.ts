/** The map data in the report's payload (built by report/geo-section.ts), read once in the browser. */
import { asLang } from "../../i18n/text.ts";
import type { GeoPayload } from "../model.ts";

export type { GeoPayload };

let cached: GeoPayload | null | undefined;

export function geoPayload(): GeoPayload | null {
  if (cached !== undefined) return cached;
  const node = document.getElementById("ecolens-data");
  try {
    cached = node ? ((JSON.parse(node.textContent ?? "{}") as { geo?: GeoPayload }).geo ?? null) : null;
  } catch {
    cached = null;
  }
  return cached;
}

/** The page's language now (the report's language switch sets html[data-lang]). */
export function pageLang(): "nl" | "en" {
  return asLang(document.documentElement.dataset.lang);
}

/** Shared state for the test probe: which layout the network map shows. */
export const geoState = {
  figure: "",
  layout: "force" as "force" | "geo",
  /** Graph positions now (sigma's node attributes, y downwards), set by the layout toggle. */
  positions: null as null | (() => Array<[number, number]>),
};
