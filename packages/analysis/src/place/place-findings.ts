/**
 * Findings by place, in sentences (nl/en), read off the same figures the map is coloured by
 * (place-figures.ts): the municipalities with the fewest organisations per inhabitant, those
 * without a formal ↔ non-formal/informal tie, those most dependent on one partner, those without
 * a population, and, once, the merged-away names or codes the inventory still uses.
 */
import { type EcoNetwork, normaliseMunicipalityName, percentText, type Text } from "@ecolens/core";
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
  const text = value.toFixed(Math.abs(value) < 1 ? 2 : 1);
  return lang === "nl" ? text.replace(".", ",") : text;
}

export function listOf(items: string[], lang: "nl" | "en"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${lang === "nl" ? "en" : "and"} ${items[items.length - 1]}`;
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
    message: {
      nl: `De minste organisaties per 10.000 inwoners: ${items("nl")}; in de middelste gemeente zijn het er ${formatNumber(median, "nl")}.`,
      en: `Fewest organisations per 10,000 inhabitants: ${items("en")}; the middle municipality has ${formatNumber(median, "en")}.`,
    },
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
    message: {
      nl: `Zonder enige band tussen formeel onderwijs en non-formeel/informeel leren: ${listOf(names, "nl")}.`,
      en: `Without any tie between formal education and non-formal/informal learning: ${listOf(names, "en")}.`,
    },
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
        return lang === "nl"
          ? `${name(c)} (${pct(v, "nl")} van de banden via ${d.partner_name})`
          : `${name(c)} (${pct(v)} of the ties through ${d.partner_name})`;
      }),
      lang,
    );
  return {
    code: "MOST_DEPENDENT",
    figure: "top_partner_share",
    places: top.map((t) => t[0]),
    message: {
      nl: `Het meest afhankelijk van één partner: ${part("nl")}. Valt die partner weg, dan verdwijnt dat deel van de samenwerking.`,
      en: `Most dependent on one partner: ${part("en")}. If that partner stops, that part of the cooperation goes with it.`,
    },
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
    message: {
      nl: `Geen bevolkingscijfer voor ${listOf(names, "nl")}: daar is geen aantal per 10.000 inwoners berekend.`,
      en: `No population known for ${listOf(names, "en")}: no figure per 10,000 inhabitants there.`,
    },
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
        const r = lang === "nl" ? (n === 1 ? "1 rij" : `${n} rijen`) : n === 1 ? "1 row" : `${n} rows`;
        return `${from.name_nl} (${c}) → ${to.name_nl} (${to.nis_code}), ${r}`;
      }),
      lang,
    );
  return {
    code: "MERGED_NAMES",
    figure: null,
    places: codes.map((c) => current(c).nis_code),
    message: {
      nl: `De inventaris gebruikt gemeenten die intussen gefuseerd zijn; ze tellen mee bij hun gemeente van 2025: ${part("nl")}.`,
      en: `The inventory uses municipalities that have since merged; they count with their 2025 municipality: ${part("en")}.`,
    },
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
