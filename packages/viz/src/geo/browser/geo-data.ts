/** The map data in the report's payload (built by report/geo-section.ts), read once in the browser. */
import { asLang } from "../../i18n/text.ts";
import type { GeoPayload } from "../model.ts";

export type { GeoPayload };

let page: unknown;

/** The page's embedded data (#ecolens-data), parsed once for the viewer and the choropleth. */
export function pageData(): unknown {
  if (page !== undefined) return page;
  const node = document.getElementById("ecolens-data");
  try {
    page = node ? JSON.parse(node.textContent ?? "{}") : null;
  } catch {
    page = null;
  }
  return page;
}

export function geoPayload(): GeoPayload | null {
  const data = pageData() as { geo?: GeoPayload } | null;
  return data?.geo ?? null;
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
