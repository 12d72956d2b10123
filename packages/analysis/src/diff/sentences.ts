/**
 * Plain nl/en sentences for a coordinator: what changed, and whether the ecosystem moved toward
 * its goals. The verdict weighs five goal indicators (docs/diff.md): more organisations with a
 * tie across the formal ↔ non-formal/informal line, a higher E-I index on that line, fewer
 * municipalities without such a tie, a larger share in the main component, fewer open barriers.
 * A goal whose layer one round lacks (layers.ts: a GEXF round has no barriers) is "not in this
 * round's data" and left out of the verdict; an empty round is its own verdict.
 */
import { percentText, type Text } from "@ecolens/core";
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

const T = (nl: string, en: string): Text => ({ nl, en });

/** A number for a sentence: nl uses a decimal comma. */
function num(value: number, digits: number): { nl: string; en: string } {
  const en = String(Number(value.toFixed(digits)));
  return { nl: en.replace(".", ","), en };
}
const pct = (share: number | null, lang: "nl" | "en" = "en") => percentText(share, lang);
/** A count by the locale: 2.122 in Dutch, 2,122 in English. */
const whole = (n: number, lang: "nl" | "en") => n.toLocaleString(lang === "nl" ? "nl-BE" : "en-GB");

function list(names: readonly string[], lang: "nl" | "en", max = 6): string {
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  const tail = more > 0 ? (lang === "nl" ? ` en ${more} andere` : ` and ${more} more`) : "";
  return shown.join(", ") + tail;
}

/** "not in round X's data" for a layer one or both rounds lack. */
function missingLayer(layers: LayerComparison, layer: LayerName, labels: { old: string; new: string }): Text {
  const without = [layers.old[layer] ? null : labels.old, layers.new[layer] ? null : labels.new].filter(
    (x): x is string => x !== null,
  );
  return without.length === 2
    ? T("niet in de gegevens van beide rondes", "not in either round's data")
    : T(`niet in de gegevens van ronde ${without[0]}`, `not in round ${without[0]}'s data`);
}

export function diffStory(diff: NetworkDiff, move: Movement): DiffStory {
  const c = diff.counts;
  const headline: Text[] = [];
  const layers = diff.layers;

  const o = c.organisations;
  const grew =
    o.new > o.old ? T("groeide van", "grew from") : o.new < o.old ? T("kromp van", "shrank from") : null;
  const reid = diff.organisations.reidentified.length;
  const reidText =
    reid === 0
      ? T("", "")
      : reid === 1
        ? T(
            "; 1 organisatie bleef dezelfde onder een nieuwe code",
            "; 1 organisation stayed the same under a new id",
          )
        : T(
            `; ${reid} organisaties bleven dezelfde onder een nieuwe code`,
            `; ${reid} organisations stayed the same under a new id`,
          );
  headline.push(
    grew
      ? T(
          `Het netwerk ${grew.nl} ${whole(o.old, "nl")} naar ${whole(o.new, "nl")} organisaties: ${whole(o.added, "nl")} nieuw, ${o.removed} gestopt${reidText.nl}.`,
          `The network ${grew.en} ${whole(o.old, "en")} to ${whole(o.new, "en")} organisations: ${whole(o.added, "en")} new, ${o.removed} stopped${reidText.en}.`,
        )
      : T(
          `Het netwerk telt nog altijd ${o.new} organisaties: ${o.added} nieuw, ${o.removed} gestopt${reidText.nl}.`,
          `The network still counts ${o.new} organisations: ${o.added} new, ${o.removed} stopped${reidText.en}.`,
        ),
  );

  if (!layers.both_non_empty) return emptyStory(diff, headline);

  const r = c.relations;
  const viaStopped = diff.relations.removed.filter((x) => x.with_new_or_stopped_organisation).length;
  headline.push(
    T(
      `Samenwerkingen: ${whole(r.added, "nl")} nieuw, ${whole(r.removed, "nl")} weggevallen (waarvan ${viaStopped} met gestopte organisaties), ${r.stronger} intenser, ${r.weaker} minder intens.`,
      `Relations: ${whole(r.added, "en")} new, ${whole(r.removed, "en")} ended (${viaStopped} of them with organisations that stopped), ${r.stronger} stronger, ${r.weaker} weaker.`,
    ),
  );

  headline.push(...lineSentences(diff, move));
  const bc = c.barriers;
  const committed = diff.barriers.with_new_commitments.length;
  headline.push(
    layers.compared.barriers
      ? T(
          `Drempels: ${bc.resolved} opgelost, ${bc.added} nieuw gesignaleerd; ${bc.open_new} staan nog open (was ${bc.open_old}); ${c.commitments.added} nieuwe engagementen voor ${committed} drempels.`,
          `Barriers: ${bc.resolved} resolved, ${bc.added} newly signalled; ${bc.open_new} still open (was ${bc.open_old}); ${c.commitments.added} new commitments to ${committed} barriers.`,
        )
      : T(
          `Drempels: ${missingLayer(layers, "barriers", diff.labels).nl}; niet vergeleken en niet meegeteld in het oordeel.`,
          `Barriers: ${missingLayer(layers, "barriers", diff.labels).en}; not compared and left out of the verdict.`,
        ),
  );
  return closeStory(diff, move, headline);
}

/** The formal ↔ non-formal/informal line: the region, E-I and the municipalities. */
function lineSentences(diff: NetworkDiff, move: Movement): Text[] {
  const layers = diff.layers;
  const r = diff.counts.relations;
  const headline: Text[] = [];
  if (!layers.compared.sides) {
    const why = missingLayer(layers, "sides", diff.labels);
    headline.push(
      T(
        `De grens formeel ↔ non-formeel/informeel (sector of type): ${why.nl}; niet vergeleken.`,
        `The formal ↔ non-formal/informal line (sector or type): ${why.en}; not compared.`,
      ),
    );
    return headline;
  }
  const shareOld = move.rounds.old.values.cross_line_share;
  const shareNew = move.rounds.new.values.cross_line_share;
  headline.push(
    T(
      `${r.added_cross_line} nieuwe banden over de grens formeel ↔ non-formeel/informeel (${r.removed_cross_line} weggevallen); ${pct(shareNew, "nl")} van de organisaties aan weerszijden heeft nu zo'n band (was ${pct(shareOld, "nl")}).`,
      `${r.added_cross_line} new ties cross the formal ↔ non-formal/informal line (${r.removed_cross_line} ended); ${pct(shareNew)} of the organisations on either side now has such a tie (was ${pct(shareOld)}).`,
    ),
  );

  const eiOld = move.rounds.old.values.ei_formal;
  const eiNew = move.rounds.new.values.ei_formal;
  if (eiOld !== null && eiNew !== null) {
    const x = num(eiOld, 2);
    const y = num(eiNew, 2);
    headline.push(
      T(
        `E-I-index formeel ↔ de rest: ${x.nl} → ${y.nl} (−1 = alleen banden binnen de eigen kant, +1 = alleen erover).`,
        `E-I index formal ↔ the rest: ${x.en} → ${y.en} (−1 = ties only within one's own side, +1 = only across).`,
      ),
    );
  }

  if (!layers.compared.places) {
    const why = missingLayer(layers, "places", diff.labels);
    headline.push(
      T(
        `Gemeenten: ${why.nl}; niet per gemeente vergeleken.`,
        `Municipalities: ${why.en}; not compared per municipality.`,
      ),
    );
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
  const names = (ms: typeof still) => ms.map((m) => m.name ?? m.key);
  if (lost.length > 0)
    headline.push(
      T(
        `Band formeel ↔ informeel verloren in: ${list(names(lost), "nl")}.`,
        `Formal ↔ informal tie lost in: ${list(names(lost), "en")}.`,
      ),
    );
  if (still.length > 0)
    headline.push(
      T(
        `${still.length} ${still.length === 1 ? "gemeente heeft" : "gemeenten hebben"} nog geen enkele band formeel ↔ informeel: ${list(names(still), "nl")}.`,
        `${still.length} ${still.length === 1 ? "municipality still has" : "municipalities still have"} no formal ↔ informal tie: ${list(names(still), "en")}.`,
      ),
    );
  else if (lost.length === 0)
    headline.push(
      T(
        "Elke gemeente met organisaties aan een van beide kanten heeft nu een band formeel ↔ informeel.",
        "Every municipality with organisations on either side now has a formal ↔ informal tie.",
      ),
    );
  if (newly.length > 0)
    headline.push(
      T(`Nieuw verbonden: ${list(names(newly), "nl")}.`, `Newly bridged: ${list(names(newly), "en")}.`),
    );
  return headline;
}

/** Suggestions, matches to confirm, the goals and the verdict. */
function closeStory(diff: NetworkDiff, move: Movement, headline: Text[]): DiffStory {
  const c = diff.counts;
  const { old: a, new: b } = diff.labels;
  const s = move.suggestions;
  if (s.checked > 0)
    headline.push(
      T(
        `Van de ${s.checked} verbindingen die ecolens op ronde ${a} voorstelde, bestaan er nu ${s.realised}.`,
        `Of the ${s.checked} links ecolens suggested on round ${a}, ${s.realised} now exist.`,
      ),
    );
  if (c.uncertain_matches > 0)
    headline.push(
      T(
        c.uncertain_matches === 1
          ? `1 mogelijke koppeling tussen ${a} en ${b} wacht op bevestiging (zie onder).`
          : `${c.uncertain_matches} mogelijke koppelingen tussen ${a} en ${b} wachten op bevestiging (zie onder).`,
        c.uncertain_matches === 1
          ? `1 possible match between ${a} and ${b} waits for confirmation (see below).`
          : `${c.uncertain_matches} possible matches between ${a} and ${b} wait for confirmation (see below).`,
      ),
    );

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
  headline.push(
    which === null
      ? T("Beide rondes bevatten geen organisaties.", "Neither round holds any organisations.")
      : T(`Ronde ${which} bevat geen organisaties.`, `Round ${which} holds no organisations.`),
  );
  const goals = goalChecks(diff, null);
  return {
    headline,
    goals,
    verdict: "empty",
    verdict_text: T(
      "Niet te beoordelen: een lege ronde is geen vooruitgang en geen achteruitgang op de doelen (kijk na of de juiste bestanden gegeven zijn).",
      "Cannot be judged: an empty round is neither progress nor decline on the goals (check that the right files were given).",
    ),
  };
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
  return [
    {
      goal: "cross_line_share",
      assessment: m("cross_line_share").assessment,
      text: T(
        "meer organisaties met een band formeel ↔ informeel",
        "more organisations with a formal ↔ informal tie",
      ),
    },
    {
      goal: "ei_formal",
      assessment: m("ei_formal").assessment,
      text: T(
        "meer menging over de grens formeel ↔ informeel (E-I)",
        "more mixing across the formal ↔ informal line (E-I)",
      ),
    },
    {
      goal: "municipalities_bridged",
      assessment: m("municipalities_without_cross_line_tie").assessment,
      text: T(
        "minder gemeenten zonder band formeel ↔ informeel",
        "fewer municipalities without a formal ↔ informal tie",
      ),
    },
    {
      goal: "main_component",
      assessment: m("largest_component_share").assessment,
      text: T(
        "meer organisaties in het samenhangende hoofdnetwerk",
        "more organisations in the connected main network",
      ),
    },
    {
      goal: "open_barriers",
      assessment: open,
      text:
        move && !diff.layers.compared.barriers
          ? T(
              `minder open drempels (${missingLayer(diff.layers, "barriers", diff.labels).nl})`,
              `fewer open barriers (${missingLayer(diff.layers, "barriers", diff.labels).en})`,
            )
          : T("minder open drempels", "fewer open barriers"),
    },
  ];
}

function verdictText(v: Verdict, better: number, worse: number, total: number): Text {
  const tally = T(
    `${better} van de ${total} doelen vooruit, ${worse} achteruit`,
    `${better} of ${total} goals moved forward, ${worse} back`,
  );
  switch (v) {
    case "yes":
      return T(
        `Ja, het ecosysteem ging vooruit: ${tally.nl}.`,
        `Yes, the ecosystem moved toward its goals: ${tally.en}.`,
      );
    case "mostly":
      return T(`Grotendeels: ${tally.nl}.`, `Mostly: ${tally.en}.`);
    case "mixed":
      return T(`Gemengd: ${tally.nl}.`, `Mixed: ${tally.en}.`);
    case "no":
      return T(
        `Nee, het ecosysteem ging eerder achteruit: ${tally.nl}.`,
        `No, the ecosystem moved away from its goals: ${tally.en}.`,
      );
    case "not_comparable":
      return T(
        "Geen enkel doel is in beide rondes gemeten: niet te beoordelen.",
        "No goal is measured in both rounds: cannot be judged.",
      );
    default:
      return T("Geen verschuiving op de doelen.", "No movement on the goals.");
  }
}
