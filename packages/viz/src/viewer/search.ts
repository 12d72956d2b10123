/**
 * Search with suggestions: an ARIA combobox with its own listbox (a datalist cannot hold 20,000
 * names gracefully). Arrow keys move, Enter picks, Escape closes.
 */

import type { I18n } from "../i18n/runtime.ts";
import type { ViewerNode } from "./decode.ts";
import { clear, el } from "./dom.ts";

const MAX_OPTIONS = 12;

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

interface Entry {
  id: string;
  label: string;
  /** Label and id, normalised for matching. */
  key: string;
}

/** The options for a normalised query: every word must occur; names that start with it come first. */
function matches(index: Entry[], q: string): Array<{ id: string; label: string }> {
  const words = q.split(/\s+/);
  const starts: Entry[] = [];
  const contains: Entry[] = [];
  for (const entry of index) {
    if (!words.every((w) => entry.key.includes(w))) continue;
    if (entry.key.startsWith(q)) starts.push(entry);
    else if (contains.length < MAX_OPTIONS * 20) contains.push(entry);
    if (starts.length >= MAX_OPTIONS) break;
  }
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return [...starts.sort(byLabel), ...contains.sort(byLabel)].slice(0, MAX_OPTIONS);
}

export function mountSearch(
  input: HTMLInputElement,
  listbox: HTMLUListElement,
  nodes: ViewerNode[],
  i18n: I18n,
  onPick: (id: string) => void,
): void {
  const index: Entry[] = nodes.map((n) => ({
    id: n.id,
    label: n.label,
    key: normalise(`${n.label} ${n.id}`),
  }));
  let options: Array<{ id: string; label: string }> = [];
  let active = -1;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    for (const [k, li] of [...listbox.querySelectorAll("li")].entries())
      li.setAttribute("aria-selected", String(k === i));
    if (i >= 0) input.setAttribute("aria-activedescendant", `search-opt-${i}`);
  };
  const pick = (i: number) => {
    const option = options[i];
    if (!option) return;
    input.value = option.label;
    close();
    onPick(option.id);
  };
  const update = () => {
    const q = normalise(input.value.trim());
    clear(listbox);
    if (q === "") return close();
    options = matches(index, q);
    if (options.length === 0) {
      listbox.append(
        el("li", { class: "no-match", role: "option", "aria-disabled": "true" }, i18n.t("noMatch")),
      );
    }
    options.forEach((o, i) => {
      const li = el("li", { id: `search-opt-${i}`, role: "option", "aria-selected": "false" }, o.label);
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        pick(i);
      });
      listbox.append(li);
    });
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(options.length > 0 ? 0 : -1);
  };
  // A blur closes the list a moment later (so a click on an option still lands); typing again
  // before that moment must not have the new list closed under it.
  let closing: ReturnType<typeof setTimeout> | undefined;
  const cancelClose = () => {
    if (closing !== undefined) clearTimeout(closing);
    closing = undefined;
  };
  input.addEventListener("focus", cancelClose);
  input.addEventListener("input", () => {
    cancelClose();
    update();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && options.length > 0) {
      event.preventDefault();
      if (listbox.hidden) update();
      highlight((active + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length > 0) {
      event.preventDefault();
      highlight((active - 1 + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (active >= 0) pick(active);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => {
    cancelClose();
    closing = setTimeout(close, 100);
  });
}
