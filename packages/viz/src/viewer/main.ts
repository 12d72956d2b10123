/**
 * Browser entry of the report page (bundled by report/bundle.ts). Reads the embedded JSON, draws
 * the sigma map, wires controls, panel, search, tables and the language switch, and exposes a
 * small read-only probe (window.__ecolens) for tests.
 */

import "../geo/browser/choropleth-ui.ts";
import { defaultColourBy } from "../encode/colour.ts";
import { mountGeoLayout } from "../geo/browser/layout-toggle.ts";
import { I18n } from "../i18n/runtime.ts";
import { asLang } from "../i18n/text.ts";
import type { Lang } from "../model.ts";
import type { Payload } from "../report/payload.ts";
import { type ControlState, renderControls } from "./controls.ts";
import { decodeEdges, decodeNodes } from "./decode.ts";
import { byId } from "./dom.ts";
import { downloadPng, mapToCanvas } from "./export-png.ts";
import { emptyFilters, visibleNodes } from "./filters.ts";
import type { LabelBox } from "./label-placement.ts";
import { legendItems, overlayItems, renderLegend, tieStatusItems } from "./legend.ts";
import { MapView } from "./map.ts";
import { renderPanel } from "./panel.ts";
import { mountSearch } from "./search.ts";
import { makeSortable } from "./tables.ts";

interface Probe {
  ready: boolean;
  rendered: boolean;
  webgl: boolean;
  nodeCount: number;
  visibleNodes: number;
  selected: string | null;
  lang: Lang;
  /** Change overlays drawn now (new/lost relations, new organisations). */
  changes: () => { added: number; removed: number; newNodes: number };
  /** The highlighted learning route: its index and the ids of its organisations. */
  route: () => { active: number | null; nodes: string[] };
  /** The map: drawn label boxes and the share of the frame the visible organisations span. */
  view: () => { labels: LabelBox[]; extent: { x: number; y: number } };
}

function hasWebgl(): boolean {
  try {
    const c = document.createElement("canvas");
    return Boolean(c.getContext("webgl2") || c.getContext("webgl"));
  } catch {
    return false;
  }
}

function start(): void {
  const dataNode = byId("ecolens-data");
  if (!dataNode) return;
  const payload = JSON.parse(dataNode.textContent ?? "{}") as Payload;
  const i18n = new I18n(payload.lang);
  const nodes = decodeNodes(payload);
  const probe: Probe = {
    ready: false,
    rendered: false,
    webgl: hasWebgl(),
    nodeCount: nodes.length,
    visibleNodes: nodes.length,
    selected: null,
    lang: payload.lang,
    changes: () => ({ added: 0, removed: 0, newNodes: 0 }),
    route: () => ({ active: null, nodes: [] }),
    view: () => ({ labels: [], extent: { x: 0, y: 0 } }),
  };
  Object.defineProperty(window, "__ecolens", {
    value: Object.freeze({
      get ready() {
        return probe.ready;
      },
      get rendered() {
        return probe.rendered;
      },
      get webgl() {
        return probe.webgl;
      },
      get nodeCount() {
        return probe.nodeCount;
      },
      get visibleNodes() {
        return probe.visibleNodes;
      },
      get selected() {
        return probe.selected;
      },
      get lang() {
        return probe.lang;
      },
      get changes() {
        return probe.changes();
      },
      get route() {
        return probe.route();
      },
      get view() {
        return probe.view();
      },
    }),
  });

  // Page-wide controls: language, large text, print, tables, municipality pickers.
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
    map?.setLargeText(on);
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

  const container = byId("sigma-container");
  const controls = byId("map-controls");
  const legend = byId("map-legend");
  const panel = byId("node-panel");
  let map: MapView | null = null;
  if (nodes.length === 0 || !container || !controls || !legend || !panel) {
    probe.ready = true;
    probe.rendered = true;
    return;
  }
  if (!probe.webgl) {
    byId("no-webgl")?.removeAttribute("hidden");
    document.documentElement.classList.add("no-webgl");
    probe.ready = true;
    return;
  }

  const state: ControlState = {
    colourBy: defaultColourBy(nodes),
    sizeBy: payload.sizeMetric,
    filters: emptyFilters(),
    showSuggestions: false,
    showChanges: false,
  };
  const view = new MapView(nodes, decodeEdges(payload), payload.suggestions, state.colourBy, {
    changes: payload.changes,
    relationTypes: payload.dict.relation_type,
    routes: payload.routes,
  });
  map = view;
  view.applySize(state.sizeBy);
  probe.changes = () => view.drawnChanges();
  probe.view = () => ({ labels: view.labelBoxes, extent: view.visibleExtent() });
  probe.route = () => ({
    active: view.activeRoute,
    nodes: view
      .routeNodeKeys()
      .map((key) => view.nodeOfKey(key).id)
      .sort(),
  });

  // While changes are shown the nodes are coloured by change, so the legend shows only that.
  const currentLegend = () => {
    const overlay = overlayItems(
      { showChanges: state.showChanges, route: view.activeRoute !== null },
      (key) => i18n.t(key),
    );
    if (state.showChanges && view.activeRoute === null) return overlay;
    return [
      ...legendItems(view.scheme, payload.vocab, i18n.lang, state.showSuggestions, i18n.t("legendSuggested")),
      ...tieStatusItems(view.unconfirmedTies, i18n.lang),
      ...overlay,
    ];
  };
  const updateLegend = () => renderLegend(legend, currentLegend(), i18n);
  const setChanges = (show: boolean) => {
    state.showChanges = show;
    view.setShowChanges(show);
    const box = byId<HTMLInputElement>("show-changes");
    if (box) box.checked = show;
    document.querySelectorAll<HTMLButtonElement>("[data-show-changes]").forEach((b) => {
      b.setAttribute("aria-pressed", String(show));
    });
    updateLegend();
  };
  const banner = byId("route-banner");
  const setRoute = (route: number | null) => {
    view.showRoute(route);
    const active = view.activeRoute;
    document.querySelectorAll<HTMLButtonElement>("button[data-route]").forEach((b) => {
      b.setAttribute("aria-pressed", String(active !== null && Number(b.dataset.route) === active));
    });
    if (banner) banner.hidden = active === null;
    updateLegend();
  };
  document.querySelectorAll<HTMLButtonElement>("button[data-route]").forEach((button) => {
    button.addEventListener("click", () => {
      const k = Number(button.dataset.route);
      setRoute(view.activeRoute === k ? null : k);
      if (view.activeRoute !== null) byId("map")?.scrollIntoView({ behavior: "smooth", block: "start" });
    });
  });
  byId("route-clear")?.addEventListener("click", () => setRoute(null));
  document.querySelectorAll<HTMLButtonElement>("[data-show-changes]").forEach((button) => {
    button.addEventListener("click", () => {
      setChanges(!state.showChanges);
      if (state.showChanges) byId("map")?.scrollIntoView({ behavior: "smooth", block: "start" });
    });
  });
  const updateCount = () => {
    probe.visibleNodes = view.visibleCount();
    const count = byId("visible-count");
    if (count)
      count.textContent = `${probe.visibleNodes} / ${nodes.length} ${i18n.t("organisations")} ${i18n.t("visible")}`;
  };
  let lastFocus: HTMLElement | null = null;
  const select = (id: string | null, focusCamera = false) => {
    if (
      id !== null &&
      document.activeElement instanceof HTMLElement &&
      !panel.contains(document.activeElement)
    )
      lastFocus = document.activeElement;
    probe.selected = id;
    view.select(id, focusCamera);
    const node = id === null ? null : nodes[view.indexOf(id)];
    renderPanel(panel, node ?? null, {
      payload,
      nodes,
      map: view,
      i18n,
      onSelect: (next) => select(next, next !== null),
    });
    if (id !== null) byId("panel-title")?.focus();
    else lastFocus?.focus();
  };
  const buildControls = () => {
    const { input, listbox } = renderControls(controls, payload, state, i18n, {
      onColour(by) {
        state.colourBy = by;
        view.applyColour(by);
        updateLegend();
      },
      onSize(metric) {
        state.sizeBy = metric;
        view.applySize(metric);
      },
      onFilter(field, value) {
        state.filters[field] = value;
        view.setVisible(visibleNodes(nodes, state.filters), state.filters.relation_type);
        updateCount();
      },
      onReset() {
        state.filters = emptyFilters();
        view.setVisible(null, "");
        buildControls();
        updateCount();
      },
      onSuggestions(show) {
        state.showSuggestions = show;
        view.setShowSuggestions(show);
        updateLegend();
      },
      onChanges(show) {
        setChanges(show);
      },
      onExport() {
        const canvas = mapToCanvas(view, currentLegend(), payload.title);
        if (canvas) downloadPng(canvas, "ecolens-map.png");
      },
    });
    mountSearch(input, listbox, nodes, i18n, (id) => select(id, true));
  };
  buildControls();
  updateLegend();
  updateCount();
  i18n.onChange(() => {
    buildControls();
    updateLegend();
    updateCount();
    if (probe.selected !== null) {
      const node = nodes[view.indexOf(probe.selected)];
      renderPanel(panel, node, {
        payload,
        nodes,
        map: view,
        i18n,
        onSelect: (next) => select(next, next !== null),
      });
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (probe.selected !== null) select(null);
    else if (view.activeRoute !== null) setRoute(null);
  });

  view.mount(container);
  const renderer = view.renderer;
  if (!renderer) return;
  mountGeoLayout(view.graph, renderer, container);
  renderer.on("clickNode", ({ node }) => select(view.nodeOfKey(node).id));
  renderer.on("clickStage", () => {
    if (probe.selected !== null) select(null);
  });
  renderer.once("afterRender", () => {
    probe.rendered = true;
  });
  renderer.refresh();
  // Printing: replace the live canvas with a picture of it (large maps have no static SVG).
  window.addEventListener("beforeprint", () => {
    const target = byId<HTMLImageElement>("map-snapshot");
    const canvas = mapToCanvas(view, currentLegend(), payload.title);
    if (target && canvas) target.src = canvas.toDataURL("image/png");
  });
  probe.ready = true;
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
