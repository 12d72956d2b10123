/** The click panel of a municipality: every figure's value, population and the findings naming it. */
import { LOCALES } from "../../i18n/format.ts";
import { GEO_TEXT } from "../../i18n/geo-text.ts";
import { UI } from "../../i18n/strings.ts";
import { LANG_INDEX, say } from "../../i18n/text.ts";
import { type GeoPayload, pageLang } from "./geo-data.ts";

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

/** A figure's value for municipality i as text in the page's language ("–" when none). */
export function valueText(data: GeoPayload, fig: number, i: number): string {
  return data.figures[fig].text[i]?.[LANG_INDEX[pageLang()]] ?? "–";
}

/** Fills the panel (text only, never markup) for municipality i; `onClose` runs after closing. */
export function renderGeoPanel(
  panel: HTMLElement,
  data: GeoPayload,
  i: number,
  current: number,
  onClose: () => void,
): void {
  const lang = pageLang();
  const k = LANG_INDEX[lang];
  panel.replaceChildren();
  panel.append(el("h3", data.names[i]));
  const pop = data.population[i];
  const people = pop
    ? `${pop[0].toLocaleString(LOCALES[lang])} ${say(GEO_TEXT.panel_inhabitants, lang)} ${pop[1] ?? ""}`
    : say(GEO_TEXT.panel_no_population, lang);
  panel.append(el("p", people, "muted"));
  const list = el("dl");
  data.figures.forEach((f, fig) => {
    const dt = el("dt", f.title[k]);
    if (fig === current) dt.className = "current";
    list.append(dt, el("dd", valueText(data, fig, i)));
  });
  panel.append(list);
  const nis = data.codes[i];
  for (const li of document.querySelectorAll<HTMLElement>(".geo-findings li"))
    if ((li.dataset.places ?? "").split(" ").includes(nis))
      panel.append(el("p", li.querySelector(`[data-l="${lang}"]`)?.textContent ?? "", "geo-panel-finding"));
  const close = el("button", UI.close[lang]);
  close.type = "button";
  close.addEventListener("click", () => {
    panel.hidden = true;
    onClose();
  });
  panel.append(close);
  panel.hidden = false;
}

/** Shows the tooltip near the pointer (or the focused shape); null hides it. */
export function placeTooltip(
  tooltip: HTMLElement,
  svg: Element,
  text: string | null,
  event?: MouseEvent | FocusEvent,
): void {
  if (text === null) {
    tooltip.hidden = true;
    return;
  }
  tooltip.textContent = text;
  const box = svg.getBoundingClientRect();
  const target = (event?.target as SVGGraphicsElement | undefined)?.getBoundingClientRect();
  const x = event instanceof MouseEvent ? event.clientX : target ? target.left + target.width / 2 : box.left;
  const y = event instanceof MouseEvent ? event.clientY : target ? target.top + target.height / 2 : box.top;
  tooltip.style.left = `${Math.min(box.width - 10, Math.max(0, x - box.left + 12))}px`;
  tooltip.style.top = `${Math.max(0, y - box.top + 12)}px`;
  tooltip.hidden = false;
}
