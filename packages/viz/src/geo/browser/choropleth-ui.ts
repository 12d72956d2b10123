/**
 * The choropleth in the browser: switching the figure recolours the municipalities and shows its
 * legend; hover (or focus) shows a tooltip; click (or Enter) opens a panel with every figure of
 * that municipality and the findings naming it; "show on the map" beside a finding switches to its
 * figure and outlines the municipalities it names. Text is set with textContent only.
 */
import { geoPayload, geoState, pageLang } from "./geo-data.ts";
import { placeTooltip, renderGeoPanel, valueText } from "./geo-panel.ts";
import { installGeoProbe } from "./geo-probe.ts";

function start(): void {
  const data = geoPayload();
  const svg = document.getElementById("geo-map");
  const select = document.getElementById("geo-figure") as HTMLSelectElement | null;
  if (!data || !svg || !select) return;
  const tooltip = document.getElementById("geo-tooltip");
  const panel = document.getElementById("geo-panel");
  const shapes = new Map<string, SVGPathElement>();
  for (const p of svg.querySelectorAll<SVGPathElement>("path[data-nis]")) shapes.set(p.dataset.nis ?? "", p);
  const indexOf = (id: string | undefined) =>
    Math.max(
      0,
      data.figures.findIndex((f) => f.id === id),
    );
  let current = indexOf(select.value);
  let opened: number | null = null;

  const openPanel = (i: number) => {
    if (!panel) return;
    opened = i;
    renderGeoPanel(panel, data, i, current, () => {
      opened = null;
      shapes.get(data.codes[i])?.focus();
    });
  };
  const show = (fig: number) => {
    current = fig;
    const figure = data.figures[fig];
    geoState.figure = figure.id;
    data.codes.forEach((nis, i) => {
      shapes.get(nis)?.setAttribute("fill", figure.fill[i]);
    });
    for (const legend of document.querySelectorAll<HTMLElement>(".geo-legend"))
      legend.hidden = legend.dataset.figure !== figure.id;
    select.value = figure.id;
    if (opened !== null) openPanel(opened);
  };
  const labelOptions = () => {
    const lang = pageLang();
    for (const o of select.querySelectorAll("option")) o.textContent = o.dataset[lang] ?? o.textContent;
  };
  const tip = (i: number | null, event?: MouseEvent | FocusEvent) => {
    if (tooltip)
      placeTooltip(
        tooltip,
        svg,
        i === null ? null : `${data.names[i]}: ${valueText(data, current, i)}`,
        event,
      );
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
  select.addEventListener("change", () => show(indexOf(select.value)));
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-geo-show]"))
    button.addEventListener("click", () => {
      const fig = data.figures.findIndex((f) => f.id === button.dataset.geoShow);
      if (fig >= 0) show(fig);
      const places = new Set((button.closest("li")?.dataset.places ?? "").split(" "));
      for (const [nis, p] of shapes) p.classList.toggle("geo-hit", places.has(nis));
      svg.scrollIntoView({ behavior: "smooth", block: "center" });
    });
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-lang-set]"))
    b.addEventListener("click", () => {
      labelOptions();
      if (opened !== null) openPanel(opened);
    });
  labelOptions();
  show(current);
  installGeoProbe(data, shapes);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
