/**
 * GEXF `viz` data (colour, position, size, shape, thickness) -> node/edge attributes `color`
 * (`#rrggbb` or `rgba(...)`), `x`, `y`, `size`, `shape`, `thickness`, which the map uses. Files
 * from every Gephi generation are read: the 1.1draft, 1.2draft and 1.3 viz namespaces, the
 * `http:///www.gexf.net/1.1draft/viz` (three slashes) that Gephi 0.9 writes, and a `viz:` prefix
 * that was never declared. Such a namespace is reported once per file, not once per element.
 */

import { msgText } from "../messages/index.ts";
import type { NetworkBuilder } from "./network-builder.ts";
import { parseScalar } from "./typed-values.ts";
import { reportBadValue } from "./xml-common.ts";
import { UNDECLARED_NAMESPACE, type XmlElement } from "./xml-parse.ts";

const VIZ_NAMESPACE = /^https?:\/\/(www\.)?gexf\.net\/(1\.1draft|1\.2draft|1\.2|1\.3)\/viz$/;
/** What Gephi versions actually wrote: any gexf.net URI that ends in /viz. */
const VIZ_LIKE = /gexf\.net\/.*viz\/?$/i;
const VIZ_ELEMENTS = new Set(["color", "position", "size", "shape", "thickness"]);

export class VizReader {
  private readonly reported = new Set<string>();

  constructor(
    private readonly b: NetworkBuilder,
    private readonly file: string,
    private readonly gexfNs: string,
  ) {}

  /** Reads the viz children of `el` into `attrs`. */
  read(el: XmlElement, attrs: Record<string, unknown>): void {
    for (const child of el.children) {
      if (child.ns === this.gexfNs || !VIZ_ELEMENTS.has(child.local)) continue;
      if (!this.accepted(child)) continue;
      const num = (k: string) => {
        const raw = child.attrs.get(k);
        if (raw === undefined) return undefined;
        const p = parseScalar(raw, "number");
        if (p.ok && Number.isFinite(p.value)) return p.value as number;
        reportBadValue(this.b, this.file, child.line, `${child.local}.${k}`, raw, "double");
        return undefined;
      };
      if (child.local === "position") {
        attrs.x = num("x");
        attrs.y = num("y");
      } else if (child.local === "size") attrs.size = num("value");
      else if (child.local === "thickness") attrs.thickness = num("value");
      else if (child.local === "shape") attrs.shape = child.attrs.get("value");
      else if (child.local === "color") attrs.color = vizColor(child);
    }
  }

  /** A known viz namespace; a Gephi look-alike with one warning; anything else ignored (warned once). */
  private accepted(child: XmlElement): boolean {
    const ns = child.ns;
    if (VIZ_NAMESPACE.test(ns)) return true;
    const lookAlike = VIZ_LIKE.test(ns) || ns === `${UNDECLARED_NAMESPACE}viz`;
    if (!this.reported.has(ns)) {
      this.reported.add(ns);
      const shown = ns.startsWith(UNDECLARED_NAMESPACE) ? `${child.name.split(":")[0]}: (undeclared)` : ns;
      this.b.report(
        this.file,
        "warning",
        "VIZ_NAMESPACE",
        { row: child.line, column: child.name, value: shown },
        lookAlike
          ? msgText("gexf-viz.old_viz_namespace", { shown })
          : msgText("gexf-viz.unknown_namespace", { name: child.name, shown }),
      );
    }
    return lookAlike;
  }
}

/** viz:color -> a CSS colour: `#rrggbb` when opaque, else `rgba(r,g,b,a)`. */
export function vizColor(el: XmlElement): string | undefined {
  const hex = el.attrs.get("hex");
  if (hex && /^#?[0-9a-f]{6}$/i.test(hex.trim())) return `#${hex.trim().replace(/^#/, "").toLowerCase()}`;
  const channel = (k: string) => {
    const v = Number(el.attrs.get(k));
    return Number.isInteger(v) && v >= 0 && v <= 255 ? v : undefined;
  };
  const r = channel("r");
  const g = channel("g");
  const bl = channel("b");
  if (r === undefined || g === undefined || bl === undefined) return undefined;
  const a = el.attrs.get("a");
  const alpha = a === undefined ? 1 : Number(a);
  if (Number.isFinite(alpha) && alpha >= 0 && alpha < 1) return `rgba(${r},${g},${bl},${alpha})`;
  return `#${[r, g, bl].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}
