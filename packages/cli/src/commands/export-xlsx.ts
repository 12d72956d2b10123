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
  type Text,
  type VocabName,
  writeWorkbook,
} from "@ecolens/core";
import { MESSAGES, type MessageCode, msg, msgText } from "../messages/index.ts";

type Col = { text: Text; format?: CellFormat; width?: number };
const C = (code: MessageCode, format?: CellFormat, width?: number): Col => ({
  text: msgText(code),
  format,
  width,
});

function sheet(name: MessageCode, cols: Col[], rows: CellValue[][], lang: Lang): SheetSpec {
  return {
    name: msg(name, lang),
    columns: cols.map((c) => ({ header: c.text[lang], format: c.format, width: c.width })),
    rows,
  };
}

/** The word for an analysis code in the workbook's language (messages/xlsx.ts); an unknown code as it is. */
export function codeLabel(code: string, lang: Lang): string {
  const key = `xlsx.code.${code}`;
  return Object.hasOwn(MESSAGES, key) ? msg(key as MessageCode, lang) : code;
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
    C("xlsx.col.org_id", "text"),
    C("xlsx.col.name", undefined, 36),
    C("xlsx.col.type"),
    C("xlsx.col.sector"),
    C("xlsx.col.learning_context"),
    C("xlsx.col.municipality"),
    C("xlsx.col.nis_code", "text"),
    C("xlsx.col.themes"),
    C("xlsx.col.target_groups"),
    ...keys.map((k) => ({
      text: { nl: metricHeader(k, "nl"), en: metricHeader(k, "en") },
      format: "fine" as const,
    })),
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
  return sheet("xlsx.sheet.organisations", cols, rows as CellValue[][], lang);
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
    C("xlsx.col.source", "text"),
    C("xlsx.col.source_name", undefined, 30),
    C("xlsx.col.target", "text"),
    C("xlsx.col.target_name", undefined, 30),
    C("xlsx.col.relation_type"),
    C("xlsx.col.directed"),
    C("xlsx.col.weight", "decimal"),
    C("xlsx.col.reported_by"),
    C("xlsx.col.confirmed"),
    C("xlsx.col.status"),
  ];
  return sheet("xlsx.sheet.relations", cols, rows, lang);
}

async function analysisSheets(network: EcoNetwork, lang: Lang): Promise<SheetSpec[]> {
  const result = await analyseNetworkAsync(network, {});
  return [
    organisationsSheet(network, result, lang),
    brokersSheet(result, lang),
    criticalSheet(network, lang),
    whiteSpotsSheet(network, lang),
    barriersSheet(network, lang),
    suggestionsSheet(network, lang),
    pathsSheet(network, lang),
  ];
}

/** The brokers of the analysis, by betweenness. */
function brokersSheet(result: AnalysisResult, lang: Lang): SheetSpec {
  return sheet(
    "xlsx.sheet.brokers",
    [
      C("xlsx.col.rank", "integer"),
      C("xlsx.col.org_id", "text"),
      C("xlsx.col.name", undefined, 36),
      C("xlsx.col.betweenness", "fine"),
    ],
    result.top.brokers.map((e, i) => [i + 1, e.id, e.label, e.value]),
    lang,
  );
}

/** Partners whose departure would cut others off or fragment the network. */
function criticalSheet(network: EcoNetwork, lang: Lang): SheetSpec {
  const departure = partnerDeparture(network);
  return sheet(
    "xlsx.sheet.critical",
    [
      C("xlsx.col.rank", "integer"),
      C("xlsx.col.org_id", "text"),
      C("xlsx.col.name", undefined, 36),
      C("xlsx.col.partners", "integer"),
      C("xlsx.col.cut_off", "integer"),
      C("xlsx.col.fragmentation_rise", "fine"),
      C("xlsx.col.barriers_orphaned"),
      C("xlsx.col.explanation", undefined, 60),
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
}

/** White spots and fragile cells, priority first. */
function whiteSpotsSheet(network: EcoNetwork, lang: Lang): SheetSpec {
  const ws = findWhiteSpots(network);
  const spots = [
    ...[...ws.white_spots.priority, ...ws.white_spots.other].map((c) => ["white_spot", c] as const),
    ...[...ws.fragile.priority, ...ws.fragile.other].map((c) => ["fragile", c] as const),
  ];
  return sheet(
    "xlsx.sheet.white_spots",
    [
      C("xlsx.col.status"),
      C("xlsx.col.theme"),
      C("xlsx.col.target_group"),
      C("xlsx.col.priority"),
      C("xlsx.col.municipality"),
      C("xlsx.col.nis_code", "text"),
      C("xlsx.col.providers", "integer"),
      C("xlsx.col.covered_elsewhere", "integer"),
    ],
    spots.map(([s, c]) => [
      msg(s === "white_spot" ? "xlsx.status.white_spot" : "xlsx.status.fragile", lang),
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
}

/** Every barrier with its coverage. */
function barriersSheet(network: EcoNetwork, lang: Lang): SheetSpec {
  const bc = barrierCoverage(network);
  return sheet(
    "xlsx.sheet.barriers",
    [
      C("xlsx.col.barrier_id", "text"),
      C("xlsx.col.barrier_type"),
      C("xlsx.col.target_group"),
      C("xlsx.col.municipality"),
      C("xlsx.col.status"),
      C("xlsx.col.coverage"),
      C("xlsx.col.committed_partners", "integer"),
      C("xlsx.col.explanation", undefined, 60),
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
}

/** The fifty best suggested ties with their reasons. */
function suggestionsSheet(network: EcoNetwork, lang: Lang): SheetSpec {
  const sg = suggestLinks(network, { top: 50 });
  return sheet(
    "xlsx.sheet.suggestions",
    [
      C("xlsx.col.rank", "integer"),
      C("xlsx.col.org_id_1", "text"),
      C("xlsx.col.name_1", undefined, 30),
      C("xlsx.col.org_id_2", "text"),
      C("xlsx.col.name_2", undefined, 30),
      C("xlsx.col.score", "fine"),
      C("xlsx.col.reasons"),
      C("xlsx.col.explanation", undefined, 60),
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
}

/** Learning-path coverage per cell. */
function pathsSheet(network: EcoNetwork, lang: Lang): SheetSpec {
  const pc = pathwayCoverage(network);
  return sheet(
    "xlsx.sheet.paths",
    [
      C("xlsx.col.scope"),
      C("xlsx.col.municipality"),
      C("xlsx.col.theme"),
      C("xlsx.col.target_group"),
      C("xlsx.col.status"),
      C("xlsx.col.starts", "integer"),
      C("xlsx.col.with_route", "integer"),
      C("xlsx.col.routes", "integer"),
      C("xlsx.col.explanation", undefined, 60),
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
}

/** The export workbook's bytes (deterministic: same input, same bytes). */
export async function exportWorkbook(network: EcoNetwork, lang: Lang): Promise<Uint8Array> {
  const [orgs, ...rest] = await analysisSheets(network, lang);
  return writeWorkbook([orgs, relationsSheet(network, lang), ...rest], msg("workbook.lists", lang));
}
