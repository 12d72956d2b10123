/**
 * The interactive map: sigma.js (WebGL) over a graphology copy of the embedded network
 * (map-graph.ts). Visual state (hover, selection, filters) lives here and reaches sigma only
 * through the reducers (map-reducers.ts), which do no analysis: they read sets computed when the
 * state changes (style.md, practice 8).
 */
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import { type ColourBy, type ColourScheme, colourScheme } from "../encode/colour.ts";
import { labelCount, topNodes } from "../encode/labels.ts";
import { sizeScale } from "../encode/size.ts";
import { fitToNodes, sameSet, viewportExtent } from "./camera.ts";
import type { ViewerEdge, ViewerNode } from "./decode.ts";
import { initialFrame, STAGE_PADDING } from "./initial-frame.ts";
import { type LabelBox, type LabelFrame, liveFrame, visibleLabels } from "./label-placement.ts";
import {
  buildMapGraph,
  type EdgeAttrs,
  LARGE_MAP,
  type MapGraph,
  type MapOverlays,
  type NodeAttrs,
  suggestionEndKeys,
} from "./map-graph.ts";
import { type MapState, reduceEdge, reduceNode } from "./map-reducers.ts";

export type { EdgeAttrs, MapOverlays, NodeAttrs } from "./map-graph.ts";

const LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export class MapView implements MapState {
  readonly graph: MapGraph;
  renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
  scheme: ColourScheme;
  /** Keys of the visible nodes; null = every node visible. */
  visible: Set<string> | null = null;
  relationType = "";
  showSuggestions = false;
  /** Graph keys (node indices as strings). */
  hovered: string | null = null;
  hoverSet: Set<string> | null = null;
  selected: string | null = null;
  private baseLabelSize = 13;
  showChanges = false;
  /** Ties not confirmed by both partners (a collected round); 0 for other inputs. */
  readonly unconfirmedTies: number;
  /** Graph keys of new organisations and of the ends of changed relations. */
  readonly newNodes: Set<string>;
  readonly changedEnds: Set<string>;
  /** The highlighted learning route (index into the routes), or null. */
  activeRoute: number | null = null;
  routeNodes: Set<string> | null = null;
  /** On a large map with suggestions shown: their organisations, which then stand out. */
  suggestionEnds: Set<string> | null = null;

  constructor(
    readonly nodes: ViewerNode[],
    edges: ViewerEdge[],
    suggestions: Array<[number, number, number, unknown]>,
    colourBy: ColourBy,
    private readonly overlays: MapOverlays = {},
  ) {
    this.scheme = colourScheme(nodes, colourBy);
    const built = buildMapGraph(nodes, edges, suggestions, overlays);
    this.graph = built.graph;
    this.unconfirmedTies = built.unconfirmedTies;
    this.newNodes = built.newNodes;
    this.changedEnds = built.changedEnds;
    this.applyColour(colourBy);
  }

  /**
   * Places the labels on the frame sigma will draw first (initial-frame.ts), then creates sigma,
   * whose constructor draws that frame: the map with its labels, in one frame.
   */
  mount(container: HTMLElement): void {
    const big = this.nodes.length > LARGE_MAP;
    this.placeLabels(initialFrame(this.graph, container));
    this.renderer = this.createRenderer(container, big);
    this.renderer.on("enterNode", ({ node }) => this.hover(node));
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.renderer.getCamera().on("updated", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.layoutLabels(), 120);
    });
    this.renderer.on("resize", () => this.layoutLabels());
    this.renderer.on("leaveNode", () => this.hover(null));
  }

  private createRenderer(container: HTMLElement, big: boolean): Sigma<NodeAttrs, EdgeAttrs> {
    return new Sigma<NodeAttrs, EdgeAttrs>(this.graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      hideEdgesOnMove: big,
      stagePadding: STAGE_PADDING,
      labelFont: LABEL_FONT,
      labelSize: this.baseLabelSize,
      labelWeight: "500",
      labelColor: { color: "#1f2933" },
      // At the default zoom only the placed (non-overlapping) labels show; zooming in adds more.
      labelRenderedSizeThreshold: big ? 30 : 24,
      labelDensity: 0.6,
      zIndex: true,
      defaultEdgeType: "line",
      edgeProgramClasses: { line: EdgeRectangleProgram, thin: EdgeLineProgram },
      // A large map draws its nodes as point sprites: the same antialiased discs, at about half
      // the cost of sigma's instanced triangles in a software renderer (0.3-0.4 s per frame at
      // 20,000 organisations); a node whose centre leaves the frame vanishes whole while panning.
      nodeProgramClasses: { circle: big ? NodePointProgram : NodeCircleProgram },
      nodeReducer: (node, data) => reduceNode(this, node, data),
      edgeReducer: (edge, data) => reduceEdge(this, edge, data),
    });
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
      if (reduceEdge(this, edge, { ...data }).hidden) return;
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

  /** Forces the labels of the most important visible organisations that fit without overlap, and draws. */
  layoutLabels(): void {
    if (!this.renderer) return;
    this.placeLabels(liveFrame(this.renderer));
    this.renderer.refresh();
  }

  /** The label boxes that sigma's live positions give now (the probe holds them to labelBoxes). */
  liveLabelBoxes(): LabelBox[] {
    return this.renderer ? this.labelsOn(liveFrame(this.renderer)) : [];
  }

  private labelsOn(frame: LabelFrame): LabelBox[] {
    return visibleLabels(frame, this.graph, this.labelRanking, this.visible, {
      fontSize: this.renderer?.getSetting("labelSize") ?? this.baseLabelSize,
      font: LABEL_FONT,
      count: labelCount(this.visibleCount()),
    });
  }

  private placeLabels(frame: LabelFrame): void {
    this.labelBoxes = this.labelsOn(frame);
    const chosen = new Set(this.labelBoxes.map((box) => box.key));
    // Only the nodes whose label changes: sigma reprocesses each node whose attribute is set.
    this.graph.forEachNode((key, attrs) => {
      if (attrs.forceLabel !== chosen.has(key))
        this.graph.setNodeAttribute(key, "forceLabel", chosen.has(key));
    });
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
    this.suggestionEnds = show && this.nodes.length > LARGE_MAP ? suggestionEndKeys(this.graph) : null;
    this.renderer?.refresh({ schedule: true });
  }

  /**
   * Select by organisation id (null = none). `covered`: pixels of the map's right side under the
   * detail panel; a focused organisation is centred in the rest, and a clicked one under the
   * panel is brought out from under it.
   */
  select(id: string | null, focusCamera = false, covered = 0): void {
    const index = id === null ? -1 : this.indexOf(id);
    const node = index < 0 ? null : String(index);
    this.selected = node;
    const renderer = this.renderer;
    const data = node && renderer ? renderer.getNodeDisplayData(node) : undefined;
    if (renderer && data) {
      const camera = renderer.getCamera();
      const { width, height } = renderer.getDimensions();
      // The camera centre that shows the node in the middle of the part the panel leaves free:
      // the point `covered / 2` right of the node when the camera is centred on it (sigma converts).
      const centreFor = (ratio: number) =>
        renderer.viewportToFramedGraph(
          { x: (width + covered) / 2, y: height / 2 },
          { cameraState: { ...camera.getState(), x: data.x, y: data.y, ratio } },
        );
      if (focusCamera) camera.animate({ ...centreFor(0.35), ratio: 0.35 }, { duration: 400 });
      else if (covered > 0 && renderer.framedGraphToViewport(data).x > width - covered)
        camera.animate(centreFor(camera.getState().ratio), { duration: 300 });
    }
    this.renderer?.refresh({ schedule: true });
  }

  /** The selected organisation's position on the map, in pixels from its top left corner. */
  selectedOnScreen(): { x: number; y: number } | null {
    const data = this.selected && this.renderer ? this.renderer.getNodeDisplayData(this.selected) : undefined;
    return data && this.renderer ? this.renderer.framedGraphToViewport(data) : null;
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
