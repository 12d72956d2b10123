/**
 * Edge weights are tie strengths (path metrics turn them into lengths only in analysis's
 * engine/lengths.ts): a finite number of at least 0. A negative or non-finite weight (-4, INF,
 * NaN) has no meaning as a strength and would silently drop the tie from every path metric, so
 * it is an error finding with the place and the value, and the tie is not imported. Every
 * reader (lists, GEXF, GraphML, JSON, Pajek) calls this.
 */

import { msgText } from "../messages/index.ts";
import { xsdNumber } from "./attribute-schema.ts";
import type { FindingPlace, NetworkBuilder } from "./network-builder.ts";

/** True when `weight` can be used; otherwise reports it, counts the row as rejected, and false. */
export function acceptWeight(
  builder: NetworkBuilder,
  file: string,
  place: FindingPlace,
  weight: number,
  raw: string = xsdNumber(weight),
): boolean {
  if (Number.isFinite(weight) && weight >= 0) return true;
  const what = Number.isNaN(weight)
    ? msgText("weight-check.nan")
    : !Number.isFinite(weight)
      ? msgText("weight-check.infinite")
      : msgText("weight-check.negative");
  builder.reject(file);
  builder.report(
    file,
    "error",
    "BAD_WEIGHT",
    { column: "weight", ...place, value: raw },
    msgText("weight-check.bad_weight", { raw, what }),
  );
  return false;
}
