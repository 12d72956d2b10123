/**
 * Plain nl/en sentences for a coordinator: what changed, and whether the ecosystem moved toward
 * its goals. The verdict weighs five goal indicators (docs/diff.md): more organisations with a
 * tie across the formal ↔ non-formal/informal line, a higher E-I index on that line, fewer
 * municipalities without such a tie, a larger share in the main component, fewer open barriers.
 * A goal whose layer one round lacks (layers.ts: a GEXF round has no barriers) is "not in this
 * round's data" and left out of the verdict; an empty round is its own verdict.
 */
import { type Lang, percentText, type Text } from "@ecolens/core";
import { decimalMark, type MessageCode, say, text, wholeNumber } from "../messages/index.ts";
import type { NetworkDiff } from "./diff.ts";
import type { LayerComparison, LayerName } from "./layers.ts";
import type { Assessment, Movement } from "./movement.ts";

export type Verdict = "yes" | "mostly" | "mixed" | "no" | "unchanged" | "empty" | "not_comparable";

export interface GoalCheck {
  goal: "cross_line_share" | "ei_formal" | "municipalities_bridged" | "main_component" | "open_barriers";
  assessment: Assessment;
  text: Text;
}

export interface DiffStory {
  headline: Text[];
  goals: GoalCheck[];
  verdict: Verdict;
  verdict_text: Text;
}

/** A number for a sentence: nl uses a decimal comma. */
const num = (value: number, digits: number, lang: Lang) =>
  decimalMark(String(Number(value.toFixed(digits))), lang);
const pct = (share: number | null, lang: Lang) => percentText(share, lang);
/** A count by the locale: 2.122 in Dutch, 2,122 in English. */
const whole = (n: number, lang: Lang) => wholeNumber(n, lang);

function list(names: readonly string[], lang: Lang, max = 6): string {
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  const tail = more > 0 ? say("diff.list.more", lang, { n: more }) : "";
  return shown.join(", ") + tail;
}

/** "not in round X's data" for a layer one or both rounds lack. */
function missingLayer(layers: LayerComparison, layer: LayerName, labels: { old: string; new: string }): Text {
  const without = [layers.old[layer] ? null : labels.old, layers.new[layer] ? null : labels.new].filter(
    (x): x is string => x !== null,
  );
  return without.length === 2 ? text("diff.missing.both") : text("diff.missing.one", { round: without[0] });
}

export function diffStory(diff: NetworkDiff, move: Movement): DiffStory {
  const c = diff.counts;
  const headline: Text[] = [organisationSentence(diff)];
  const layers = diff.layers;
  if (!layers.both_non_empty) return emptyStory(diff, headline);

  const r = c.relations;
  const stopped = diff.relations.removed.filter((x) => x.with_new_or_stopped_organisation).length;
  headline.push(
    text("diff.relations", (lang) => ({
      added: whole(r.added, lang),
      removed: whole(r.removed, lang),
      stopped,
      stronger: r.stronger,
      weaker: r.weaker,
    })),
  );

  headline.push(...lineSentences(diff, move));
  const bc = c.barriers;
  headline.push(
    layers.compared.barriers
      ? text("diff.barriers", {
          resolved: bc.resolved,
          added: bc.added,
          open_new: bc.open_new,
          open_old: bc.open_old,
          commitments: c.commitments.added,
          committed: diff.barriers.with_new_commitments.length,
        })
      : text("diff.barriers.missing", (lang) => ({
          why: missingLayer(layers, "barriers", diff.labels)[lang],
        })),
  );
  return closeStory(diff, move, headline);
}

/** How many organisations, new, stopped and re-identified. */
function organisationSentence(diff: NetworkDiff): Text {
  const o = diff.counts.organisations;
  const grew: MessageCode | null = o.new > o.old ? "diff.grew" : o.new < o.old ? "diff.shrank" : null;
  const reid = diff.organisations.reidentified.length;
  const reidentified = (lang: Lang) =>
    reid === 0
      ? ""
      : reid === 1
        ? say("diff.reidentified.one", lang)
        : say("diff.reidentified.many", lang, { n: reid });
  if (grew === null)
    return text("diff.organisations.same", (lang) => ({
      n: o.new,
      added: o.added,
      removed: o.removed,
      reidentified: reidentified(lang),
    }));
  return text("diff.organisations.changed", (lang) => ({
    grew: say(grew, lang),
    old: whole(o.old, lang),
    new: whole(o.new, lang),
    added: whole(o.added, lang),
    removed: o.removed,
    reidentified: reidentified(lang),
  }));
}

/** The formal ↔ non-formal/informal line: the region, E-I and the municipalities. */
function lineSentences(diff: NetworkDiff, move: Movement): Text[] {
  const layers = diff.layers;
  const r = diff.counts.relations;
  const headline: Text[] = [];
  if (!layers.compared.sides) {
    const why = missingLayer(layers, "sides", diff.labels);
    headline.push(text("diff.line.missing", (lang) => ({ why: why[lang] })));
    return headline;
  }
  const shareOld = move.rounds.old.values.cross_line_share;
  const shareNew = move.rounds.new.values.cross_line_share;
  headline.push(
    text("diff.line.ties", (lang) => ({
      added: r.added_cross_line,
      removed: r.removed_cross_line,
      now: pct(shareNew, lang),
      was: pct(shareOld, lang),
    })),
  );

  const eiOld = move.rounds.old.values.ei_formal;
  const eiNew = move.rounds.new.values.ei_formal;
  if (eiOld !== null && eiNew !== null)
    headline.push(text("diff.line.ei", (lang) => ({ old: num(eiOld, 2, lang), new: num(eiNew, 2, lang) })));

  if (!layers.compared.places) {
    const why = missingLayer(layers, "places", diff.labels);
    headline.push(text("diff.places.missing", (lang) => ({ why: why[lang] })));
    return headline;
  }
  headline.push(...placeSentences(move));
  return headline;
}

/** Per municipality, each sentence true of both rounds. */
function placeSentences(move: Movement): Text[] {
  const headline: Text[] = [];
  const still = move.municipalities.filter((m) => m.status === "still_none");
  const lost = move.municipalities.filter((m) => m.status === "lost_bridge");
  const newly = move.municipalities.filter((m) => m.status === "newly_bridged");
  const names = (ms: typeof still) => (lang: Lang) => ({
    names: list(
      ms.map((m) => m.name ?? m.key),
      lang,
    ),
  });
  if (lost.length > 0) headline.push(text("diff.places.lost", names(lost)));
  if (still.length > 0)
    headline.push(text("diff.places.still_none", (lang) => ({ n: still.length, ...names(still)(lang) })));
  else if (lost.length === 0) headline.push(text("diff.places.all_bridged"));
  if (newly.length > 0) headline.push(text("diff.places.newly", names(newly)));
  return headline;
}

/** Suggestions, matches to confirm, the goals and the verdict. */
function closeStory(diff: NetworkDiff, move: Movement, headline: Text[]): DiffStory {
  const c = diff.counts;
  const { old: a, new: b } = diff.labels;
  const s = move.suggestions;
  if (s.checked > 0)
    headline.push(text("diff.suggestions", { checked: s.checked, round: a, realised: s.realised }));
  if (c.uncertain_matches > 0) headline.push(text("diff.uncertain", { n: c.uncertain_matches, a, b }));

  const goals = goalChecks(diff, move);
  const better = goals.filter((g) => g.assessment === "better").length;
  const worse = goals.filter((g) => g.assessment === "worse").length;
  // Goals a round has no data for are left out of the tally.
  const compared = goals.filter((g) => g.assessment !== "unknown").length;
  const verdict: Verdict =
    compared === 0
      ? "not_comparable"
      : better === 0 && worse === 0
        ? "unchanged"
        : worse === 0
          ? "yes"
          : better > worse
            ? "mostly"
            : better === worse
              ? "mixed"
              : "no";
  return { headline, goals, verdict, verdict_text: verdictText(verdict, better, worse, compared) };
}

/** A round without organisations: no goal can move, and no figure "improves" toward nothing. */
function emptyStory(diff: NetworkDiff, headline: Text[]): DiffStory {
  const { old: a, new: b } = diff.labels;
  const which = diff.layers.old.empty ? (diff.layers.new.empty ? null : a) : b;
  headline.push(which === null ? text("diff.empty.both") : text("diff.empty.one", { round: which }));
  const goals = goalChecks(diff, null);
  return { headline, goals, verdict: "empty", verdict_text: text("diff.verdict.empty") };
}

function goalChecks(diff: NetworkDiff, move: Movement | null): GoalCheck[] {
  const m = (name: string) =>
    move?.metrics.find((x) => x.metric === name) ?? { assessment: "unknown" as Assessment };
  const bc = diff.counts.barriers;
  const open: Assessment =
    !move || !diff.layers.compared.barriers
      ? "unknown"
      : bc.open_new < bc.open_old
        ? "better"
        : bc.open_new > bc.open_old
          ? "worse"
          : "same";
  const why = missingLayer(diff.layers, "barriers", diff.labels);
  return [
    {
      goal: "cross_line_share",
      assessment: m("cross_line_share").assessment,
      text: text("diff.goal.cross_line_share"),
    },
    { goal: "ei_formal", assessment: m("ei_formal").assessment, text: text("diff.goal.ei_formal") },
    {
      goal: "municipalities_bridged",
      assessment: m("municipalities_without_cross_line_tie").assessment,
      text: text("diff.goal.municipalities_bridged"),
    },
    {
      goal: "main_component",
      assessment: m("largest_component_share").assessment,
      text: text("diff.goal.main_component"),
    },
    {
      goal: "open_barriers",
      assessment: open,
      text:
        move && !diff.layers.compared.barriers
          ? text("diff.goal.open_barriers.missing", (lang) => ({ why: why[lang] }))
          : text("diff.goal.open_barriers"),
    },
  ];
}

const VERDICT_TEXT: Record<Exclude<Verdict, "empty">, MessageCode> = {
  yes: "diff.verdict.yes",
  mostly: "diff.verdict.mostly",
  mixed: "diff.verdict.mixed",
  no: "diff.verdict.no",
  not_comparable: "diff.verdict.not_comparable",
  unchanged: "diff.verdict.unchanged",
};

function verdictText(v: Verdict, better: number, worse: number, total: number): Text {
  const code = v === "empty" ? "diff.verdict.unchanged" : VERDICT_TEXT[v];
  return text(code, (lang) => ({ tally: say("diff.tally", lang, { better, total, worse }) }));
}
