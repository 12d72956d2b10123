/**
 * WAI-ARIA tabs: one tab stop, arrow keys / Home / End move between tabs, the selected panel shows.
 */
import { type Code, type Lang, t } from "../i18n/catalogue.ts";
import { el } from "./dom.ts";

export interface TabSpec {
  id: string;
  label: Code;
}

export function renderTabs(
  list: HTMLElement,
  tabs: TabSpec[],
  lang: Lang,
  selected: string,
  onSelect: (id: string) => void,
): void {
  list.setAttribute("aria-label", t("tabs.label", lang));
  const buttons = tabs.map((tab) =>
    el(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${tab.id}`,
        "aria-controls": `panel-${tab.id}`,
        "aria-selected": tab.id === selected ? "true" : "false",
        tabindex: tab.id === selected ? "0" : "-1",
      },
      [t(tab.label, lang)],
    ),
  );
  const select = (index: number, focus: boolean) => {
    const tab = tabs[index];
    buttons.forEach((b, i) => {
      b.setAttribute("aria-selected", i === index ? "true" : "false");
      b.tabIndex = i === index ? 0 : -1;
      const panel = document.getElementById(`panel-${tabs[i].id}`);
      if (panel) {
        panel.hidden = i !== index;
        panel.setAttribute("aria-labelledby", `tab-${tabs[i].id}`);
      }
    });
    if (focus) buttons[index].focus();
    onSelect(tab.id);
  };
  buttons.forEach((b, i) => {
    b.addEventListener("click", () => select(i, false));
    b.addEventListener("keydown", (event) => {
      const last = buttons.length - 1;
      const to: Record<string, number> = {
        ArrowRight: i === last ? 0 : i + 1,
        ArrowLeft: i === 0 ? last : i - 1,
        Home: 0,
        End: last,
      };
      if (event.key in to) {
        event.preventDefault();
        select(to[event.key], true);
      }
    });
  });
  list.replaceChildren(...buttons);
  select(
    Math.max(
      0,
      tabs.findIndex((tab) => tab.id === selected),
    ),
    false,
  );
}
