/** The page's current language: switching updates every [data-ui] text and re-renders the viewer. */

import type { Lang, Text } from "@ecolens/core";
import { UI, type UiKey } from "./strings.ts";

type Listener = (lang: Lang) => void;

export class I18n {
  private listeners: Listener[] = [];
  constructor(public lang: Lang) {}

  t(key: UiKey): string {
    return UI[key][this.lang];
  }

  pick(text: Text | undefined): string {
    return text ? text[this.lang] : "";
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  set(lang: Lang): void {
    this.lang = lang;
    const root = document.documentElement;
    root.lang = lang;
    root.dataset.lang = lang;
    document.querySelectorAll<HTMLElement>("[data-ui]").forEach((node) => {
      const key = node.dataset.ui as UiKey;
      if (Object.hasOwn(UI, key)) node.textContent = UI[key][lang];
    });
    document.querySelectorAll<HTMLElement>("[data-ui-label]").forEach((node) => {
      const key = node.dataset.uiLabel as UiKey;
      if (Object.hasOwn(UI, key)) node.setAttribute("aria-label", UI[key][lang]);
    });
    // Server-rendered text that cannot hold both languages as spans (e.g. <option>).
    document.querySelectorAll<HTMLElement>("[data-text-nl]").forEach((node) => {
      node.textContent = node.getAttribute(`data-text-${lang}`) ?? "";
    });
    for (const listener of this.listeners) listener(lang);
  }
}
