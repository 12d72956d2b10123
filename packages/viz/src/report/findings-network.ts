/** Key findings about size and connectedness: counts with one definition each, parts, isolates. */
import { partnerCounts } from "../charts/degree-distribution.ts";
import type { ReportModel } from "../model.ts";
import { count, type Finding, figureValue, finding, int, share } from "./findings-common.ts";

/** Relations as entered and pairs with a relation: both, with the difference said in place. */
export function sizeFinding(model: ReportModel): Finding {
  const n = model.nodes.length;
  const relations = model.meta.relations ?? model.edges.length;
  const ties = model.meta.ties ?? figureValue(model, "ties") ?? relations;
  const munis = new Set(model.nodes.map((node) => node.municipality).filter(Boolean)).size;
  return finding("size", (lang) => {
    const orgs = count(n, lang, ["organisatie", "organisaties"], ["organisation", "organisations"]);
    const where =
      munis > 0
        ? lang === "nl"
          ? ` in ${count(munis, lang, ["gemeente", "gemeenten"], ["", ""]).trim()}`
          : ` in ${count(munis, lang, ["", ""], ["municipality", "municipalities"]).trim()}`
        : "";
    const rel = count(relations, lang, ["relatie", "relaties"], ["relation", "relations"]);
    if (relations === ties)
      return lang === "nl"
        ? `Het netwerk telt ${orgs}${where} en ${rel}.`
        : `The network holds ${orgs}${where} and ${rel}.`;
    const extra = relations - ties;
    return lang === "nl"
      ? `Het netwerk telt ${orgs}${where} met ${rel} tussen ${int(ties, lang)} paren organisaties: ${int(extra, lang)} relaties zijn een tweede of volgende soort samenwerking tussen hetzelfde paar. De netwerkmaten tellen paren.`
      : `The network holds ${orgs}${where} with ${rel} between ${int(ties, lang)} pairs of organisations: ${int(extra, lang)} relations are a second or further kind of working relation between the same pair. The network measures count pairs.`;
  });
}

export function connectednessFinding(model: ReportModel): Finding | null {
  const n = model.nodes.length;
  const isolates =
    figureValue(model, "isolates") ?? [...partnerCounts(model).values()].filter((d) => d === 0).length;
  const components = figureValue(model, "components");
  const largest = figureValue(model, "largest_component_share");
  if (components !== null && largest !== null) {
    if (components === 1)
      return finding("connected", (lang) =>
        lang === "nl"
          ? "Alle organisaties zijn via partners met elkaar verbonden."
          : "All organisations are connected to each other through partners.",
      );
    const inLargest = Math.round(largest * n);
    return finding("parts", (lang) => {
      const none =
        isolates > 0
          ? lang === "nl"
            ? `; ${count(isolates, lang, ["organisatie heeft", "organisaties hebben"], ["", ""])} geen enkele relatie`
            : `; ${count(isolates, lang, ["", ""], ["organisation has", "organisations have"])} no relation at all`
          : "";
      return lang === "nl"
        ? `${share(inLargest, n, lang, { nl: "organisaties", en: "" })} hangen samen in één geheel; het netwerk bestaat uit ${int(components, lang)} losse delen${none}.`
        : `${share(inLargest, n, lang, { nl: "", en: "organisations" })} hang together in one whole; the network has ${int(components, lang)} separate parts${none}.`;
    });
  }
  if (isolates === 0) return null;
  return finding("isolates", (lang) =>
    lang === "nl"
      ? `${count(isolates, lang, ["organisatie heeft", "organisaties hebben"], ["", ""])} nog geen enkele relatie.`
      : `${count(isolates, lang, ["", ""], ["organisation has", "organisations have"])} no relation yet.`,
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
      lang === "nl"
        ? `Let op: ${share(rejected, rows, lang, { nl: "rijen uit de invoer", en: "" })} zijn geweigerd en tellen in dit rapport niet mee (${count(q.errors, lang, ["fout", "fouten"], ["", ""])} bij het inlezen).`
        : `Note: ${share(rejected, rows, lang, { nl: "", en: "input rows" })} were rejected and do not count in this report (${count(q.errors, lang, ["", ""], ["error", "errors"])} on import).`,
    { href: "#quality", text: { nl: "Zie Datakwaliteit", en: "See Data quality" } },
  );
}
