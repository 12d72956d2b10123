/**
 * `ecolens export <input> --to xlsx -o FILE.xlsx`: one workbook for a coordinator or researcher.
 * Sheets: organisations with every per-organisation metric, relations, brokers, critical partners,
 * white spots, barrier coverage, suggested links with their reasons and learning-path coverage.
 * Headers and vocabulary labels in the chosen language; every sheet has a frozen header, an
 * autofilter, column widths and number formats (core/xlsx); text cells are never formulas.
 */
import {
  type AnalysisResult,
  analyseNetworkAsync,
  barrierCoverage,
  findWhiteSpots,
  getMetric,
  METRICS,
  partnerDeparture,
  pathwayCoverage,
  suggestLinks,
} from "@ecolens/analysis";
import {
  type CellFormat,
  type CellValue,
  type EcoNetwork,
  type Lang,
  label,
  type SheetSpec,
  type VocabName,
  writeWorkbook,
} from "@ecolens/core";
import { codeLabel } from "./export-xlsx-labels.ts";

type Col = { nl: string; en: string; format?: CellFormat; width?: number };
const C = (nl: string, en: string, format?: CellFormat, width?: number): Col => ({ nl, en, format, width });

function sheet(name: { nl: string; en: string }, cols: Col[], rows: CellValue[][], lang: Lang): SheetSpec {
  return {
    name: name[lang],
    columns: cols.map((c) => ({ header: c[lang], format: c.format, width: c.width })),
    rows,
  };
}

const vocab = (name: VocabName, code: unknown, lang: Lang): string | undefined =>
  typeof code === "string" && code !== "" ? label(name, code, lang) : undefined;
const list = (name: VocabName, codes: unknown, lang: Lang): string | undefined =>
  Array.isArray(codes) ? codes.map((c) => label(name, String(c), lang)).join(" | ") : undefined;

/** Header of a per-organisation metric: its registry title (plus the key when a metric has several). */
function metricHeader(key: string, lang: Lang): string {
  for (const m of METRICS) {
    if (m.level !== "node" || !m.outputs.some((o) => o.key === key)) continue;
    return m.outputs.length === 1 ? m.title[lang] : `${m.title[lang]} (${key})`;
  }
  return getMetric(key)?.title[lang] ?? key;
}

function organisationsSheet(network: EcoNetwork, result: AnalysisResult, lang: Lang): SheetSpec {
  const g = network.graph;
  const ids = [...g.nodes()].sort();
  const keys = [...new Set(ids.flatMap((id) => Object.keys(result.nodes[id] ?? {})))].sort();
  const attr = (id: string, k: string) => g.getNodeAttribute(id, k);
  const cols = [
    C("org_id", "org_id", "text"),
    C("naam", "name", undefined, 36),
    C("type", "type"),
    C("sector", "sector"),
    C("leercontext", "learning context"),
    C("gemeente", "municipality"),
    C("nis_code", "nis_code", "text"),
    C("thema's", "themes"),
    C("doelgroepen", "target groups"),
    ...keys.map((k) => ({ nl: metricHeader(k, "nl"), en: metricHeader(k, "en"), format: "fine" as const })),
  ];
  const rows = ids.map((id) => [
    id,
    String(attr(id, "label") ?? id),
    vocab("org_type", attr(id, "org_type"), lang),
    vocab("sector", attr(id, "sector"), lang),
    vocab("learning_context", attr(id, "learning_context"), lang),
    attr(id, "municipality") as string | undefined,
    attr(id, "nis_code") as string | undefined,
    list("theme", attr(id, "themes"), lang),
    list("target_group", attr(id, "target_groups"), lang),
    ...keys.map((k) => result.nodes[id]?.[k] ?? null),
  ]);
  return sheet({ nl: "organisaties", en: "organisations" }, cols, rows as CellValue[][], lang);
}

function relationsSheet(network: EcoNetwork, lang: Lang): SheetSpec {
  const g = network.graph;
  const name = (id: string) => String(g.getNodeAttribute(id, "label") ?? id);
  const rows: CellValue[][] = [];
  g.forEachEdge((_key, a, source, target) => {
    const extra = (a.extra ?? {}) as Record<string, unknown>;
    rows.push([
      source,
      name(source),
      target,
      name(target),
      vocab("relation_type", a.relation_type, lang) ?? String(a.relation_type ?? ""),
      a.directed === true,
      typeof a.weight === "number" ? a.weight : null,
      (a.reported_by as string | undefined) ?? (extra.reported_by as string | undefined),
      typeof a.confirmed === "boolean" ? a.confirmed : null,
      (extra.tie_status as string | undefined) ?? null,
    ]);
  });
  rows.sort((x, y) => String(x[0]).localeCompare(String(y[0])) || String(x[2]).localeCompare(String(y[2])));
  const cols = [
    C("van", "source", "text"),
    C("naam van", "source name", undefined, 30),
    C("naar", "target", "text"),
    C("naam naar", "target name", undefined, 30),
    C("soort relatie", "relation type"),
    C("gericht", "directed"),
    C("gewicht", "weight", "decimal"),
    C("gerapporteerd door", "reported by"),
    C("bevestigd", "confirmed"),
    C("status", "status"),
  ];
  return sheet({ nl: "relaties", en: "relations" }, cols, rows, lang);
}

async function analysisSheets(network: EcoNetwork, lang: Lang): Promise<SheetSpec[]> {
  const result = await analyseNetworkAsync(network, {});
  const brokers = sheet(
    { nl: "makelaars", en: "brokers" },
    [
      C("rang", "rank", "integer"),
      C("org_id", "org_id", "text"),
      C("naam", "name", undefined, 36),
      C("tussenpositie", "betweenness", "fine"),
    ],
    result.top.brokers.map((e, i) => [i + 1, e.id, e.label, e.value]),
    lang,
  );
  const departure = partnerDeparture(network);
  const critical = sheet(
    { nl: "kritieke partners", en: "critical partners" },
    [
      C("rang", "rank", "integer"),
      C("org_id", "org_id", "text"),
      C("naam", "name", undefined, 36),
      C("partners", "partners", "integer"),
      C("afgesneden", "cut off", "integer"),
      C("stijging fragmentatie", "fragmentation rise", "fine"),
      C("verweesde drempels", "barriers orphaned"),
      C("uitleg", "explanation", undefined, 60),
    ],
    departure.organisations.map((o, i) => [
      i + 1,
      o.id,
      o.label,
      o.degree,
      o.cut_off,
      o.fragmentation_rise,
      o.barriers_orphaned.join(", "),
      o.sentence[lang],
    ]),
    lang,
  );
  const ws = findWhiteSpots(network);
  const spots = [
    ...[...ws.white_spots.priority, ...ws.white_spots.other].map((c) => ["white_spot", c] as const),
    ...[...ws.fragile.priority, ...ws.fragile.other].map((c) => ["fragile", c] as const),
  ];
  const status = (s: string) =>
    lang === "nl"
      ? s === "white_spot"
        ? "witte vlek"
        : "kwetsbaar"
      : s === "white_spot"
        ? "white spot"
        : "fragile";
  const white = sheet(
    { nl: "witte vlekken", en: "white spots" },
    [
      C("status", "status"),
      C("thema", "theme"),
      C("doelgroep", "target group"),
      C("prioriteit", "priority"),
      C("gemeente", "municipality"),
      C("nis_code", "nis_code", "text"),
      C("aanbieders", "providers", "integer"),
      C("elders gedekt", "covered elsewhere", "integer"),
    ],
    spots.map(([s, c]) => [
      status(s),
      vocab("theme", c.theme, lang),
      vocab("target_group", c.target_group, lang),
      c.priority,
      c.municipality,
      c.nis_code,
      c.providers.length,
      c.covered_elsewhere,
    ]),
    lang,
  );
  const bc = barrierCoverage(network);
  const barriers = sheet(
    { nl: "drempeldekking", en: "barrier coverage" },
    [
      C("drempel_id", "barrier_id", "text"),
      C("soort drempel", "barrier type"),
      C("doelgroep", "target group"),
      C("gemeente", "municipality"),
      C("status", "status"),
      C("dekking", "coverage"),
      C("partners", "committed partners", "integer"),
      C("uitleg", "explanation", undefined, 60),
    ],
    bc.barriers.map((x) => [
      x.barrier_id,
      vocab("barrier_type", x.barrier_type, lang),
      vocab("target_group", x.target_group, lang),
      x.municipality,
      vocab("barrier_status", x.status, lang),
      codeLabel(x.coverage, lang),
      x.committed_partners.length,
      x.sentence[lang],
    ]),
    lang,
  );
  const sg = suggestLinks(network, { top: 50 });
  const suggestions = sheet(
    { nl: "voorstellen", en: "suggestions" },
    [
      C("rang", "rank", "integer"),
      C("org_id 1", "org_id 1", "text"),
      C("naam 1", "name 1", undefined, 30),
      C("org_id 2", "org_id 2", "text"),
      C("naam 2", "name 2", undefined, 30),
      C("score", "score", "fine"),
      C("redenen", "reasons"),
      C("uitleg", "explanation", undefined, 60),
    ],
    sg.suggestions.map((x, i) => [
      i + 1,
      x.u,
      x.u_label,
      x.v,
      x.v_label,
      x.score,
      x.reasons.map((r) => codeLabel(r.kind, lang)).join(", "),
      x.sentence[lang],
    ]),
    lang,
  );
  const pc = pathwayCoverage(network);
  const paths = sheet(
    { nl: "leerpaden", en: "learning paths" },
    [
      C("niveau", "scope"),
      C("gemeente", "municipality"),
      C("thema", "theme"),
      C("doelgroep", "target group"),
      C("status", "status"),
      C("startpunten", "starts", "integer"),
      C("met route", "with route", "integer"),
      C("routes", "routes", "integer"),
      C("uitleg", "explanation", undefined, 60),
    ],
    pc.cells.map((c) => [
      codeLabel(c.scope, lang),
      c.municipality,
      vocab("theme", c.theme, lang),
      vocab("target_group", c.target_group, lang),
      codeLabel(c.status, lang),
      c.starts,
      c.starts_with_route,
      c.routes,
      c.sentence[lang],
    ]),
    lang,
  );
  return [organisationsSheet(network, result, lang), brokers, critical, white, barriers, suggestions, paths];
}

/** The export workbook's bytes (deterministic: same input, same bytes). */
export async function exportWorkbook(network: EcoNetwork, lang: Lang): Promise<Uint8Array> {
  const [orgs, ...rest] = await analysisSheets(network, lang);
  return writeWorkbook([orgs, relationsSheet(network, lang), ...rest], lang === "nl" ? "lijsten" : "lists");
}
