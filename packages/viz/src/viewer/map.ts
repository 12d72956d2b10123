/**
 * The interactive map: sigma.js (WebGL) over a graphology copy of the embedded network. Visual
 * state (hover, selection, filters) lives here and reaches sigma only through reducers, which do
 * no analysis: they read sets computed when the state changes (style.md, practice 8).
 */
import Graph from "graphology";
import Sigma from "sigma";
import { type ColourBy, type ColourScheme, colourScheme } from "../encode/colour.ts";
import { labelCount, topNodes } from "../encode/labels.ts";
import { fitToNodes, sameSet, viewportExtent } from "./camera.ts";
import { type LabelBox, visibleLabels } from "./label-placement.ts";

const LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

import {
  CHANGE_BACKGROUND_COLOUR,
  CHANGE_END_COLOUR,
  CHANGE_LOST_COLOUR,
  CHANGE_NEW_COLOUR,
  DIMMED_COLOUR,
  HIGHLIGHT_EDGE_COLOUR,
  ROUTE_COLOUR,
  SUGGESTION_COLOUR,
} from "../encode/palette.ts";
import { sizeScale } from "../encode/size.ts";
import type { ViewerEdge, ViewerNode } from "./decode.ts";
import { edgeStyle } from "./edge-style.ts";

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  forceLabel: boolean;
}
export interface EdgeAttrs {
  size: number;
  color: string;
  relation_type: string;
  suggestion: boolean;
  /** A tie not confirmed by both partners (collected round): drawn lighter and thinner. */
  unconfirmed?: boolean;
  /** Overlay edges: a relation new or lost since the earlier round, or a learning route's step. */
  change?: "added" | "removed";
  route?: number;
}

/** What the map may overlay: changes since an earlier round and example learning routes. */
export interface MapOverlays {
  changes?: {
    added: Array<[number, number, number, number]>;
    removed: Array<[number, number, number, number]>;
    newNodes: number[];
  };
  relationTypes?: string[];
  routes?: number[][];
}

export class MapView {
  readonly graph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "mixed", allowSelfLoops: true });
  renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
  scheme: ColourScheme;
  /** Keys of the visible nodes; null = every node visible. */
  visible: Set<string> | null = null;
  relationType = "";
  showSuggestions = false;
  /** Graph keys (node indices as strings). */
  hovered: string | null = null;
  private hoverSet: Set<string> | null = null;
  selected: string | null = null;
  private baseLabelSize = 13;
  showChanges = false;
  /** Ties not confirmed by both partners (a collected round); 0 for other inputs. */
  unconfirmedTies = 0;
  /** Graph keys of new organisations and of the ends of changed relations. */
  readonly newNodes = new Set<string>();
  private readonly changedEnds = new Set<string>();
  /** The highlighted learning route (index into the routes), or null. */
  activeRoute: number | null = null;
  private routeNodes: Set<string> | null = null;

  constructor(
    readonly nodes: ViewerNode[],
    edges: ViewerEdge[],
    suggestions: Array<[number, number, number, unknown]>,
    colourBy: ColourBy,
    private readonly overlays: MapOverlays = {},
  ) {
    this.scheme = colourScheme(nodes, colourBy);
    // Keys are node indices, never ids: graphology mishandles keys like `__proto__`.
    for (const n of nodes)
      this.graph.addNode(String(n.index), {
        x: n.x,
        y: -n.y,
        size: 4,
        color: "#999",
        label: n.label,
        forceLabel: false,
      });
    const maxW = Math.max(1, ...edges.map((e) => e.weight));
    for (const e of edges) {
      const s = String(e.source);
      const t = String(e.target);
      const attrs: EdgeAttrs = { ...edgeStyle(e, maxW), relation_type: e.relation_type, suggestion: false };
      if (attrs.unconfirmed) this.unconfirmedTies++;
      if (e.directed) this.graph.addDirectedEdge(s, t, attrs);
      else this.graph.addUndirectedEdge(s, t, attrs);
    }
    for (const [a, b] of suggestions)
      this.graph.addUndirectedEdge(String(a), String(b), {
        size: 2.2,
        color: SUGGESTION_COLOUR,
        relation_type: "",
        suggestion: true,
      });
    const changes = overlays.changes;
    if (changes) {
      const types = overlays.relationTypes ?? [];
      for (const [kind, rows] of [
        ["added", changes.added],
        ["removed", changes.removed],
      ] as const)
        for (const [a, b, type] of rows) {
          this.graph.addUndirectedEdge(String(a), String(b), {
            size: kind === "added" ? 2.6 : 2,
            color: kind === "added" ? CHANGE_NEW_COLOUR : CHANGE_LOST_COLOUR,
            relation_type: types[type] ?? "",
            suggestion: false,
            change: kind,
          });
          this.changedEnds.add(String(a));
          this.changedEnds.add(String(b));
        }
      for (const i of changes.newNodes) this.newNodes.add(String(i));
    }
    (overlays.routes ?? []).forEach((steps, k) => {
      for (let i = 0; i + 1 < steps.length; i++)
        if (steps[i] !== steps[i + 1])
          this.graph.addUndirectedEdge(String(steps[i]), String(steps[i + 1]), {
            size: 3.5,
            color: ROUTE_COLOUR,
            relation_type: "",
            suggestion: false,
            route: k,
          });
    });
    this.applyColour(colourBy);
  }

  mount(container: HTMLElement): void {
    const big = this.graph.order > 3000;
    this.renderer = new Sigma(this.graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      hideEdgesOnMove: big,
      labelFont: LABEL_FONT,
      labelSize: this.baseLabelSize,
      labelWeight: "500",
      labelColor: { color: "#1f2933" },
      // At the default zoom only the placed (non-overlapping) labels show; zooming in adds more.
      labelRenderedSizeThreshold: big ? 30 : 24,
      labelDensity: 0.6,
      zIndex: true,
      defaultEdgeType: "line",
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.renderer.on("enterNode", ({ node }) => this.hover(node));
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.renderer.getCamera().on("updated", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.layoutLabels(), 120);
    });
    this.renderer.on("resize", () => this.layoutLabels());
    this.layoutLabels();
    this.renderer.on("leaveNode", () => this.hover(null));
  }

  private reduceNode(node: string, data: NodeAttrs) {
    const out: Partial<NodeAttrs> & { hidden?: boolean; highlighted?: boolean; zIndex?: number } = {
      ...data,
    };
    if (this.visible && !this.visible.has(node)) {
      out.hidden = true;
      return out;
    }
    if (this.routeNodes) {
      if (this.routeNodes.has(node)) {
        out.forceLabel = true;
        out.highlighted = true;
        out.zIndex = 3;
        out.size = Math.max(data.size, 8);
      } else {
        out.color = DIMMED_COLOUR;
        out.label = "";
        out.forceLabel = false;
        out.zIndex = 0;
      }
      return out;
    }
    if (this.showChanges) {
      // Coloured by change, not by sector: new, with a new or lost tie, unchanged.
      if (this.newNodes.has(node)) {
        out.color = CHANGE_NEW_COLOUR;
        out.forceLabel = true;
        out.zIndex = 2;
        out.size = Math.max(data.size, 7);
      } else {
        out.color = this.changedEnds.has(node) ? CHANGE_END_COLOUR : CHANGE_BACKGROUND_COLOUR;
        out.forceLabel = false;
        out.zIndex = this.changedEnds.has(node) ? 1 : 0;
      }
    }
    if (this.hoverSet && !this.hoverSet.has(node)) {
      out.color = DIMMED_COLOUR;
      out.label = "";
      out.forceLabel = false;
      out.zIndex = 0;
    } else if (this.hoverSet) {
      out.forceLabel = true;
      out.zIndex = 1;
    }
    if (node === this.selected || node === this.hovered) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  }

  private reduceEdge(edge: string, data: EdgeAttrs) {
    const out: Partial<EdgeAttrs> & { hidden?: boolean; zIndex?: number } = { ...data };
    if (data.route !== undefined || this.routeNodes) {
      out.hidden = data.route !== this.activeRoute || this.activeRoute === null;
      out.zIndex = 3;
      return out;
    }
    if (data.change) {
      out.hidden = !this.showChanges || this.edgeFiltered(edge, data);
      out.zIndex = 3;
      return out;
    }
    if (
      data.suggestion
        ? !this.showSuggestions
        : this.relationType !== "" && data.relation_type !== this.relationType
    ) {
      out.hidden = true;
      return out;
    }
    const [s, t] = this.graph.extremities(edge);
    if (this.visible && (!this.visible.has(s) || !this.visible.has(t))) {
      out.hidden = true;
      return out;
    }
    const focus = this.hovered ?? this.selected;
    if (focus !== null) {
      if (s === focus || t === focus) {
        if (!data.suggestion) out.color = HIGHLIGHT_EDGE_COLOUR;
        out.zIndex = 1;
      } else if (this.hoverSet) out.hidden = true;
    }
    if (data.suggestion) out.zIndex = 2;
    if (this.showChanges && !data.suggestion) out.color = "#E6E9ED";
    return out;
  }

  /** Filters (municipality, sector... and relation type) apply to change overlays too. */
  private edgeFiltered(edge: string, data: EdgeAttrs): boolean {
    if (this.relationType !== "" && data.relation_type !== this.relationType) return true;
    const [s, t] = this.graph.extremities(edge);
    return this.visible !== null && (!this.visible.has(s) || !this.visible.has(t));
  }

  setShowChanges(show: boolean): void {
    this.showChanges = show;
    this.renderer?.refresh({ schedule: true });
  }

  /** Highlight one learning route (its step organisations and the ties between steps); null clears. */
  showRoute(route: number | null): void {
    const steps = route === null ? undefined : this.overlays.routes?.[route];
    this.activeRoute = steps ? (route as number) : null;
    this.routeNodes = steps ? new Set(steps.map(String)) : null;
    if (this.routeNodes && this.renderer) this.renderer.getCamera().animatedReset({ duration: 300 });
    this.renderer?.refresh({ schedule: true });
  }

  /** Graph keys of the highlighted route's organisations (empty when none). */
  routeNodeKeys(): string[] {
    return this.routeNodes ? [...this.routeNodes] : [];
  }

  /** Change overlays that are drawn now (for the legend and the test probe). */
  drawnChanges(): { added: number; removed: number; newNodes: number } {
    let added = 0;
    let removed = 0;
    this.graph.forEachEdge((edge, data) => {
      if (!data.change) return;
      if (this.reduceEdge(edge, data).hidden) return;
      if (data.change === "added") added++;
      else removed++;
    });
    let newNodes = 0;
    if (this.showChanges && !this.routeNodes)
      for (const key of this.newNodes) if (!this.visible || this.visible.has(key)) newNodes++;
    return { added, removed, newNodes };
  }

  private hover(node: string | null): void {
    this.hovered = node;
    this.hoverSet = node === null ? null : new Set([node, ...this.graph.neighbors(node)]);
    this.renderer?.refresh({ schedule: true });
  }

  applyColour(by: ColourBy): void {
    this.scheme = colourScheme(this.nodes, by);
    for (const n of this.nodes)
      this.graph.setNodeAttribute(String(n.index), "color", this.scheme.colourOf(n));
    this.renderer?.refresh();
  }

  applySize(metric: string): void {
    const values = this.nodes.map((n) => (metric === "" ? null : n.metrics[metric]));
    const scale = sizeScale(values, { min: 3, max: this.graph.order > 2000 ? 10 : 16 });
    const keys = this.nodes.map((n) => String(n.index));
    // Every node ranked by importance: the label placer takes the first that fit without overlap.
    this.labelRanking = [
      ...topNodes(
        keys,
        (key) => (metric === "" ? this.graph.degree(key) : this.nodes[Number(key)].metrics[metric]),
        keys.length,
      ),
    ];
    this.nodes.forEach((n, i) => {
      this.graph.setNodeAttribute(String(n.index), "size", metric === "" ? 5 : scale(values[i]));
    });
    this.layoutLabels();
  }

  private labelRanking: string[] = [];
  /** Labels drawn at the current zoom (viewport boxes), for the legend and the test probe. */
  labelBoxes: LabelBox[] = [];

  /** Forces the labels of the most important visible organisations that fit without overlap. */
  layoutLabels(): void {
    if (!this.renderer) return;
    this.labelBoxes = visibleLabels(this.renderer, this.graph, this.labelRanking, this.visible, {
      fontSize: this.renderer.getSetting("labelSize") ?? this.baseLabelSize,
      font: LABEL_FONT,
      count: labelCount(this.visibleCount()),
    });
    const chosen = new Set(this.labelBoxes.map((box) => box.key));
    this.graph.forEachNode((key) => this.graph.setNodeAttribute(key, "forceLabel", chosen.has(key)));
    this.renderer.refresh();
  }

  /** Share of the frame's width and height that the visible organisations span now. */
  visibleExtent(): { x: number; y: number } {
    return this.renderer ? viewportExtent(this.renderer, this.graph, this.visible) : { x: 0, y: 0 };
  }

  /** Frames the camera on the visible organisations (all of them when no filter is set). */
  private fitCamera(): void {
    if (!this.renderer) return;
    fitToNodes(this.renderer, this.graph, this.visible);
    this.layoutLabels();
  }

  private indexCache: Map<string, number> | null = null;
  /** Index of an organisation id, -1 when unknown. */
  indexOf(id: string): number {
    if (!this.indexCache) this.indexCache = new Map(this.nodes.map((n) => [n.id, n.index]));
    return this.indexCache.get(id) ?? -1;
  }

  setVisible(visible: Set<string> | null, relationType: string): void {
    const changed = !sameSet(this.visible, visible);
    this.visible = visible;
    this.relationType = relationType;
    if (changed) this.fitCamera();
    else this.renderer?.refresh({ schedule: true });
  }

  setShowSuggestions(show: boolean): void {
    this.showSuggestions = show;
    this.renderer?.refresh({ schedule: true });
  }

  /** Select by organisation id (null = none). */
  select(id: string | null, focusCamera = false): void {
    const index = id === null ? -1 : this.indexOf(id);
    const node = index < 0 ? null : String(index);
    this.selected = node;
    if (node && focusCamera && this.renderer) {
      const data = this.renderer.getNodeDisplayData(node);
      if (data) this.renderer.getCamera().animate({ x: data.x, y: data.y, ratio: 0.35 }, { duration: 400 });
    }
    this.renderer?.refresh({ schedule: true });
  }

  setLargeText(large: boolean): void {
    this.renderer?.setSetting("labelSize", large ? 17 : this.baseLabelSize);
    this.layoutLabels();
  }

  /** The organisation behind a graph key. */
  nodeOfKey(key: string): ViewerNode {
    return this.nodes[Number(key)];
  }

  visibleCount(): number {
    return this.visible ? this.visible.size : this.graph.order;
  }
}
