/** The map's controls: colour, size, search, filters, suggestions toggle, PNG export, count. */

import { ATTR_PREFIX, COLOUR_BYS, type ColourBy } from "../encode/colour.ts";
import { label } from "../i18n/format.ts";
import type { I18n } from "../i18n/runtime.ts";
import { UI, type UiKey } from "../i18n/strings.ts";
import type { Payload } from "../report/payload.ts";
import { clear, el } from "./dom.ts";
import { FILTER_FIELDS, type FilterField, type FilterState } from "./filters.ts";

export interface ControlState {
  colourBy: ColourBy;
  sizeBy: string;
  filters: FilterState;
  showSuggestions: boolean;
  showChanges: boolean;
}

export interface ControlHandlers {
  onColour(by: ColourBy): void;
  onSize(metric: string): void;
  onFilter(field: FilterField, value: string): void;
  onReset(): void;
  onSuggestions(show: boolean): void;
  onChanges(show: boolean): void;
  onExport(): void;
}

const FILTER_DICT: Record<FilterField, keyof Payload["dict"]> = {
  municipality: "municipality",
  sector: "sector",
  org_type: "org_type",
  theme: "theme",
  target_group: "target_group",
  relation_type: "relation_type",
  barrier_type: "barrier_type",
};

function select(id: string, labelText: string, options: Array<[string, string]>, value: string): HTMLElement {
  const s = el("select", { id });
  for (const [v, text] of options) {
    const o = el("option", { value: v }, text);
    if (v === value) o.selected = true;
    s.append(o);
  }
  return el("div", { class: "control" }, el("label", { for: id }, labelText), s);
}

/** Builds (or rebuilds after a language switch) the controls; returns the search input's parts. */
export function renderControls(
  container: HTMLElement,
  payload: Payload,
  state: ControlState,
  i18n: I18n,
  handlers: ControlHandlers,
): { input: HTMLInputElement; listbox: HTMLUListElement } {
  const lang = i18n.lang;
  clear(container);
  const hasClusters = payload.nodes.cluster.some((c) => c >= 0);
  const colourOptions = COLOUR_BYS.filter((by) => by !== "cluster" || hasClusters).map(
    (by) => [by, i18n.t(by as UiKey)] as [string, string],
  );
  const sizeOptions: Array<[string, string]> = [["", i18n.t("sizeEqual")]];
  for (const m of payload.metrics)
    if (m.level === "node" && m.sizeable) sizeOptions.push([m.id, m.title[lang]]);

  const input = el("input", {
    id: "search",
    type: "text",
    role: "combobox",
    autocomplete: "off",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": "search-list",
    placeholder: i18n.t("searchPlaceholder"),
  });
  const listbox = el("ul", {
    id: "search-list",
    role: "listbox",
    hidden: true,
    "aria-label": i18n.t("search"),
  });
  container.append(
    el("div", { class: "control search" }, el("label", { for: "search" }, i18n.t("search")), input, listbox),
    select("colour-by", i18n.t("colourBy"), withChosen(colourOptions, state.colourBy, lang), state.colourBy),
    select("size-by", i18n.t("sizeBy"), sizeOptions, state.sizeBy),
  );
  container
    .querySelector<HTMLSelectElement>("#colour-by")
    ?.addEventListener("change", (e) => handlers.onColour((e.target as HTMLSelectElement).value as ColourBy));
  container
    .querySelector<HTMLSelectElement>("#size-by")
    ?.addEventListener("change", (e) => handlers.onSize((e.target as HTMLSelectElement).value));

  const filterBox = el("fieldset", { class: "filters" }, el("legend", {}, i18n.t("filters")));
  for (const field of FILTER_FIELDS) {
    const codes = payload.dict[FILTER_DICT[field]];
    if (codes.length === 0) continue;
    const vocabField = field;
    const options: Array<[string, string]> = codes
      .map((c) => [c, label(payload.vocab, vocabField, c, lang)] as [string, string])
      .sort((a, b) => a[1].localeCompare(b[1], lang));
    const id = `filter-${field}`;
    filterBox.append(
      select(id, i18n.t(field as UiKey), [["", i18n.t("all")], ...options], state.filters[field]),
    );
    filterBox
      .querySelector<HTMLSelectElement>(`#${id}`)
      ?.addEventListener("change", (e) => handlers.onFilter(field, (e.target as HTMLSelectElement).value));
  }
  const reset = el("button", { type: "button", id: "filter-reset" }, i18n.t("reset"));
  reset.addEventListener("click", handlers.onReset);
  filterBox.append(reset);
  container.append(filterBox);

  if (payload.suggestions.length > 0) {
    const box = el("input", { type: "checkbox", id: "show-suggestions" });
    box.checked = state.showSuggestions;
    box.addEventListener("change", () => handlers.onSuggestions(box.checked));
    container.append(
      el(
        "div",
        { class: "control check" },
        box,
        el("label", { for: "show-suggestions" }, i18n.t("showSuggestions")),
      ),
    );
  }
  if (payload.changes) {
    const box = el("input", { type: "checkbox", id: "show-changes" });
    box.checked = state.showChanges;
    box.addEventListener("change", () => handlers.onChanges(box.checked));
    container.append(
      el("div", { class: "control check" }, box, el("label", { for: "show-changes" }, i18n.t("showChanges"))),
    );
  }
  const exportButton = el("button", { type: "button", id: "export-png" }, i18n.t("exportPng"));
  exportButton.addEventListener("click", handlers.onExport);
  container.append(el("div", { class: "control" }, exportButton));
  container.append(el("p", { id: "visible-count", class: "muted", "aria-live": "polite" }));
  return { input, listbox };
}

/** The options plus the default for a network without a sector (an attribute, the file's colours). */
function withChosen(
  options: Array<[string, string]>,
  by: ColourBy,
  lang: "nl" | "en",
): Array<[string, string]> {
  if (options.some(([value]) => value === by)) return options;
  const text = by.startsWith(ATTR_PREFIX) ? by.slice(ATTR_PREFIX.length) : UI.fileColours[lang];
  return [...options, [by, text]];
}
