/** Key findings about gaps: barriers nobody works on, white spots (ranked), suggested links. */
import { fmtNumber, label } from "../charts/svg.ts";
import type { ReportModel } from "../model.ts";
import {
  count,
  type Finding,
  finding,
  int,
  link,
  listNames,
  msg,
  msgN,
  nameOf,
  share,
} from "./findings-common.ts";
import { gridMunicipalities, rankWhiteSpots } from "./white-spot-summary.ts";

const SPOTS_NAMED = 3;

export function barriersFinding(model: ReportModel): Finding | null {
  const barriers = model.barriers ?? [];
  if (barriers.length === 0) return null;
  const open = barriers.filter((b) => b.committed === 0).length;
  return finding(
    "barriers",
    (lang) =>
      open === 0
        ? msg("barriers_all", lang, { n: int(barriers.length, lang) })
        : msgN("barriers_open", open, lang, {
            share: share(open, barriers.length, lang, "signalled_barrier"),
          }),
    open > 0 ? link("#barriers", "link_barriers") : undefined,
  );
}

export function whiteSpotsFinding(model: ReportModel): Finding | null {
  const spots = (model.whiteSpots ?? []).filter((w) => w.offerings === 0).length;
  if (spots === 0) return null;
  const cells = model.offeringGrid?.length ?? 0;
  const places = gridMunicipalities(model);
  const top = rankWhiteSpots(model).slice(0, SPOTS_NAMED);
  return finding(
    "white_spots",
    (lang) => {
      const named = top.map((g) =>
        msg("white_spot", lang, {
          theme: label(model.vocab, "theme", g.theme, lang),
          group: label(model.vocab, "target_group", g.target_group, lang),
          priority: g.priority ? msg("white_spot_priority", lang) : "",
          missing: int(g.missing.length, lang),
          places: int(places, lang),
          elsewhere:
            g.coveredElsewhere > 0
              ? msgN("white_spot_elsewhere", g.coveredElsewhere, lang, { n: int(g.coveredElsewhere, lang) })
              : "",
        }),
      );
      return msg("white_spots", lang, {
        share: cells > 0 ? share(spots, cells, lang, "combination") : count(spots, lang, "combination"),
        named: listNames(named, lang),
      });
    },
    link("#white-spots", "link_white_spots"),
  );
}

export function suggestionsFinding(model: ReportModel): Finding | null {
  const suggestions = model.suggestions ?? [];
  if (suggestions.length === 0) return null;
  const name = nameOf(model);
  const s0 = suggestions[0];
  return finding(
    "suggestions",
    (lang) =>
      msg("suggestions", lang, {
        links: count(suggestions.length, lang, "new_link"),
        score: fmtNumber(s0.score, lang, 2),
        a: name(s0.source),
        b: name(s0.target),
        reason: s0.reason[lang],
      }),
    link("#suggestions", "link_suggestions"),
  );
}
