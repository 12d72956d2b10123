/** A read-only probe for the browser tests (window.__ecolensGeo): figure, layout, fills, insideness. */
import { type GeoPayload, geoState } from "./geo-data.ts";

export function installGeoProbe(data: GeoPayload, shapes: Map<string, SVGPathElement>): void {
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
          if (shapes.get(data.codes[m])?.isPointInFill(new DOMPoint(x, y))) inside++;
        });
        return { checked, inside };
      },
    }),
  });
}
