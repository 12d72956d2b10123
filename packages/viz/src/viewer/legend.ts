/** The legend, built from the same colour scheme that colours the map. */
import { type ColourScheme, categoryLabel } from "../encode/colour.ts";
import { SUGGESTION_COLOUR } from "../encode/palette.ts";
import type { Lang, Text } from "../model.ts";
import { clear, el } from "./dom.ts";
import type { I18n } from "./i18n.ts";

export interface LegendItem {
  colour: string;
  label: string;
  count?: number;
  line?: boolean;
}

export function legendItems(
  scheme: ColourScheme,
  vocab: Record<string, Record<string, Text>>,
  lang: Lang,
  showSuggestions: boolean,
  suggestionLabel: string,
): LegendItem[] {
  const items: LegendItem[] = scheme.legend.map((entry) => ({
    colour: entry.colour,
    label: categoryLabel(scheme.by, entry.key, vocab, lang),
    count: entry.count,
  }));
  if (showSuggestions) items.push({ colour: SUGGESTION_COLOUR, label: suggestionLabel, line: true });
  return items;
}

export function renderLegend(container: HTMLElement, items: LegendItem[], i18n: I18n): void {
  clear(container);
  container.append(el("h3", { class: "legend-title" }, i18n.t("legend")));
  const list = el("ul", { class: "legend-list" });
  for (const item of items) {
    const swatch = el("span", { class: item.line ? "swatch swatch-line" : "swatch", "aria-hidden": "true" });
    swatch.style.setProperty("--swatch", item.colour);
    list.append(
      el(
        "li",
        {},
        swatch,
        el("span", { class: "legend-label" }, item.label),
        item.count === undefined ? null : el("span", { class: "legend-count" }, String(item.count)),
      ),
    );
  }
  container.append(list);
}
