/** Key findings about size and connectedness: counts with one definition each, parts, isolates. */
import { partnerCounts } from "../charts/degree-distribution.ts";
import type { ReportModel } from "../model.ts";
import { count, type Finding, figureValue, finding, int, link, msg, msgN, share } from "./findings-common.ts";

/** Relations as entered and pairs with a relation: both, with the difference said in place. */
export function sizeFinding(model: ReportModel): Finding {
  const n = model.nodes.length;
  const relations = model.meta.relations ?? model.edges.length;
  const ties = model.meta.ties ?? figureValue(model, "ties") ?? relations;
  const munis = new Set(model.nodes.map((node) => node.municipality).filter(Boolean)).size;
  return finding("size", (lang) => {
    const values = {
      orgs: count(n, lang, "organisation"),
      where: munis > 0 ? msg("where", lang, { places: count(munis, lang, "municipality") }) : "",
      relations: count(relations, lang, "relation"),
      pairs: int(ties, lang),
      extra: int(relations - ties, lang),
    };
    return relations === ties
      ? msg("size_same", lang, values)
      : msgN("size_pairs", relations - ties, lang, values);
  });
}

export function connectednessFinding(model: ReportModel): Finding | null {
  const n = model.nodes.length;
  const isolates =
    figureValue(model, "isolates") ?? [...partnerCounts(model).values()].filter((d) => d === 0).length;
  const components = figureValue(model, "components");
  const largest = figureValue(model, "largest_component_share");
  if (components !== null && largest !== null) {
    if (components === 1) return finding("connected", (lang) => msg("connected", lang));
    const inLargest = Math.round(largest * n);
    return finding("parts", (lang) =>
      msg("parts", lang, {
        share: share(inLargest, n, lang, "organisation"),
        parts: int(components, lang),
        isolates:
          isolates > 0
            ? msg("parts_isolates", lang, { isolates: count(isolates, lang, "organisation_has") })
            : "",
      }),
    );
  }
  if (isolates === 0) return null;
  return finding("isolates", (lang) =>
    msg("isolates", lang, { isolates: count(isolates, lang, "organisation_has") }),
  );
}

/** Rows the import rejected: stated, with a link to the data-quality section. */
export function rejectedFinding(model: ReportModel): Finding | null {
  const q = model.dataQuality;
  if (!q) return null;
  const rejected = q.files.reduce((s, f) => s + f.rejected, 0);
  const rows = q.files.reduce((s, f) => s + f.dataRows, 0);
  if (rejected === 0) return null;
  return finding(
    "rejected",
    (lang) =>
      msgN("rejected", rejected, lang, {
        share: share(rejected, rows, lang, "input_rows"),
        errors: count(q.errors, lang, "error"),
      }),
    link("#quality", "link_quality"),
  );
}
