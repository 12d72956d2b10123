/**
 * The white spots as a municipality can act on them: a short ranked table (theme x target group,
 * where it is missing, whether the region has it elsewhere) and the full list folded away.
 */
import { fmtNumber, label } from "../charts/svg.ts";
import { SECTION_TEXT as S } from "../i18n/sections-text.ts";
import { UI } from "../i18n/strings.ts";
import { perLang as both, count, say, sayBoth } from "../i18n/text.ts";
import type { ReportModel, Text } from "../model.ts";
import { bi, type Cell, cell, sortableTable, ui } from "./html.ts";
import { gridMunicipalities, rankWhiteSpots, type WhiteSpotGroup } from "./white-spot-summary.ts";

/** Rows in the ranked summary. */
export const SPOTS_SHOWN = 10;

function vocab(model: ReportModel, field: string, code: string): Cell {
  return { html: bi(both((lang) => label(model.vocab, field, code, lang))) };
}

function whyText(g: WhiteSpotGroup, places: number): Text {
  const parts = both((lang) => {
    const out: string[] = [];
    if (g.priority) out.push(say(S.spots_priority, lang));
    if (g.coveredElsewhere > 0)
      out.push(
        say(count(g.coveredElsewhere, S.spots_elsewhere_one, S.spots_elsewhere_many), lang, {
          n: fmtNumber(g.coveredElsewhere, lang, 0),
        }),
      );
    else out.push(say(S.spots_nowhere, lang));
    if (g.missing.length === places && places > 1) out.push(say(S.spots_everywhere, lang));
    return out.join("; ");
  });
  return parts;
}

function rankedTable(model: ReportModel, ranked: WhiteSpotGroup[], places: number): string {
  return sortableTable(
    "table-white-spots-ranked",
    UI.spotsRanked,
    [{ head: UI.theme }, { head: UI.target_group }, { head: UI.missingIn, numeric: true }, { head: UI.why }],
    ranked.slice(0, SPOTS_SHOWN).map((g) => [
      vocab(model, "theme", g.theme),
      {
        html: `${g.priority ? '<span aria-hidden="true">★ </span>' : ""}${vocab(model, "target_group", g.target_group).html}`,
      },
      {
        html: bi(
          sayBoth(S.spots_missing, (lang) => ({
            n: fmtNumber(g.missing.length, lang, 0),
            places: fmtNumber(places, lang, 0),
          })),
        ),
        v: g.missing.length,
      },
      { html: bi(whyText(g, places)) },
    ]),
  );
}

function fullTable(model: ReportModel): string {
  const rows = (model.whiteSpots ?? []).filter((w) => w.offerings === 0);
  const table = sortableTable(
    "table-white-spots",
    UI.captionWhiteSpots,
    [{ head: UI.municipality }, { head: UI.theme }, { head: UI.target_group }],
    rows.map((w) => [
      w.municipality ? vocab(model, "municipality", w.municipality) : cell("–"),
      vocab(model, "theme", w.theme),
      vocab(model, "target_group", w.target_group),
    ]),
  );
  const summary = sayBoth(UI.spotsAll, (lang) => ({ n: fmtNumber(rows.length, lang, 0) }));
  return `<details class="full-table"><summary>${bi(summary)}</summary>${table}</details>`;
}

export function whiteSpotTables(model: ReportModel): string {
  const ranked = rankWhiteSpots(model);
  if (ranked.length === 0) return "";
  const places = gridMunicipalities(model);
  return `<h3>${ui("spotsRanked")}</h3><p class="lead">${ui("spotsRankedLead")}</p>${rankedTable(model, ranked, places)}${fullTable(model)}`;
}
