/**
 * The choropleth in the browser: switching the figure recolours the municipalities and shows its
 * legend; hover (or focus) shows a tooltip; click (or Enter) opens a panel with every figure of
 * that municipality and the findings naming it; "show on the map" beside a finding switches to its
 * figure and outlines the municipalities it names. Text is set with textContent only.
 */
import { geoPayload, geoState, pageLang } from "./geo-data.ts";

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

const WORDS = {
  inhabitants: { nl: "inwoners op 1 januari", en: "inhabitants on 1 January" },
  noPopulation: { nl: "bevolking onbekend", en: "population unknown" },
  close: { nl: "Sluiten", en: "Close" },
  none: { nl: "–", en: "–" },
};

function start(): void {
  const data = geoPayload();
  const svg = document.getElementById("geo-map");
  const select = document.getElementById("geo-figure") as HTMLSelectElement | null;
  if (!data || !svg || !select) return;
  const tooltip = document.getElementById("geo-tooltip");
  const panel = document.getElementById("geo-panel");
  const shapes = new Map<string, SVGPathElement>();
  for (const p of svg.querySelectorAll<SVGPathElement>("path[data-nis]")) shapes.set(p.dataset.nis ?? "", p);
  let current = Math.max(
    0,
    data.figures.findIndex((f) => f.id === select.value),
  );
  let opened: number | null = null;

  const valueText = (fig: number, i: number) =>
    data.figures[fig].text[i]?.[pageLang() === "nl" ? 0 : 1] ?? WORDS.none.nl;
  const show = (fig: number) => {
    current = fig;
    const figure = data.figures[fig];
    geoState.figure = figure.id;
    data.codes.forEach((nis, i) => {
      shapes.get(nis)?.setAttribute("fill", figure.fill[i]);
    });
    document.querySelectorAll<HTMLElement>(".geo-legend").forEach((legend) => {
      legend.hidden = legend.dataset.figure !== figure.id;
    });
    select.value = figure.id;
    if (opened !== null) openPanel(opened);
  };
  const labelOptions = () => {
    const lang = pageLang();
    select.querySelectorAll("option").forEach((o) => {
      o.textContent = (lang === "nl" ? o.dataset.nl : o.dataset.en) ?? o.textContent;
    });
  };
  const openPanel = (i: number) => {
    if (!panel) return;
    opened = i;
    const lang = pageLang();
    const k = lang === "nl" ? 0 : 1;
    panel.replaceChildren();
    panel.append(el("h3", data.names[i]));
    const pop = data.population[i];
    panel.append(
      el(
        "p",
        pop
          ? `${pop[0].toLocaleString(lang === "nl" ? "nl-BE" : "en-GB")} ${WORDS.inhabitants[lang]} ${pop[1] ?? ""}`
          : WORDS.noPopulation[lang],
        "muted",
      ),
    );
    const list = el("dl");
    data.figures.forEach((f, fig) => {
      const dt = el("dt", f.title[k]);
      if (fig === current) dt.className = "current";
      list.append(dt, el("dd", valueText(fig, i)));
    });
    panel.append(list);
    const nis = data.codes[i];
    const named = [...document.querySelectorAll<HTMLElement>(".geo-findings li")].filter((li) =>
      (li.dataset.places ?? "").split(" ").includes(nis),
    );
    for (const li of named)
      panel.append(el("p", li.querySelector(`[data-l="${lang}"]`)?.textContent ?? "", "geo-panel-finding"));
    const close = el("button", WORDS.close[lang]);
    close.type = "button";
    close.addEventListener("click", () => {
      panel.hidden = true;
      opened = null;
      shapes.get(nis)?.focus();
    });
    panel.append(close);
    panel.hidden = false;
  };
  const tip = (i: number | null, event?: MouseEvent | FocusEvent) => {
    if (!tooltip) return;
    if (i === null) {
      tooltip.hidden = true;
      return;
    }
    tooltip.textContent = `${data.names[i]}: ${valueText(current, i)}`;
    const box = svg.getBoundingClientRect();
    const target = (event?.target as SVGGraphicsElement | undefined)?.getBoundingClientRect();
    const x =
      event instanceof MouseEvent ? event.clientX : target ? target.left + target.width / 2 : box.left;
    const y = event instanceof MouseEvent ? event.clientY : target ? target.top + target.height / 2 : box.top;
    tooltip.style.left = `${Math.min(box.width - 10, Math.max(0, x - box.left + 12))}px`;
    tooltip.style.top = `${Math.max(0, y - box.top + 12)}px`;
    tooltip.hidden = false;
  };
  data.codes.forEach((nis, i) => {
    const path = shapes.get(nis);
    if (!path) return;
    path.addEventListener("mousemove", (e) => tip(i, e));
    path.addEventListener("mouseleave", () => tip(null));
    path.addEventListener("focus", (e) => tip(i, e));
    path.addEventListener("blur", () => tip(null));
    path.addEventListener("click", () => openPanel(i));
    path.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        openPanel(i);
      }
    });
  });
  select.addEventListener("change", () =>
    show(
      Math.max(
        0,
        data.figures.findIndex((f) => f.id === select.value),
      ),
    ),
  );
  document.querySelectorAll<HTMLButtonElement>("[data-geo-show]").forEach((button) => {
    button.addEventListener("click", () => {
      const fig = data.figures.findIndex((f) => f.id === button.dataset.geoShow);
      if (fig >= 0) show(fig);
      const places = new Set((button.closest("li")?.dataset.places ?? "").split(" "));
      for (const [nis, p] of shapes) p.classList.toggle("geo-hit", places.has(nis));
      svg.scrollIntoView({ behavior: "smooth", block: "center" });
    });
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-lang-set]"))
    b.addEventListener("click", () => {
      labelOptions();
      if (opened !== null) openPanel(opened);
    });
  labelOptions();
  show(current);
  Object.defineProperty(window, "__ecolensGeo", {
    value: Object.freeze({
      get figure() {
        return geoState.figure;
      },
      get layout() {
        return geoState.layout;
      },
      fills: () => Object.fromEntries([...shapes].map(([nis, p]) => [nis, p.getAttribute("fill")])),
      /** Nodes whose current map position lies inside their municipality's shape (geo layout only). */
      inside: () => {
        const positions = geoState.positions?.() ?? [];
        let checked = 0;
        let inside = 0;
        positions.forEach(([x, y], n) => {
          const m = data.layout.muni[n];
          if (m < 0) return;
          checked++;
          const path = shapes.get(data.codes[m]);
          if (path?.isPointInFill(new DOMPoint(x, y))) inside++;
        });
        return { checked, inside };
      },
    }),
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
