/** The small read-only probe the browser tests read (window.__ecolens): the page's state now. */
import type { Lang } from "../model.ts";
import type { LabelBox } from "./label-placement.ts";
import type { StartupStep } from "./startup.ts";

export interface Probe {
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
  /**
   * The map: drawn label boxes, the boxes sigma's live positions give now (equal unless placing
   * the labels before sigma existed went wrong) and the share of the frame the visible span.
   */
  view: () => {
    labels: LabelBox[];
    live: LabelBox[];
    extent: { x: number; y: number };
    /** Where the selected organisation is drawn, in the map's pixels (null: none selected). */
    selectedAt?: { x: number; y: number } | null;
  };
  /** The startup steps in the order they ran (startup.ts): the map's first frame comes first. */
  startup: StartupStep[];
}

function hasWebgl(): boolean {
  try {
    const c = document.createElement("canvas");
    return Boolean(c.getContext("webgl2") || c.getContext("webgl"));
  } catch {
    return false;
  }
}

/** A fresh probe, exposed as a frozen object of getters on window.__ecolens. */
export function exposeProbe(nodeCount: number, lang: Lang): Probe {
  const probe: Probe = {
    ready: false,
    rendered: false,
    webgl: hasWebgl(),
    nodeCount,
    visibleNodes: nodeCount,
    selected: null,
    lang,
    changes: () => ({ added: 0, removed: 0, newNodes: 0 }),
    route: () => ({ active: null, nodes: [] }),
    view: () => ({ labels: [], live: [], extent: { x: 0, y: 0 } }),
    startup: [],
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
      get startup() {
        return probe.startup.map((s) => ({ ...s }));
      },
    }),
  });
  return probe;
}
