/**
 * Key findings as sentences, each a function of the model's results (no analysis here, and no
 * sentence that does not depend on the data). Used at the top of the report and printed by
 * `ecolens start`. Every share names its denominator; counts are formatted by the locale.
 */
import { FINDING_TEXT } from "../i18n/findings-text.ts";
import type { ReportModel } from "../model.ts";
import { brokersFinding, cutPointsFinding, formalInformalFinding } from "./findings-bridges.ts";
import type { Finding } from "./findings-common.ts";
import { barriersFinding, suggestionsFinding, whiteSpotsFinding } from "./findings-gaps.ts";
import { connectednessFinding, rejectedFinding, sizeFinding } from "./findings-network.ts";

export type { Finding } from "./findings-common.ts";

/** Figure ids the findings look for (the CLI fills `figures` with these when it can). */
export const FIGURE_IDS = {
  components: "components",
  largestShare: "largest_component_share",
  density: "density",
  isolates: "isolates",
} as const;

export function keyFindings(model: ReportModel): Finding[] {
  const out: Finding[] = [];
  const rejected = rejectedFinding(model);
  if (rejected) out.push(rejected);
  const n = model.nodes.length;
  if (n === 0) {
    out.push({ id: "empty", ...FINDING_TEXT.empty });
    return out;
  }
  out.push(sizeFinding(model));
  // Since the earlier round (ecolens report --since): the first headline and the verdict.
  if (model.changes) {
    if (model.changes.headline[0]) out.push({ id: "changes", ...model.changes.headline[0] });
    out.push({ id: "verdict", ...model.changes.verdictText });
  }
  if (n === 1) return out;
  for (const make of [
    connectednessFinding,
    formalInformalFinding,
    brokersFinding,
    cutPointsFinding,
    barriersFinding,
    whiteSpotsFinding,
    suggestionsFinding,
  ]) {
    const f = make(model);
    if (f) out.push(f);
  }
  if (model.learningPaths) out.push({ id: "learning_paths", ...model.learningPaths.summary });
  if (model.edges.length === 0) out.push({ id: "no_relations", ...FINDING_TEXT.no_relations });
  return out;
}
