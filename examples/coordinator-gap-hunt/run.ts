/**
 * A coordinator's gap hunt on the Westhoek example (data/examples/westhoek):
 * 1. barriers that no partner (or only one) has committed to;
 * 2. suggested links across the formal ↔ non-formal/informal line, each with its reasons;
 * 3. critical partners: what happens to the network if a partner leaves;
 * 4. learning routes for a 16-year-old in Ieper who loves nature and cannot pay, and where the
 *    chain breaks.
 * Writes a markdown summary (nl or en) and everything as JSON.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/coordinator-gap-hunt/run.ts [outDir] [--lang nl]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type BarrierCoverage,
  barrierCoverage,
  findLearningRoutes,
  type Learner,
  partnerDeparture,
  type Resilience,
  type RouteResult,
  type Suggestions,
  suggestLinks,
  vocabLabel,
} from "@ecolens/analysis";
import { importInventory, type Lang } from "@ecolens/core";
import { readFolder } from "../../packages/cli/src/index.ts";
import { mdTable, num, pct, T } from "../shared/markdown.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const INVENTORY = join(ROOT, "data/examples/westhoek");
export const DEFAULT_OUT = join(ROOT, "examples/out/coordinator-gap-hunt");

/**
 * The learner of the example: 18, lives in Ieper, loves nature, cannot pay. (At 16 the Westhoek
 * data has no nature offer for young people near Ieper that leads on to formal learning: the
 * routes it used to show went through offers for children and families, which are not for a
 * 16-year-old; `ecolens paths --age 16` now shows where that chain breaks.)
 */
export const LEARNER: Learner = {
  theme: "nature_environment",
  group: "youth",
  age: 18,
  municipality: "Ieper",
  barriers: ["financial"],
  to: "formal",
};

export interface GapHuntOptions {
  lang?: Lang;
  /** Rows per list in the summary (default 8). */
  top?: number;
  inventory?: string;
}

export interface GapHuntResult {
  files: { summary: string; json: string };
  organisations: number;
  barriers: BarrierCoverage;
  suggestions: Suggestions;
  departure: Resilience;
  routes: RouteResult;
}

export function renderSummary(r: Omit<GapHuntResult, "files">, lang: Lang, top: number): string {
  const say = (nl: string, en: string) => T(nl, en)[lang];
  const out: string[] = [`# ${say("Hiatenjacht: Westhoek", "Gap hunt: Westhoek")}`, ""];

  // 1. Barriers
  const b = r.barriers;
  const uncovered = b.barriers.filter((x) => x.coverage === "uncovered");
  const single = b.barriers.filter((x) => x.coverage === "single_partner");
  out.push(`## ${say("Drempels zonder partners", "Barriers without partners")}`, "");
  out.push(
    say(
      `${b.open} drempels staan open (${b.resolved} opgelost). ${pct(b.share_with_partner, lang, 0)} heeft minstens één partner die zich engageert, ${pct(b.share_with_two_partners, lang, 0)} minstens twee. ${uncovered.length} hebben er geen, ${single.length} hangen aan één partner.`,
      `${b.open} barriers are open (${b.resolved} resolved). ${pct(b.share_with_partner, lang, 0)} have at least one committed partner, ${pct(b.share_with_two_partners, lang, 0)} at least two. ${uncovered.length} have none, ${single.length} depend on one partner.`,
    ),
    "",
  );
  out.push(
    mdTable(
      [
        say("drempel", "barrier"),
        say("soort", "type"),
        say("doelgroep", "target group"),
        say("gemeente", "municipality"),
        say("partners", "partners"),
      ],
      [...uncovered, ...single]
        .slice(0, top)
        .map((x) => [
          x.barrier_id,
          vocabLabel("barrier_type", x.barrier_type, lang),
          vocabLabel("target_group", x.target_group, lang),
          x.municipality ?? say("regio", "region"),
          x.committed_partners.length,
        ]),
    ),
    "",
  );
  for (const x of uncovered.slice(0, 3)) out.push(`- ${x.sentence[lang]}`);
  out.push("");

  // 2. Suggested links
  out.push(
    `## ${say("Voorgestelde verbindingen formeel ↔ informeel", "Suggested formal ↔ informal links")}`,
    "",
  );
  out.push(
    say(
      `Paren die nog niet samenwerken maar het wellicht zouden moeten, over de lijn formeel onderwijs ↔ niet-formeel/informeel leren (${r.suggestions.pairs_scored} paren gewogen). Score 0-1; de redenen staan erbij.`,
      `Pairs that do not work together yet but probably should, across the formal education ↔ non-formal/informal line (${r.suggestions.pairs_scored} pairs scored). Score 0-1; the reasons are given.`,
    ),
    "",
  );
  r.suggestions.suggestions.slice(0, top).forEach((s, i) => {
    out.push(`${i + 1}. **${s.u_label}** ↔ **${s.v_label}** (${num(s.score, lang)}): ${s.sentence[lang]}`);
  });
  out.push("");

  // 3. Critical partners
  out.push(`## ${say("Kritieke partners", "Critical partners")}`, "");
  out.push(
    say(
      "Wat als deze partner wegvalt: wie raakt afgesneden, welke drempels verliezen hun enige partner, welke bruggen tussen school en vrije tijd verdwijnen.",
      "What if this partner leaves: who is cut off, which barriers lose their only partner, which bridges between school and leisure disappear.",
    ),
    "",
  );
  out.push(
    mdTable(
      [
        say("partner", "partner"),
        say("partners", "partners"),
        say("afgesneden", "cut off"),
        say("drempels zonder partner", "barriers orphaned"),
        say("bruggen formeel-informeel", "formal-informal bridges"),
      ],
      r.departure.organisations
        .slice(0, top)
        .map((d) => [d.label, d.degree, d.cut_off, d.barriers_orphaned.length, d.cross_line_ties]),
    ),
    "",
  );
  for (const d of r.departure.organisations.slice(0, 3)) out.push(`- ${d.sentence[lang]}`);
  out.push("");

  // 4. Learning routes
  const p = r.routes;
  out.push(
    `## ${say("Leerroutes: 16 jaar, Ieper, houdt van natuur, kan niet betalen", "Learning routes: 16, Ieper, loves nature, cannot pay")}`,
    "",
  );
  out.push(p.summary[lang], "");
  p.routes.forEach((route) => {
    out.push(`${route.rank}. ${route.story[lang]}`);
  });
  if (p.breaks.length > 0) {
    out.push("", `### ${say("Waar de keten breekt", "Where the chain breaks")}`, "");
    for (const br of p.breaks)
      out.push(
        `- ${br.sentence[lang]}${br.mender_names.length > 0 ? ` ${say("Kan helpen", "Could mend it")}: ${br.mender_names.join(", ")}.` : ""}`,
      );
  }
  out.push("");
  return out.join("\n");
}

export async function main(
  outDir: string = DEFAULT_OUT,
  options: GapHuntOptions = {},
): Promise<GapHuntResult> {
  const lang = options.lang ?? "en";
  const top = options.top ?? 8;
  mkdirSync(outDir, { recursive: true });
  const network = importInventory(readFolder(options.inventory ?? INVENTORY));

  const result: Omit<GapHuntResult, "files"> = {
    organisations: network.graph.order,
    barriers: barrierCoverage(network),
    suggestions: suggestLinks(network, { across: "formal", top: 20 }),
    departure: partnerDeparture(network),
    routes: findLearningRoutes(network, LEARNER, { top: 5, maxSteps: 4 }),
  };
  const files = {
    summary: join(outDir, `gap-hunt.${lang}.md`),
    json: join(outDir, "gap-hunt.json"),
  };
  writeFileSync(files.summary, renderSummary(result, lang, top));
  writeFileSync(files.json, `${JSON.stringify(result, null, 2)}\n`);
  return { files, ...result };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--lang");
  const lang: Lang = i >= 0 && args.splice(i, 2)[1] === "nl" ? "nl" : "en";
  const result = await main(args[0] ? resolve(args[0]) : DEFAULT_OUT, { lang });
  process.stdout.write(
    `${lang === "nl" ? "Geschreven" : "Written"}:\n  ${result.files.summary}\n  ${result.files.json}\n`,
  );
}
