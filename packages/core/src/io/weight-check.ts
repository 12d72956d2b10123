/**
 * Edge weights are tie strengths (path metrics turn them into lengths only in analysis's
 * engine/lengths.ts): a finite number of at least 0. A negative or non-finite weight (-4, INF,
 * NaN) has no meaning as a strength and would silently drop the tie from every path metric, so
 * it is an error finding with the place and the value, and the tie is not imported. Every
 * reader (lists, GEXF, GraphML, JSON, Pajek) calls this.
 */
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
    ? { nl: "is geen getal (NaN)", en: "is not a number (NaN)" }
    : !Number.isFinite(weight)
      ? { nl: "is oneindig", en: "is infinite" }
      : { nl: "is negatief", en: "is negative" };
  builder.reject(file);
  builder.report(
    file,
    "error",
    "BAD_WEIGHT",
    { column: "weight", ...place, value: raw },
    {
      nl: `gewicht '${raw}' ${what.nl}: een gewicht is de sterkte van een band, verwacht een eindig getal ≥ 0; deze verbinding is niet ingelezen`,
      en: `weight '${raw}' ${what.en}: a weight is the strength of a tie, expected a finite number ≥ 0; this edge was not imported`,
    },
  );
  return false;
}
