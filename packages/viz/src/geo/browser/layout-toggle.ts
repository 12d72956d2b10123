/**
 * The layout switch of the network map: "network" (the force layout) or "on the map" (every
 * organisation inside its municipality, report/geo-section.ts). On the map the municipality
 * shapes are drawn under the sigma canvas, kept in step with sigma's camera, and ties are
 * coloured local / across municipalities / with a region-level organisation. Only node positions
 * and plain tie colours change: filters, search, panel and overlays keep working as before.
 */
import type Graph from "graphology";
import type Sigma from "sigma";
import { GEO_TEXT } from "../../i18n/geo-text.ts";
import { LANGS } from "../../i18n/text.ts";
import { geoPayload, geoState } from "./geo-data.ts";

export const TIE_LOCAL = "#7b8794";
export const TIE_ACROSS = "#e8590c";
export const TIE_REGION = "#c3cad3";

const SVG = "http://www.w3.org/2000/svg";

interface EdgeLike {
  color: string;
  suggestion?: boolean;
  change?: string;
  route?: number;
}

/** A catalogue entry in both languages (fixed text, no data: nothing to escape). */
const bi = (key: keyof typeof GEO_TEXT) =>
  LANGS.map((lang) => `<span data-l="${lang}">${GEO_TEXT[key][lang]}</span>`).join("");

function underlay(container: HTMLElement): { svg: SVGSVGElement; g: SVGGElement } | null {
  const source = document.getElementById("geo-map");
  if (!source) return null;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "geo-underlay");
  svg.setAttribute("aria-hidden", "true");
  const g = document.createElementNS(SVG, "g");
  for (const group of source.querySelectorAll(".geo-context, .geo-shapes")) {
    const copy = group.cloneNode(true) as SVGGElement;
    // The copy is scenery: no data-nis (the choropleth keeps the only ones), no focus stops.
    copy.querySelectorAll("path").forEach((p) => {
      p.removeAttribute("data-nis");
      p.removeAttribute("data-context-nis");
      p.removeAttribute("tabindex");
      p.removeAttribute("role");
      p.removeAttribute("aria-label");
      p.removeAttribute("class");
      p.querySelector("title")?.remove();
      p.setAttribute("fill", group.classList.contains("geo-shapes") ? "#f3f6f9" : "#e4e7eb");
      p.setAttribute("stroke", "#9aa5b1");
    });
    g.append(copy);
  }
  svg.append(g);
  container.prepend(svg);
  return { svg, g };
}

/**
 * The switch's bar, placed above the map before its first frame (its buttons work once
 * mountGeoLayout runs), so the map does not move down when the rest of the page is wired.
 * Null when the page has no geographic layout for these organisations.
 */
export function placeGeoLayoutBar(container: HTMLElement, order: number): HTMLElement | null {
  const data = geoPayload();
  if (!data || data.layout.x.length !== order || !document.getElementById("geo-map")) return null;
  const bar = document.createElement("div");
  bar.className = "layout-switch";
  bar.setAttribute("role", "group");
  bar.innerHTML = `<span class="layout-label">${bi("layout_label")}</span> <button type="button" data-layout="force" aria-pressed="true">${bi("layout_force")}</button><button type="button" data-layout="geo" aria-pressed="false">${bi("layout_geo")}</button><span class="layout-key" hidden><i style="background:${TIE_LOCAL}"></i>${bi("tie_local")} <i style="background:${TIE_ACROSS}"></i>${bi("tie_across")} <i style="background:${TIE_REGION}"></i>${bi("tie_region")}</span>`;
  container.before(bar);
  return bar;
}

export function mountGeoLayout<N extends { x: number; y: number }, E extends EdgeLike>(
  graph: Graph<N, E>,
  renderer: Sigma<N, E>,
  container: HTMLElement,
  placed: HTMLElement | null = null,
  /** Called after the positions changed (the map places its labels again). */
  onLayout: () => void = () => {},
): void {
  const data = geoPayload();
  if (!data || data.layout.x.length !== graph.order) return;
  const layer = underlay(container);
  if (!layer) return;
  layer.svg.style.display = "none";
  const bar = placed ?? placeGeoLayoutBar(container, graph.order);
  if (!bar) return;
  const key = bar.querySelector<HTMLElement>(".layout-key")!;

  const saved = new Map<string, [number, number]>();
  const savedColours = new Map<string, string>();
  const sync = () => {
    if (geoState.layout !== "geo") return;
    const o = renderer.graphToViewport({ x: 0, y: 0 });
    const ax = renderer.graphToViewport({ x: 1, y: 0 });
    const ay = renderer.graphToViewport({ x: 0, y: -1 });
    layer.g.setAttribute(
      "transform",
      `matrix(${ax.x - o.x} ${ax.y - o.y} ${ay.x - o.x} ${ay.y - o.y} ${o.x} ${o.y})`,
    );
  };
  renderer.on("afterRender", sync);

  const set = (mode: "force" | "geo") => {
    if (mode === geoState.layout) return;
    geoState.layout = mode;
    if (mode === "geo") {
      graph.forEachNode((node, a) => {
        saved.set(node, [a.x, a.y]);
        const i = Number(node);
        graph.mergeNodeAttributes(node, { x: data.layout.x[i], y: -data.layout.y[i] } as Partial<N>);
      });
      graph.forEachEdge((edge, a, s, t) => {
        if (a.suggestion || a.change || a.route !== undefined) return;
        savedColours.set(edge, a.color);
        const ms = data.layout.muni[Number(s)];
        const mt = data.layout.muni[Number(t)];
        const colour = ms < 0 || mt < 0 ? TIE_REGION : ms === mt ? TIE_LOCAL : TIE_ACROSS;
        graph.setEdgeAttribute(edge, "color", colour as E["color"]);
      });
    } else {
      for (const [node, [x, y]] of saved) graph.mergeNodeAttributes(node, { x, y } as Partial<N>);
      for (const [edge, colour] of savedColours) graph.setEdgeAttribute(edge, "color", colour as E["color"]);
    }
    // On the map the frame is the map's (all of it in view), not the organisations' extent.
    renderer.setCustomBBox(mode === "geo" ? { x: [0, data.width], y: [-data.height, 0] } : null);
    layer.svg.style.display = mode === "geo" ? "" : "none";
    key.hidden = mode !== "geo";
    bar.querySelectorAll<HTMLButtonElement>("[data-layout]").forEach((b) => {
      b.setAttribute("aria-pressed", String(b.dataset.layout === mode));
    });
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    renderer.refresh();
    sync();
    // The camera may not have moved, so nothing else tells the labels that every node did.
    onLayout();
  };
  bar.querySelectorAll<HTMLButtonElement>("[data-layout]").forEach((b) => {
    b.addEventListener("click", () => set(b.dataset.layout === "geo" ? "geo" : "force"));
  });
  geoState.positions = () => {
    const out: Array<[number, number]> = [];
    graph.forEachNode((_node, a) => {
      out.push([a.x, -a.y]);
    });
    return out;
  };
}
