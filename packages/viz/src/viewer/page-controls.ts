/** Page-wide controls of the report: language switch, large text, print, sortable tables, municipality pickers. */
import type { I18n } from "../i18n/runtime.ts";
import { asLang } from "../i18n/text.ts";
import { byId } from "./dom.ts";
import type { Probe } from "./probe.ts";
import { makeSortable } from "./tables.ts";

/** Wires the page; `onLargeText` lets the map follow the large-text switch once it exists. */
export function wirePageControls(i18n: I18n, probe: Probe, onLargeText: (on: boolean) => void): void {
  document.querySelectorAll<HTMLButtonElement>("[data-lang-set]").forEach((button) => {
    button.addEventListener("click", () => i18n.set(asLang(button.dataset.langSet)));
  });
  i18n.onChange((lang) => {
    probe.lang = lang;
    document.querySelectorAll<HTMLButtonElement>("[data-lang-set]").forEach((b) => {
      b.setAttribute("aria-pressed", String(b.dataset.langSet === lang));
    });
  });
  const largeButton = byId<HTMLButtonElement>("large-text");
  largeButton?.addEventListener("click", () => {
    const on = !document.documentElement.classList.contains("large");
    document.documentElement.classList.toggle("large", on);
    largeButton.setAttribute("aria-pressed", String(on));
    onLargeText(on);
  });
  byId("print")?.addEventListener("click", () => window.print());
  document.querySelectorAll<HTMLTableElement>("table.sortable").forEach(makeSortable);
  document.querySelectorAll<HTMLSelectElement>("select.muni-select").forEach((sel) => {
    sel.addEventListener("change", () => {
      const figure = byId(sel.dataset.target ?? "");
      figure?.querySelectorAll<HTMLElement>("[data-muni]").forEach((variant) => {
        variant.hidden = variant.dataset.muni !== sel.value;
      });
    });
  });
}
