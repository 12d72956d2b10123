/**
 * The interactive network map of the page: the sigma view with its controls, legend, detail
 * panel, search, change and route overlays, and the keyboard. One session per page; the map's
 * first frame is drawn before the rest is wired (start).
 */
import { defaultColourBy } from "../encode/colour.ts";
import { mountGeoLayout, placeGeoLayoutBar } from "../geo/browser/layout-toggle.ts";
import type { I18n } from "../i18n/runtime.ts";
import type { Payload } from "../report/payload.ts";
import { type ControlState, renderControls } from "./controls.ts";
import { decodeEdges, type ViewerNode } from "./decode.ts";
import { byId } from "./dom.ts";
import { downloadPng, mapToCanvas } from "./export-png.ts";
import { emptyFilters, visibleNodes } from "./filters.ts";
import { type LegendItem, legendItems, overlayItems, renderLegend, tieStatusItems } from "./legend.ts";
import { MapView } from "./map.ts";
import { renderPanel } from "./panel.ts";
import type { Probe } from "./probe.ts";
import { mountSearch } from "./search.ts";
import { keepInView, type Startup } from "./startup.ts";

/** The page elements the map lives in. */
export interface MapElements {
  container: HTMLElement;
  controls: HTMLElement;
  legend: HTMLElement;
  panel: HTMLElement;
}

export class MapSession {
  readonly view: MapView;
  private readonly state: ControlState;
  private lastFocus: HTMLElement | null = null;
  /** The layout switch's bar, placed before the map's first frame (null: no geographic layout). */
  private layoutBar: HTMLElement | null = null;

  constructor(
    private readonly payload: Payload,
    private readonly nodes: ViewerNode[],
    private readonly i18n: I18n,
    private readonly probe: Probe,
    private readonly at: MapElements,
  ) {
    this.state = {
      colourBy: defaultColourBy(nodes),
      sizeBy: payload.sizeMetric,
      filters: emptyFilters(),
      showSuggestions: false,
      showChanges: false,
    };
    const view = new MapView(nodes, decodeEdges(payload), payload.suggestions, this.state.colourBy, {
      changes: payload.changes,
      relationTypes: payload.dict.relation_type,
      routes: payload.routes,
    });
    this.view = view;
    view.applySize(this.state.sizeBy);
    probe.changes = () => view.drawnChanges();
    probe.view = () => ({
      labels: view.labelBoxes,
      live: view.liveLabelBoxes(),
      extent: view.visibleExtent(),
      selectedAt: view.selectedOnScreen(),
    });
    probe.route = () => ({
      active: view.activeRoute,
      nodes: view
        .routeNodeKeys()
        .map((key) => view.nodeOfKey(key).id)
        .sort(),
    });
  }

  /** While changes are shown the nodes are coloured by change, so the legend shows only that. */
  currentLegend(): LegendItem[] {
    const { state, view, i18n } = this;
    const overlay = overlayItems(
      { showChanges: state.showChanges, route: view.activeRoute !== null },
      (key) => i18n.t(key),
    );
    if (state.showChanges && view.activeRoute === null) return overlay;
    return [
      ...legendItems(
        view.scheme,
        this.payload.vocab,
        i18n.lang,
        state.showSuggestions,
        i18n.t("legendSuggested"),
      ),
      ...tieStatusItems(view.unconfirmedTies, i18n.lang),
      ...overlay,
    ];
  }

  updateLegend = (): void => renderLegend(this.at.legend, this.currentLegend(), this.i18n);

  setChanges = (show: boolean): void => {
    this.state.showChanges = show;
    this.view.setShowChanges(show);
    const box = byId<HTMLInputElement>("show-changes");
    if (box) box.checked = show;
    document.querySelectorAll<HTMLButtonElement>("[data-show-changes]").forEach((b) => {
      b.setAttribute("aria-pressed", String(show));
    });
    this.updateLegend();
  };

  setRoute = (route: number | null): void => {
    this.view.showRoute(route);
    const active = this.view.activeRoute;
    document.querySelectorAll<HTMLButtonElement>("button[data-route]").forEach((b) => {
      b.setAttribute("aria-pressed", String(active !== null && Number(b.dataset.route) === active));
    });
    const banner = byId("route-banner");
    if (banner) banner.hidden = active === null;
    this.updateLegend();
  };

  updateCount = (): void => {
    this.probe.visibleNodes = this.view.visibleCount();
    const count = byId("visible-count");
    if (count)
      count.textContent = `${this.probe.visibleNodes} / ${this.nodes.length} ${this.i18n.t("organisations")} ${this.i18n.t("visible")}`;
  };

  private showPanel(id: string | null): void {
    const node = id === null ? null : this.nodes[this.view.indexOf(id)];
    renderPanel(this.at.panel, node ?? null, {
      payload: this.payload,
      nodes: this.nodes,
      map: this.view,
      i18n: this.i18n,
      onSelect: (next) => this.select(next, next !== null),
    });
  }

  select = (id: string | null, focusCamera = false): void => {
    const active = document.activeElement;
    if (id !== null && active instanceof HTMLElement && !this.at.panel.contains(active))
      this.lastFocus = active;
    this.probe.selected = id;
    this.showPanel(id);
    // The panel lies over the map's right side on a wide screen: keep the organisation beside it.
    this.view.select(id, focusCamera, this.panelCover());
    if (id !== null) byId("panel-title")?.focus();
    else this.lastFocus?.focus();
  };

  /** How many pixels of the map's right side the detail panel covers (0 when beside or below it). */
  private panelCover(): number {
    const { panel, container } = this.at;
    if (panel.hidden) return 0;
    const p = panel.getBoundingClientRect();
    const c = container.getBoundingClientRect();
    if (p.width === 0 || p.bottom <= c.top || p.top >= c.bottom || p.left >= c.right || p.right <= c.left)
      return 0;
    return Math.max(0, Math.min(c.width, c.right - p.left));
  }

  buildControls = (): void => {
    const { state, view, nodes, payload } = this;
    const { input, listbox } = renderControls(this.at.controls, payload, state, this.i18n, {
      onColour: (by) => {
        state.colourBy = by;
        view.applyColour(by);
        this.updateLegend();
      },
      onSize: (metric) => {
        state.sizeBy = metric;
        view.applySize(metric);
      },
      onFilter: (field, value) => {
        state.filters[field] = value;
        view.setVisible(visibleNodes(nodes, state.filters), state.filters.relation_type);
        this.updateCount();
      },
      onReset: () => {
        state.filters = emptyFilters();
        view.setVisible(null, "");
        this.buildControls();
        this.updateCount();
      },
      onSuggestions: (show) => {
        state.showSuggestions = show;
        view.setShowSuggestions(show);
        this.updateLegend();
      },
      onChanges: (show) => this.setChanges(show),
      onExport: () => {
        const canvas = mapToCanvas(view, this.currentLegend(), payload.title);
        if (canvas) downloadPng(canvas, "ecolens-map.png");
      },
    });
    mountSearch(input, listbox, nodes, this.i18n, (id) => this.select(id, true));
  };

  /** The route and change buttons in the report's sections. */
  private wireButtons(): void {
    document.querySelectorAll<HTMLButtonElement>("button[data-route]").forEach((button) => {
      button.addEventListener("click", () => {
        const k = Number(button.dataset.route);
        this.setRoute(this.view.activeRoute === k ? null : k);
        if (this.view.activeRoute !== null)
          byId("map")?.scrollIntoView({ behavior: "smooth", block: "start" });
      });
    });
    byId("route-clear")?.addEventListener("click", () => this.setRoute(null));
    document.querySelectorAll<HTMLButtonElement>("[data-show-changes]").forEach((button) => {
      button.addEventListener("click", () => {
        this.setChanges(!this.state.showChanges);
        if (this.state.showChanges) byId("map")?.scrollIntoView({ behavior: "smooth", block: "start" });
      });
    });
  }

  /** Escape closes the detail panel, else clears the learning route. */
  private wireEscape(): void {
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      if (this.probe.selected !== null) this.select(null);
      else if (this.view.activeRoute !== null) this.setRoute(null);
    });
  }

  /** Controls, legend and count; rebuilt in the new language when it changes. */
  private wireControls(): void {
    this.buildControls();
    this.updateLegend();
    this.updateCount();
    this.i18n.onChange(() => {
      this.buildControls();
      this.updateLegend();
      this.updateCount();
      if (this.probe.selected !== null) this.showPanel(this.probe.selected);
    });
  }

  /** Draws the map: sigma's constructor draws its first frame, labels included (map.ts, mount). */
  private mountRenderer(): boolean {
    this.view.mount(this.at.container);
    if (!this.view.renderer) return false;
    this.probe.rendered = true;
    return true;
  }

  /** What the map needs after its first frame: the geographic layout switch, clicks, printing. */
  private wireRenderer(): void {
    const { view, probe } = this;
    const renderer = view.renderer;
    if (!renderer) return;
    mountGeoLayout(view.graph, renderer, this.at.container, this.layoutBar, () => view.layoutLabels());
    renderer.on("clickNode", ({ node }) => this.select(view.nodeOfKey(node).id));
    renderer.on("clickStage", () => {
      if (probe.selected !== null) this.select(null);
    });
    // Printing: replace the live canvas with a picture of it (large maps have no static SVG).
    window.addEventListener("beforeprint", () => {
      const target = byId<HTMLImageElement>("map-snapshot");
      const canvas = mapToCanvas(view, this.currentLegend(), this.payload.title);
      if (target && canvas) target.src = canvas.toDataURL("image/png");
    });
  }

  /**
   * Draws the map (with its labels) first; the controls, search, legend, buttons and the
   * geographic layout switch follow once the browser has shown that frame (startup.ts). The
   * probe is ready when all of it is wired.
   */
  start(startup: Startup): void {
    // The layout switch's bar takes its place above the map first: the map must not move later.
    this.layoutBar = placeGeoLayoutBar(this.at.container, this.view.graph.order);
    if (!this.mountRenderer()) return;
    startup.mark("map");
    startup.afterFirstFrame(() => {
      const keep = keepInView();
      this.wireRenderer();
      this.wireButtons();
      this.wireControls();
      this.wireEscape();
      keep();
      startup.mark("controls");
      this.probe.ready = true;
    });
  }
}
