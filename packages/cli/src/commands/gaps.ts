/**
 * `ecolens gaps <input>`: the coordinator's gap hunt. Terminal, in order: white spots, barriers
 * without (enough) partners, suggested missing links with their reasons, and the partners whose
 * departure would hurt most, each with a one-line plain explanation. `--json` prints everything
 * (clusters included); `--csv DIR` writes one CSV per table.
 */
import {
  ACROSS_VALUES,
  type Across,
  analyseClusters,
  type BarrierCoverage,
  barrierCoverage,
  type ClusterReport,
  findWhiteSpots,
  type PathwayCoverage,
  partnerDeparture,
  pathwayCoverage,
  type Resilience,
  type Suggestions,
  suggestLinks,
  vocabLabel,
  type WhiteSpots,
} from "@ecolens/analysis";
import { DEFAULT_SEED, type Lang, type Text } from "@ecolens/core";
import { Command } from "commander";
import { UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import { parseSeed, wholeNumber } from "../shared/numbers.ts";
import { fmt, formatTable, heading } from "../shared/output.ts";
import { FORCE_HELP } from "../shared/safe-write.ts";
import { addScopeOptions, applyScope, type ScopeOptions, scopeLine } from "../shared/scope.ts";
import { writeGapCsvs } from "./gaps-csv.ts";
import { renderCoverage } from "./paths.ts";

interface GapsCliOptions extends InputOptions, ScopeOptions {
  json?: boolean;
  csv?: string;
  force?: boolean;
  top?: string;
  across?: string;
  seed?: string;
  lang?: string;
}

export interface GapsResult {
  organisations: number;
  ties: number;
  white_spots: WhiteSpots;
  barriers: BarrierCoverage;
  suggestions: Suggestions;
  departure: Resilience;
  clusters: ClusterReport;
  /** Learning paths: per theme × target group, region and municipality, whether chains reach formal learning. */
  pathway_coverage: PathwayCoverage;
}

export function gapsCommand(): Command {
  const cmd = new Command("gaps")
    .description(
      "Find gaps: white spots, uncovered barriers, missing links (with reasons), critical partners, broken learning paths.\n" +
        "Zoek hiaten: witte vlekken, onbedekte drempels, ontbrekende verbindingen, kritieke partners, gebroken leerpaden.",
    )
    .argument("[input]", "inventory folder or GEXF/GraphML/JSON file / inventarismap of bestand")
    .option("--json", "print everything as JSON / alles als JSON")
    .option("--csv <dir>", "write one CSV per table into this folder / één CSV per tabel in deze map")
    .option("--force", FORCE_HELP)
    .option("--top <n>", "rows per section / rijen per onderdeel", "10")
    .option(
      "--across <line>",
      `suggest ties across: ${ACROSS_VALUES.join(", ")} / voorstellen over deze grens`,
      "formal",
    )
    .option("--seed <n>", "seed for the clusters / startwaarde voor de clusters", String(DEFAULT_SEED))
    .option("--lang <lang>", "language of messages: nl or en / taal: nl of en");
  addInputOptions(cmd);
  addScopeOptions(cmd);
  return cmd.action(async (input: string | undefined, options: GapsCliOptions) => {
    const lang = resolveLang(options.lang);
    const top = wholeNumber(options.top ?? "10", "--top", { min: 1 });
    const seed = parseSeed(options.seed);
    const across = options.across ?? "formal";
    if (!(ACROSS_VALUES as readonly string[]).includes(across))
      throw new UsageError({
        nl: `onbekende waarde '${across}' voor --across; kies uit: ${ACROSS_VALUES.join(", ")}`,
        en: `unknown value '${across}' for --across; choose from: ${ACROSS_VALUES.join(", ")}`,
      });
    const loaded = requireReadable(await loadNetwork(input, options, lang), {
      nl: "niets te analyseren",
      en: "nothing to analyse",
    });
    const network = applyScope(loaded, options);
    const result: GapsResult = {
      organisations: network.graph.order,
      ties: network.graph.size,
      white_spots: findWhiteSpots(network),
      barriers: barrierCoverage(network),
      suggestions: suggestLinks(network, { across: across as Across, top: Math.max(top, 20) }),
      departure: partnerDeparture(network),
      clusters: analyseClusters(network.graph, { seed }),
      pathway_coverage: pathwayCoverage(network),
    };
    if (options.csv) writeGapCsvs(options.csv, result, options.force);
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${scopeLine(loaded, options, lang)}${renderGaps(result, lang, top)}\n`);
    if (options.csv && !options.json)
      process.stdout.write(
        lang === "nl"
          ? `\nTabellen geschreven naar ${options.csv}\n`
          : `\nTables written to ${options.csv}\n`,
      );
  });
}

const T = (nl: string, en: string): Text => ({ nl, en });

const ACROSS_WORDS: Record<Across, Text> = {
  formal: T(
    ", over de grens formeel / niet-formeel-informeel leren",
    ", across the formal / non-formal-informal line",
  ),
  sector: T(", tussen verschillende sectoren", ", between different sectors"),
  municipality: T(", tussen verschillende gemeenten", ", between different municipalities"),
  none: T("", ""),
};

export function renderGaps(r: GapsResult, lang: Lang, top: number): string {
  const say = (t: Text) => t[lang];
  const word = (kind: "theme" | "target_group" | "barrier_type", code: string) =>
    vocabLabel(kind, code, lang);
  const out: string[] = [];
  const ws = r.white_spots;
  const nWhite = ws.white_spots.priority.length + ws.white_spots.other.length;
  const nFragile = ws.fragile.priority.length + ws.fragile.other.length;
  out.push(heading(say(T("Witte vlekken", "White spots"))));
  out.push(
    say(
      T(
        `Thema × doelgroep × gemeente zonder enige organisatie of leerkans: ${nWhite} van ${ws.cells_checked} (${ws.white_spots.priority.length} voor prioritaire doelgroepen); ${nFragile} met maar één aanbieder. Eerst wat elders in de regio wel bestaat.`,
        `Theme × target group × municipality with no organisation or learning offer: ${nWhite} of ${ws.cells_checked} (${ws.white_spots.priority.length} for priority target groups); ${nFragile} with only one provider. Combinations that exist elsewhere in the region first.`,
      ),
    ),
  );
  const spotTable = (rows: typeof ws.white_spots.priority) =>
    formatTable(
      [
        { header: say(T("Doelgroep", "Target group")), max: 28 },
        { header: say(T("Thema", "Theme")), max: 28 },
        { header: say(T("Gemeente", "Municipality")), max: 24 },
        { header: say(T("Elders", "Elsewhere")), align: "right" },
      ],
      rows
        .slice(0, top)
        .map((c) => [
          word("target_group", c.target_group),
          word("theme", c.theme),
          c.municipality,
          c.covered_elsewhere,
        ]),
    );
  if (ws.white_spots.priority.length > 0) {
    out.push(
      `\n${say(T("Prioritaire doelgroepen", "Priority target groups"))}`,
      spotTable(ws.white_spots.priority),
    );
  }
  if (ws.white_spots.other.length > 0)
    out.push(`\n${say(T("Andere doelgroepen", "Other target groups"))}`, spotTable(ws.white_spots.other));
  if (nWhite === 0) out.push(say(T("Geen witte vlekken gevonden.", "No white spots found.")));

  const b = r.barriers;
  const weak = b.barriers.filter((x) => x.coverage !== "covered");
  out.push(heading(say(T("Drempels zonder (genoeg) partners", "Barriers without (enough) partners"))));
  out.push(
    say(
      T(
        `Gesignaleerde drempels waar nog niemand of maar één partner zich voor engageert: ${weak.length} van ${b.open} open drempels.`,
        `Signalled barriers that no partner, or only one, has committed to: ${weak.length} of ${b.open} open barriers.`,
      ),
    ),
  );
  if (weak.length > 0)
    out.push(
      formatTable(
        [
          { header: say(T("Drempel", "Barrier")), max: 16 },
          { header: say(T("Soort", "Type")), max: 22 },
          { header: say(T("Doelgroep", "Target group")), max: 26 },
          { header: say(T("Gemeente", "Municipality")), max: 20 },
          { header: say(T("Partners", "Partners")), align: "right" },
          { header: say(T("Aanbod", "Offers")), align: "right" },
        ],
        weak
          .slice(0, top)
          .map((x) => [
            x.barrier_id,
            word("barrier_type", x.barrier_type),
            word("target_group", x.target_group),
            x.municipality ?? say(T("regio", "region")),
            x.committed_partners.length,
            x.lowering_offerings.length,
          ]),
      ),
    );

  const s = r.suggestions;
  out.push(heading(say(T("Ontbrekende verbindingen", "Missing links"))));
  out.push(
    say(
      T(
        `Organisaties die (nog) niet samenwerken maar veel gemeen hebben${ACROSS_WORDS[s.across].nl}; score 0-1 (zie docs/suggestions.md).`,
        `Organisations that do not work together (yet) but have much in common${ACROSS_WORDS[s.across].en}; score 0-1 (see docs/suggestions.md).`,
      ),
    ),
  );
  s.suggestions.slice(0, top).forEach((x, i) => {
    out.push(`${i + 1}. ${x.u_label} — ${x.v_label}  (${fmt(x.score, lang, 2)})\n   ${say(x.sentence)}`);
  });
  if (s.suggestions.length === 0) out.push(say(T("Geen voorstellen.", "No suggestions.")));

  const d = r.departure;
  const critical = d.organisations.filter(
    (o) => o.cut_off > 0 || o.barriers_orphaned.length > 0 || o.cross_line_ties > 0,
  );
  out.push(heading(say(T("Kritieke partners", "Critical partners"))));
  out.push(
    say(
      T(
        "Wat het netwerk verliest als een partner wegvalt: afgesneden organisaties, drempels zonder partner, banden formeel-informeel.",
        "What the network loses if a partner leaves: organisations cut off, barriers without a partner, formal-informal ties.",
      ),
    ),
  );
  critical.slice(0, top).forEach((o, i) => {
    out.push(`${i + 1}. ${say(o.sentence)}`);
  });
  if (critical.length === 0)
    out.push(
      say(T("Geen enkele partner is een enkel kwetsbaar punt.", "No partner is a single point of failure.")),
    );

  out.push(heading(say(T("Leerpaden: waar ketens breken", "Learning paths: where chains break"))));
  const pc = r.pathway_coverage;
  const regionProblems = pc.cells.filter((c) => c.scope === "region" && c.status !== "route");
  if (regionProblems.length === 0) out.push(say(pc.summary));
  else {
    // Only where chains break (the region's problems first, cut to --top): renderCoverage's own
    // heading is replaced by the section heading above.
    const shown = {
      ...pc,
      cells: [...regionProblems.slice(0, top), ...pc.cells.filter((c) => c.scope !== "region")],
    };
    out.push(renderCoverage(shown, lang, top).split("\n").slice(3).join("\n"));
    out.push(
      say(
        T(
          `(${regionProblems.length} combinaties in de regio zonder vrije route; alle cellen: --json, --csv of 'ecolens paths --coverage')`,
          `(${regionProblems.length} combinations in the region without a free route; every cell: --json, --csv or 'ecolens paths --coverage')`,
        ),
      ),
    );
  }
  return out.join("\n");
}
