/**
 * Findings by place, in sentences (nl/en), read off the same figures the map is coloured by
 * (place-figures.ts): the municipalities with the fewest organisations per inhabitant, those
 * without a formal ↔ non-formal/informal tie, those most dependent on one partner, those without
 * a population, and, once, the merged-away names or codes the inventory still uses.
 */
import { type EcoNetwork, normaliseMunicipalityName, percentText, type Text } from "@ecolens/core";
import { decimalMark, joinList, say, text } from "../messages/index.ts";
import { compareIds } from "../view/graph-view.ts";
import type { PlaceFigures } from "./place-figures.ts";

export type PlaceFindingCode =
  | "FEWEST_PER_10000"
  | "NO_CROSS_LINE_TIES"
  | "MOST_DEPENDENT"
  | "NO_POPULATION"
  | "MERGED_NAMES";

export interface PlaceSentence {
  code: PlaceFindingCode;
  /** The figure of the map this sentence is about (null: none). */
  figure: string | null;
  /** NIS codes named, in the order of the sentence. */
  places: string[];
  message: Text;
}

const TOP = 3;

/** One decimal (two below 1, so 0.02 is not "0.0"), as the map's legend shows it. */
export function formatNumber(value: number, lang: "nl" | "en"): string {
  return decimalMark(value.toFixed(Math.abs(value) < 1 ? 2 : 1), lang);
}

export function listOf(items: string[], lang: "nl" | "en"): string {
  return joinList(items, lang);
}

const pct = (v: number, lang: "nl" | "en" = "en") => percentText(v, lang);

function valuesOf(figures: PlaceFigures, id: string): Array<[string, number]> {
  const figure = figures.figures.find((f) => f.id === id);
  if (!figure) return [];
  return Object.entries(figure.values).filter((e): e is [string, number] => typeof e[1] === "number");
}

function fewest(figures: PlaceFigures, name: (nis: string) => string): PlaceSentence | null {
  const values = valuesOf(figures, "organisations_per_10000").sort(
    (a, b) => a[1] - b[1] || compareIds(a[0], b[0]),
  );
  if (values.length < 2) return null;
  const low = values.slice(0, Math.min(TOP, values.length - 1));
  const sorted = values.map((v) => v[1]).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const items = (lang: "nl" | "en") =>
    listOf(
      low.map(([c, v]) => `${name(c)} (${formatNumber(v, lang)})`),
      lang,
    );
  return {
    code: "FEWEST_PER_10000",
    figure: "organisations_per_10000",
    places: low.map((v) => v[0]),
    message: text("place.finding.fewest_per_10000", (lang) => ({
      items: items(lang),
      median: formatNumber(median, lang),
    })),
  };
}

function noCrossLine(figures: PlaceFigures, name: (nis: string) => string): PlaceSentence | null {
  const zero = valuesOf(figures, "cross_line_share")
    .filter(([, v]) => v === 0)
    .map(([c]) => c)
    .sort(compareIds);
  if (zero.length === 0) return null;
  const names = zero.map(name);
  return {
    code: "NO_CROSS_LINE_TIES",
    figure: "cross_line_share",
    places: zero,
    message: text("place.finding.no_cross_line_ties", (lang) => ({ names: listOf(names, lang) })),
  };
}

function mostDependent(figures: PlaceFigures, name: (nis: string) => string): PlaceSentence | null {
  const top = valuesOf(figures, "top_partner_share")
    .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .slice(0, TOP);
  if (top.length === 0) return null;
  const part = (lang: "nl" | "en") =>
    listOf(
      top.map(([c, v]) => {
        const d = figures.dependence[c];
        return say("place.finding.dependent_item", lang, {
          name: name(c),
          share: pct(v, lang),
          partner: d.partner_name,
        });
      }),
      lang,
    );
  return {
    code: "MOST_DEPENDENT",
    figure: "top_partner_share",
    places: top.map((t) => t[0]),
    message: text("place.finding.most_dependent", (lang) => ({ items: part(lang) })),
  };
}

function noPopulation(figures: PlaceFigures): PlaceSentence | null {
  const missing = figures.municipalities.filter((m) => m.population === null);
  if (missing.length === 0) return null;
  const names = missing.map((m) => m.name);
  return {
    code: "NO_POPULATION",
    figure: "organisations_per_10000",
    places: missing.map((m) => m.nis_code),
    message: text("place.finding.no_population", (lang) => ({ names: listOf(names, lang) })),
  };
}

/** The merged-away municipalities the inventory uses (import findings MERGED_MUNICIPALITY), once. */
export function mergedNames(network: EcoNetwork): PlaceSentence | null {
  const byNis = new Map(network.municipalities.map((m) => [m.nis_code, m]));
  const byName = new Map(
    network.municipalities.filter((m) => m.merged_into).map((m) => [normaliseMunicipalityName(m.name_nl), m]),
  );
  const rows = new Map<string, number>();
  for (const f of network.report.findings) {
    if (f.code !== "MERGED_MUNICIPALITY" || f.value === undefined) continue;
    const from = byNis.get(f.value.trim()) ?? byName.get(normaliseMunicipalityName(f.value));
    if (from) rows.set(from.nis_code, (rows.get(from.nis_code) ?? 0) + 1);
  }
  if (rows.size === 0) return null;
  const current = (nis: string) => {
    let m = byNis.get(nis)!;
    for (let hops = 0; m.merged_into && byNis.has(m.merged_into) && hops < 10; hops++)
      m = byNis.get(m.merged_into)!;
    return m;
  };
  const codes = [...rows.keys()].sort(compareIds);
  const part = (lang: "nl" | "en") =>
    listOf(
      codes.map((c) => {
        const from = byNis.get(c)!;
        const to = current(c);
        const n = rows.get(c)!;
        const r = say("place.finding.rows", lang, { n });
        return `${from.name_nl} (${c}) → ${to.name_nl} (${to.nis_code}), ${r}`;
      }),
      lang,
    );
  return {
    code: "MERGED_NAMES",
    figure: null,
    places: codes.map((c) => current(c).nis_code),
    message: text("place.finding.merged_names", (lang) => ({ items: part(lang) })),
  };
}

export function placeFindings(network: EcoNetwork, figures: PlaceFigures): PlaceSentence[] {
  const names = new Map(figures.municipalities.map((m) => [m.nis_code, m.name]));
  const name = (nis: string) => names.get(nis) ?? nis;
  return [
    fewest(figures, name),
    noCrossLine(figures, name),
    mostDependent(figures, name),
    noPopulation(figures),
    mergedNames(network),
  ].filter((s): s is PlaceSentence => s !== null);
}
