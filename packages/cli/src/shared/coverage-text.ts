/**
 * The pathway coverage of the whole ecosystem as terminal text (theme × target group, the region
 * first, then the municipalities where chains break). Shared by the paths and gaps commands.
 */
import { type PathwayCoverage, vocabLabel } from "@ecolens/analysis";
import type { Lang } from "@ecolens/core";
import { type MessageCode, msg, type Params } from "../messages/index.ts";
import { formatTable, heading } from "./output.ts";

export function renderCoverage(c: PathwayCoverage, lang: Lang, top: number): string {
  const say = (code: MessageCode, params?: Params) => msg(code, lang, params);
  const out: string[] = [heading(say("coverage.title")), c.summary[lang]];
  const table = (cells: PathwayCoverage["cells"], withPlace: boolean) =>
    formatTable(
      [
        ...(withPlace ? [{ header: say("coverage.col.municipality"), max: 22 }] : []),
        { header: say("coverage.col.theme"), max: 26 },
        { header: say("coverage.col.group"), max: 26 },
        { header: say("coverage.col.status") },
        { header: say("coverage.col.starts"), align: "right" as const },
        { header: say("coverage.col.with_route"), align: "right" as const },
        { header: say("coverage.col.routes"), align: "right" as const },
        { header: say("coverage.col.free"), align: "right" as const },
        { header: say("coverage.col.dead"), align: "right" as const },
      ],
      cells.map((x) => [
        ...(withPlace ? [x.municipality ?? say("gaps.region")] : []),
        vocabLabel("theme", x.theme, lang),
        vocabLabel("target_group", x.target_group, lang),
        say(`coverage.status.${x.status}` as MessageCode),
        x.starts,
        x.starts_with_route,
        x.routes,
        x.routes_free,
        x.dead_end_starts.length,
      ]),
      lang,
    );
  const region = c.cells.filter((x) => x.scope === "region");
  if (region.length === 0) {
    out.push(say("coverage.none"));
    return out.join("\n");
  }
  out.push(`\n${say("coverage.region")}`, table(region, false));
  const problems = c.cells.filter((x) => x.scope !== "region" && x.status !== "route");
  if (problems.length > 0) {
    out.push(
      `\n${say("coverage.per_place", { shown: Math.min(top, problems.length), total: problems.length })}`,
      table(problems.slice(0, top), true),
    );
  }
  out.push(`\n${say("coverage.in_words")}`);
  for (const x of region.filter((x) => x.status !== "route").slice(0, top)) out.push(`- ${x.sentence[lang]}`);
  return out.join("\n");
}
