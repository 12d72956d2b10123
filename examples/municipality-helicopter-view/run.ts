/**
 * A local government's helicopter view of the Westhoek example (data/examples/westhoek):
 * how connected the region is, who is active where and for whom (per municipality and per
 * 10,000 inhabitants), where the white spots are, and per municipality the share of ties that
 * link formal education with non-formal/informal learning. Writes a markdown summary, the
 * per-municipality table as CSV (Flemish Excel) and the HTML report for one municipality.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/municipality-helicopter-view/run.ts [outDir] [--lang nl] [--municipality Ieper]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type AnalysisResult,
  analyseNetwork,
  findWhiteSpots,
  type PlaceOverview,
  type PlaceRow,
  placeOverview,
  scopeNetwork,
  vocabLabel,
  type WhiteSpots,
} from "@ecolens/analysis";
import {
  DEFAULT_SEED,
  type EcoNetwork,
  importInventory,
  isPriorityTargetGroup,
  type Lang,
  PRIORITY_TARGET_GROUPS,
  toCsvBytes,
} from "@ecolens/core";
import { buildReportModel } from "@ecolens/report";
import { renderReportHtml } from "@ecolens/viz";
import { readFolder } from "../../packages/cli/src/index.ts";
import { mdTable, num, pct, T } from "../shared/markdown.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const INVENTORY = join(ROOT, "data/examples/westhoek");
export const DEFAULT_OUT = join(ROOT, "examples/out/municipality-helicopter-view");

export interface HelicopterOptions {
  lang?: Lang;
  /** The municipality the HTML report is made for (name or NIS code). Default Ieper. */
  municipality?: string;
  inventory?: string;
}

/** One municipality's line in the helicopter view. */
export interface MunicipalityLine {
  nis_code: string | null;
  name: string;
  population: number | null;
  organisations: number;
  per_10000: number | null;
  ties_within: number;
  ties_to_other_places: number;
  /** Organisations with at least one partner across the formal ↔ non-formal/informal line. */
  bridging_share: number | null;
  /** Of the ties inside the municipality whose two ends have a side, the share crossing the line. */
  formal_informal_tie_share: number | null;
  /** Organisations that list at least one priority target group. */
  priority_organisations: number;
  priority_groups_missing: string[];
  white_spots: number;
  fragile: number;
}

export interface HelicopterResult {
  files: { summary: string; csv: string; report: string };
  organisations: number;
  /** Relations as imported (several relation types between one pair are several relations). */
  relations: number;
  analysis: AnalysisResult;
  places: PlaceOverview;
  municipalities: MunicipalityLine[];
  whiteSpots: WhiteSpots;
  /** The scoped network of the HTML report (relations = inventory rows, parallel ones included). */
  report: { municipality: string; organisations: number; relations: number };
}

/** Per municipality: the place overview row, its own formal-informal tie share, white spots. */
export function municipalityLines(
  network: EcoNetwork,
  places: PlaceOverview,
  whiteSpots: WhiteSpots,
): MunicipalityLine[] {
  const spots = new Map(whiteSpots.by_municipality.map((w) => [w.nis_code, w]));
  return places.municipalities.map((row: PlaceRow) => {
    const key = row.nis_code ?? row.name ?? row.key;
    // The share inside one municipality: analyse the municipality as its own network.
    const local = analyseNetwork(scopeNetwork(network, { municipality: [key] }), {
      metrics: ["cross_sector"],
    });
    const served = new Set(Object.keys(row.by_target_group).filter(isPriorityTargetGroup));
    const priorityOrgs = network.organisations.filter(
      (o) => o.nis_code === row.nis_code && o.target_groups.some(isPriorityTargetGroup),
    ).length;
    return {
      nis_code: row.nis_code,
      name: row.name ?? row.key,
      population: row.population,
      organisations: row.organisations.count,
      per_10000: row.organisations.per_10000,
      ties_within: row.ties_within,
      ties_to_other_places: row.ties_to_other_places,
      bridging_share: row.cross_line.share,
      formal_informal_tie_share: local.summary.cross_sector?.formal_informal_tie_share ?? null,
      priority_organisations: priorityOrgs,
      priority_groups_missing: PRIORITY_TARGET_GROUPS.filter((g) => !served.has(g)),
      white_spots: row.nis_code ? (spots.get(row.nis_code)?.white_spots ?? 0) : 0,
      fragile: row.nis_code ? (spots.get(row.nis_code)?.fragile ?? 0) : 0,
    };
  });
}

export function renderSummary(r: Omit<HelicopterResult, "files">, reportFile: string, lang: Lang): string {
  const say = (nl: string, en: string) => T(nl, en)[lang];
  const s = r.analysis.summary;
  const c = s.components;
  const out: string[] = [];
  out.push(`# ${say("Helikopterzicht: Westhoek", "Helicopter view: Westhoek")}`, "");
  out.push(`## ${say("Hoe verbonden", "How connected")}`, "");
  const aspl = s.average_shortest_path_length ?? s.largest_component?.average_shortest_path_length ?? null;
  out.push(
    mdTable(
      [say("maat", "measure"), say("waarde", "value"), say("wat het zegt", "what it says")],
      [
        [say("Organisaties", "Organisations"), s.n, say("in de inventaris", "in the inventory")],
        [
          say("Relaties", "Ties"),
          s.m,
          say("verschillende paren die samenwerken", "distinct pairs working together"),
        ],
        [
          say("Dichtheid", "Density"),
          num(s.density, lang, 3),
          say(
            `${pct(s.density, lang)} van alle mogelijke paren`,
            `${pct(s.density, lang)} of all possible pairs`,
          ),
        ],
        [
          say("Grootste samenhangende deel", "Largest connected part"),
          pct(c?.largest_share, lang),
          say("van de organisaties bereikt elkaar", "of organisations can reach each other"),
        ],
        [
          say("Zonder relaties", "Without ties"),
          c?.isolates.length ?? "-",
          say("organisaties die (nog) met niemand samenwerken", "organisations working with nobody (yet)"),
        ],
        [
          say("Gemiddelde afstand", "Average distance"),
          num(aspl, lang),
          say("stappen tussen twee organisaties", "steps between two organisations"),
        ],
        [
          say("Formeel ↔ niet-formeel", "Formal ↔ non-formal"),
          pct(s.cross_sector?.formal_informal_tie_share, lang),
          say(
            "van de relaties verbindt school en vrije tijd",
            "of ties link formal education with non-formal/informal learning",
          ),
        ],
      ],
    ),
    "",
  );
  out.push(`## ${say("Wie is actief waar", "Who is active where")}`, "");
  out.push(
    say(
      "Per gemeente: organisaties (ook per 10.000 inwoners), relaties binnen de gemeente en naar andere, het aandeel organisaties met een partner over de lijn formeel ↔ niet-formeel/informeel, en het aandeel relaties binnen de gemeente dat die lijn overbrugt.",
      "Per municipality: organisations (also per 10,000 inhabitants), ties inside and to other municipalities, the share of organisations with a partner across the formal ↔ non-formal/informal line, and the share of ties inside the municipality that cross that line.",
    ),
    "",
  );
  out.push(
    mdTable(
      [
        say("gemeente", "municipality"),
        say("inwoners", "inhabitants"),
        say("organisaties", "organisations"),
        say("per 10.000", "per 10,000"),
        say("relaties binnen", "ties inside"),
        say("naar elders", "to elsewhere"),
        say("overbruggend", "bridging"),
        say("formeel-informeel", "formal-informal"),
      ],
      r.municipalities.map((m) => [
        m.name,
        m.population ?? "-",
        m.organisations,
        num(m.per_10000, lang, 1),
        m.ties_within,
        m.ties_to_other_places,
        pct(m.bridging_share, lang, 0),
        pct(m.formal_informal_tie_share, lang, 0),
      ]),
    ),
    "",
  );
  for (const f of r.places.findings) out.push(`- ${f.message[lang]}`);
  if (r.places.findings.length > 0) out.push("");
  out.push(`## ${say("Voor wie", "For whom")}`, "");
  out.push(
    say(
      "Organisaties die minstens één prioritaire doelgroep noemen, en de prioritaire doelgroepen die in de gemeente door niemand genoemd worden.",
      "Organisations that name at least one priority target group, and the priority groups nobody in the municipality names.",
    ),
    "",
  );
  out.push(
    mdTable(
      [
        say("gemeente", "municipality"),
        say("voor prioritaire groepen", "for priority groups"),
        say("niemand voor", "nobody for"),
      ],
      r.municipalities.map((m) => [
        m.name,
        m.priority_organisations,
        m.priority_groups_missing.map((g) => vocabLabel("target_group", g, lang)).join(", ") || "-",
      ]),
    ),
    "",
  );
  const ws = r.whiteSpots;
  out.push(`## ${say("Witte vlekken", "White spots")}`, "");
  out.push(
    say(
      `Van ${ws.cells_checked} combinaties thema × doelgroep × gemeente heeft ${ws.white_spots.priority.length + ws.white_spots.other.length} geen enkel aanbod (${ws.white_spots.priority.length} voor een prioritaire doelgroep); ${ws.fragile.priority.length + ws.fragile.other.length} hangen aan één aanbieder. ${ws.regional_white_spots.length} combinaties bestaan nergens in de regio.`,
      `Of ${ws.cells_checked} theme × target group × municipality combinations, ${ws.white_spots.priority.length + ws.white_spots.other.length} have no offer at all (${ws.white_spots.priority.length} for a priority target group); ${ws.fragile.priority.length + ws.fragile.other.length} depend on one provider. ${ws.regional_white_spots.length} combinations exist nowhere in the region.`,
    ),
    "",
  );
  out.push(
    mdTable(
      [say("gemeente", "municipality"), say("witte vlekken", "white spots"), say("kwetsbaar", "fragile")],
      ws.by_municipality.slice(0, 5).map((w) => [w.municipality, w.white_spots, w.fragile]),
    ),
    "",
  );
  const firstGaps = ws.white_spots.priority.slice(0, 5);
  if (firstGaps.length > 0) {
    out.push(
      say(
        "Lokale gaten voor prioritaire groepen (bestaan elders wel):",
        "Local gaps for priority groups (they exist elsewhere):",
      ),
      "",
    );
    for (const g of firstGaps)
      out.push(
        `- ${g.municipality}: ${vocabLabel("theme", g.theme, lang)} ${say("voor", "for")} ${vocabLabel("target_group", g.target_group, lang)} (${say("elders in", "elsewhere in")} ${g.covered_elsewhere} ${say("gemeenten", "municipalities")})`,
      );
    out.push("");
  }
  out.push(`## ${say("Makelaars en kwetsbare schakels", "Brokers and single points of failure")}`, "");
  for (const b of r.analysis.top.brokers) out.push(`- ${say("Makelaar", "Broker")}: ${b.label}`);
  for (const p of r.analysis.top.single_points_of_failure)
    out.push(
      `- ${say("Kwetsbare schakel", "Single point of failure")}: ${p.label} (${say("valt die weg, dan raken", "if it drops out,")} ${p.value} ${say("organisatie(s) afgesneden", "organisation(s) are cut off")})`,
    );
  out.push("", `## ${say("Rapport", "Report")}`, "");
  out.push(
    say(
      `Het HTML-rapport voor ${r.report.municipality} (${r.report.organisations} organisaties, ${r.report.relations} relaties): \`${reportFile}\`. Open het in een browser, mail het of toon het op een overleg.`,
      `The HTML report for ${r.report.municipality} (${r.report.organisations} organisations, ${r.report.relations} relations): \`${reportFile}\`. Open it in a browser, mail it or show it at a meeting.`,
    ),
    "",
  );
  return out.join("\n");
}

function municipalityCsv(lines: MunicipalityLine[]): Uint8Array {
  const header = [
    "nis_code",
    "municipality",
    "population",
    "organisations",
    "organisations_per_10000",
    "ties_within",
    "ties_to_other_places",
    "bridging_share",
    "formal_informal_tie_share",
    "priority_organisations",
    "white_spots",
    "fragile",
  ];
  const rows = lines.map((m) => [
    m.nis_code,
    m.name,
    m.population,
    m.organisations,
    m.per_10000,
    m.ties_within,
    m.ties_to_other_places,
    m.bridging_share,
    m.formal_informal_tie_share,
    m.priority_organisations,
    m.white_spots,
    m.fragile,
  ]);
  return toCsvBytes(header, rows); // Flemish Excel: `;`, BOM, decimal comma
}

export async function main(
  outDir: string = DEFAULT_OUT,
  options: HelicopterOptions = {},
): Promise<HelicopterResult> {
  const lang = options.lang ?? "en";
  const municipality = options.municipality ?? "Ieper";
  mkdirSync(outDir, { recursive: true });

  // 1. Import the inventory folder (the CSV files as a coordinator's Excel saves them).
  const network = importInventory(readFolder(options.inventory ?? INVENTORY));
  // 2. The whole region: every metric, then the by-place view and white spots.
  const analysis = analyseNetwork(network, { seed: DEFAULT_SEED });
  const places = placeOverview(network);
  const whiteSpots = findWhiteSpots(network);
  const municipalities = municipalityLines(network, places, whiteSpots);

  // 3. The report for one municipality: scope first, then the same report `ecolens report` writes.
  const local = scopeNetwork(network, { municipality: [municipality] });
  const model = await buildReportModel(local, lang, { seed: DEFAULT_SEED });
  model.meta.name = municipality;
  const html = await renderReportHtml(model, {
    lang,
    title: lang === "nl" ? `Leerecosysteem ${municipality}` : `Learning ecosystem ${municipality}`,
  });
  const slug = municipality.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-");
  const files = {
    summary: join(outDir, `helicopter-view.${lang}.md`),
    csv: join(outDir, "municipalities.csv"),
    report: join(outDir, `report-${slug}.${lang}.html`),
  };
  const result: HelicopterResult = {
    files,
    organisations: network.graph.order,
    relations: network.graph.size,
    analysis,
    places,
    municipalities,
    whiteSpots,
    report: { municipality, organisations: local.graph.order, relations: local.graph.size },
  };
  writeFileSync(files.report, html);
  writeFileSync(files.csv, municipalityCsv(municipalities));
  writeFileSync(files.summary, renderSummary(result, `report-${slug}.${lang}.html`, lang));
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const lang = flag("--lang") === "nl" ? "nl" : "en";
  const municipality = flag("--municipality");
  const result = await main(args[0] ? resolve(args[0]) : DEFAULT_OUT, { lang, municipality });
  process.stdout.write(
    `${lang === "nl" ? "Geschreven" : "Written"}:\n  ${result.files.summary}\n  ${result.files.csv}\n  ${result.files.report}\n`,
  );
}
