/** The legend, built from the same colour scheme that colours the map. */
import { type ColourScheme, categoryLabel } from "../encode/colour.ts";
import {
  CHANGE_BACKGROUND_COLOUR,
  CHANGE_END_COLOUR,
  CHANGE_LOST_COLOUR,
  CHANGE_NEW_COLOUR,
  ROUTE_COLOUR,
  SUGGESTION_COLOUR,
  UNCONFIRMED_EDGE_COLOUR,
} from "../encode/palette.ts";
import { fmtNumber } from "../i18n/format.ts";
import type { I18n } from "../i18n/runtime.ts";
import { UI } from "../i18n/strings.ts";
import type { Lang, Text } from "../model.ts";
import { clear, el } from "./dom.ts";

export interface LegendItem {
  colour: string;
  label: string;
  count?: number;
  line?: boolean;
  /** A thin line (lost relations). */
  thin?: boolean;
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

export const UNCONFIRMED_TIE_LABEL: Text = UI.legendUnconfirmed;

/** A collected round: the legend entry of the ties drawn lighter and thinner; none otherwise. */
export function tieStatusItems(unconfirmedTies: number, lang: Lang): LegendItem[] {
  if (unconfirmedTies === 0) return [];
  return [
    {
      colour: UNCONFIRMED_EDGE_COLOUR,
      label: UNCONFIRMED_TIE_LABEL[lang],
      count: unconfirmedTies,
      line: true,
      thin: true,
    },
  ];
}

/** Legend entries of the overlays that are on: changes since an earlier round, a learning route. */
export function overlayItems(
  state: { showChanges: boolean; route: boolean },
  t: (
    key:
      | "legendNewTie"
      | "legendLostTie"
      | "legendNewOrg"
      | "legendChangedOrg"
      | "legendOtherOrg"
      | "legendRoute",
  ) => string,
): LegendItem[] {
  const items: LegendItem[] = [];
  if (state.route) items.push({ colour: ROUTE_COLOUR, label: t("legendRoute"), line: true });
  else if (state.showChanges)
    items.push(
      { colour: CHANGE_NEW_COLOUR, label: t("legendNewTie"), line: true },
      { colour: CHANGE_LOST_COLOUR, label: t("legendLostTie"), line: true, thin: true },
      { colour: CHANGE_NEW_COLOUR, label: t("legendNewOrg") },
      { colour: CHANGE_END_COLOUR, label: t("legendChangedOrg") },
      { colour: CHANGE_BACKGROUND_COLOUR, label: t("legendOtherOrg") },
    );
  return items;
}

export function renderLegend(container: HTMLElement, items: LegendItem[], i18n: I18n): void {
  clear(container);
  container.append(el("h3", { class: "legend-title" }, i18n.t("legend")));
  const list = el("ul", { class: "legend-list" });
  for (const item of items) {
    const swatch = el("span", {
      class: item.line ? `swatch swatch-line${item.thin ? " swatch-thin" : ""}` : "swatch",
      "aria-hidden": "true",
    });
    swatch.style.setProperty("--swatch", item.colour);
    list.append(
      el(
        "li",
        {},
        swatch,
        el("span", { class: "legend-label" }, item.label),
        item.count === undefined
          ? null
          : el("span", { class: "legend-count" }, fmtNumber(item.count, i18n.lang, 0)),
      ),
    );
  }
  container.append(list);
}
