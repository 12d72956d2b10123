/**
 * Where a learner's chain breaks and who could mend it: no start for the passion (nearby), starts
 * without an onward step, no destination reachable (with the nearest destination, whether its
 * provider has any tie to a start provider, and the brokers tied to both), onward steps that name
 * nothing, and routes that every barrier check blocks (with the partners working on the barrier).
 */
import type { Lang, Text } from "@ecolens/core";
import { joinWords, vocabLabel } from "../text/labels.ts";
import { compareIds } from "../view/graph-view.ts";
import type { PartnerFinder } from "./barrier-checks.ts";
import { audienceFit, distanceKm, isFormalDestination, proximityOf } from "./offer-facts.ts";
import type { PreparedNetwork } from "./prepared.ts";
import { linkFitsTheme } from "./step-links.ts";
import { checkText } from "./stories.ts";
import type { ChainBreak, Learner, RouteStep } from "./types.ts";

export interface BreakContext {
  home: string | undefined;
  fitting: string[];
  nearby: string[];
  starts: string[];
  found: RouteStep[][];
  partners: PartnerFinder;
}

const both = (f: (lang: Lang) => string): Text => ({ nl: f("nl"), en: f("en") });

/** What every kind of break is told with: the learner's words and the offers' titles and distances. */
interface BreakWords {
  prep: PreparedNetwork;
  learner: Learner & { barriers: string[] };
  ctx: BreakContext;
  links: PreparedNetwork["links"];
  orgName: (id: string) => string;
  theme: (lang: Lang) => string;
  who: (lang: Lang) => string;
  homeName: string | undefined;
  title: (id: string) => string;
  distance: (id: string) => number;
  byDistance: (a: string, b: string) => number;
  make: (kind: ChainBreak["kind"], offerings: string[], menders: string[], sentence: Text) => ChainBreak;
}

function breakWords(
  prep: PreparedNetwork,
  learner: Learner & { barriers: string[] },
  ctx: BreakContext,
): BreakWords {
  const { links, orgName } = prep;
  const theme = (lang: Lang) => vocabLabel("theme", learner.theme, lang);
  const who = (lang: Lang) => {
    const parts: string[] = [];
    if (learner.age !== undefined)
      parts.push(lang === "nl" ? `een ${learner.age}-jarige` : `a ${learner.age}-year-old`);
    if (learner.group) parts.push(vocabLabel("target_group", learner.group, lang));
    return parts.length ? (lang === "nl" ? ` voor ${parts.join(", ")}` : ` for ${parts.join(", ")}`) : "";
  };
  const homeName = prep.placeName(ctx.home);
  const title = (id: string) => {
    const o = links.offerings.get(id)!;
    return `'${o.title ?? id}' (${orgName(o.org_id)}${prep.placeName(prep.nisOf(id)) ? `, ${prep.placeName(prep.nisOf(id))}` : ""})`;
  };
  const distance = (id: string) =>
    distanceKm(ctx.home, prep.nisOf(id), links.orgs.get(links.offerings.get(id)!.org_id)) ??
    Number.POSITIVE_INFINITY;
  const byDistance = (a: string, b: string) => distance(a) - distance(b) || compareIds(a, b);
  const make = (
    kind: ChainBreak["kind"],
    offerings: string[],
    menders: string[],
    sentence: Text,
  ): ChainBreak => {
    const unique = [...new Set(menders)];
    return { kind, offerings, menders: unique, mender_names: unique.map(orgName), sentence };
  };
  return { prep, learner, ctx, links, orgName, theme, who, homeName, title, distance, byDistance, make };
}

export function explainBreaks(
  prep: PreparedNetwork,
  learner: Learner & { barriers: string[] },
  ctx: BreakContext,
): ChainBreak[] {
  const w = breakWords(prep, learner, ctx);
  const breaks: ChainBreak[] = [];
  if (ctx.fitting.length === 0) {
    noStart(w, breaks);
    return breaks;
  }
  if (ctx.home && ctx.nearby.length === 0) noStartNearby(w, breaks);
  destinationBreaks(w, breaks);
  allBlocked(w, breaks);
  return breaks;
}

/** No informal or non-formal offer on the passion anywhere; who works on the theme nearby. */
function noStart(w: BreakWords, breaks: ChainBreak[]): void {
  const { prep, learner, ctx, links, orgName, theme, who, make } = w;
  const orgs = [...links.orgs.values()]
    .filter(
      (o) =>
        o.themes.includes(learner.theme) &&
        proximityOf(ctx.home, prep.resolve(o.nis_code) ?? prep.resolve(o.municipality)) !== "further",
    )
    .map((o) => o.org_id)
    .sort((a, b) => compareIds(orgName(a), orgName(b)) || compareIds(a, b))
    .slice(0, 3);
  breaks.push(
    make(
      "no_start",
      [],
      orgs,
      both((lang) => {
        const base =
          lang === "nl"
            ? `Er is nergens een informeel of non-formeel aanbod rond ${theme(lang)}${who(lang)}.`
            : `There is no informal or non-formal offer on ${theme(lang)}${who(lang)} anywhere.`;
        if (orgs.length === 0) return base;
        const names = joinWords(orgs.map(orgName), lang);
        return lang === "nl"
          ? `${base} ${names} werk${orgs.length === 1 ? "t" : "en"} rond dit thema en kan een laagdrempelige start aanbieden.`
          : `${base} ${names} work${orgs.length === 1 ? "s" : ""} on this theme and could offer a low-threshold start.`;
      }),
    ),
  );
}

/** Starts exist, but none in or next to the learner's municipality; the nearest ones. */
function noStartNearby(w: BreakWords, breaks: ChainBreak[]): void {
  const { ctx, links, theme, who, homeName, title, distance, byDistance, make } = w;
  const nearest = [...ctx.fitting].sort(byDistance).slice(0, 3);
  const mobility = ctx.partners("mobility", [ctx.home]);
  breaks.push(
    make(
      "no_start_nearby",
      nearest,
      [...nearest.map((id) => links.offerings.get(id)!.org_id), ...mobility.slice(0, 2)],
      both((lang) =>
        lang === "nl"
          ? `Geen start rond ${theme(lang)}${who(lang)} in ${homeName} of een buurgemeente; de dichtste is ${title(nearest[0])}${Number.isFinite(distance(nearest[0])) ? `, ${String(distance(nearest[0])).replace(".", ",")} km` : ""}.`
          : `No start on ${theme(lang)}${who(lang)} in ${homeName} or a neighbouring municipality; the nearest is ${title(nearest[0])}${Number.isFinite(distance(nearest[0])) ? `, ${distance(nearest[0])} km away` : ""}.`,
      ),
    ),
  );
}

/** The destination the learner wants is not reached: dead-end starts, the nearest destination, unknown steps. */
function destinationBreaks(w: BreakWords, breaks: ChainBreak[]): void {
  const { learner, ctx, links } = w;
  // Is the destination the learner wants (formal learning by default) reachable at all?
  const wantNonFormal = learner.to === "non_formal";
  const isDestination = (id: string) => {
    const context = links.context.get(id)!;
    return wantNonFormal
      ? context === "non_formal"
      : isFormalDestination(context, links.offerings.get(id)!.recognition);
  };
  const reached = ctx.found.some((r) => r.length > 1 && isDestination(r[r.length - 1].offering_id));
  if (reached) return;
  const onward = (id: string) =>
    (links.out.get(id) ?? []).filter((l) => {
      const to = links.offerings.get(l.to)!;
      return (
        linkFitsTheme(l, to, learner.theme) &&
        audienceFit(to, learner.group, learner.age, links.orgs.get(to.org_id)) !== "no"
      );
    });
  const dead = ctx.starts.filter((id) => onward(id).length === 0);
  const startOrgs = [...new Set(ctx.starts.map((id) => links.offerings.get(id)!.org_id))].sort(compareIds);
  if (dead.length > 0) noOnwardStep(w, breaks, dead);
  noDestination(w, breaks, startOrgs, isDestination);
  unknownNextStep(w, breaks);
}

/** Starts with no onward step on the theme. */
function noOnwardStep(w: BreakWords, breaks: ChainBreak[], dead: string[]): void {
  const { links, theme, homeName, title, make } = w;
  const shown = dead.slice(0, 3);
  breaks.push(
    make(
      "no_onward_step",
      dead,
      shown.map((id) => links.offerings.get(id)!.org_id),
      both((lang) =>
        lang === "nl"
          ? `Er is een start rond ${theme(lang)}${homeName ? ` in of bij ${homeName}` : ""} (${joinWords(shown.map(title), lang)}${dead.length > 3 ? ` en ${dead.length - 3} andere` : ""}), maar zonder vervolgstap: het aanbod noemt geen doorstroom en de aanbieder heeft geen doorverwijzing, doorstroom of gezamenlijke activiteit met een aanbieder van een volgend niveau.`
          : `There is a ${theme(lang)} start${homeName ? ` in or near ${homeName}` : ""} (${joinWords(shown.map(title), lang)}${dead.length > 3 ? ` and ${dead.length - 3} more` : ""}) but no onward step: the offer names none and its provider has no referral, pathway or joint-activity tie to a provider of a next level.`,
      ),
    ),
  );
}

/** No destination on the theme at all, or the nearest one with its ties and possible brokers. */
function noDestination(
  w: BreakWords,
  breaks: ChainBreak[],
  startOrgs: string[],
  isDestination: (id: string) => boolean,
): void {
  const { prep, learner, links, orgName, theme, who, title, byDistance, make } = w;
  const wantNonFormal = learner.to === "non_formal";
  const destinations = [...links.offerings.keys()]
    .filter((id) => isDestination(id) && links.offerings.get(id)!.themes.includes(learner.theme))
    .filter((id) => {
      const o = links.offerings.get(id)!;
      return audienceFit(o, learner.group, learner.age, links.orgs.get(o.org_id)) !== "no";
    })
    .sort(byDistance);
  const aim = (lang: Lang) =>
    wantNonFormal ? (lang === "nl" ? "non-formeel" : "non-formal") : lang === "nl" ? "formeel" : "formal";
  if (destinations.length === 0) {
    breaks.push(
      make(
        "no_destination",
        [],
        startOrgs.slice(0, 3),
        both((lang) =>
          lang === "nl"
            ? `Er bestaat nergens een ${aim(lang)} aanbod rond ${theme(lang)}${wantNonFormal ? "" : " met erkenning"}${who(lang)}.`
            : `There is no ${aim(lang)} offer on ${theme(lang)}${wantNonFormal ? "" : " with recognition"}${who(lang)} anywhere.`,
        ),
      ),
    );
  } else {
    const d = destinations[0];
    const dOrg = links.offerings.get(d)!.org_id;
    const graph = prep.network.graph;
    const tied = startOrgs.filter(
      (s) => graph.hasNode(s) && graph.hasNode(dOrg) && (graph.hasEdge(s, dOrg) || graph.hasEdge(dOrg, s)),
    );
    const brokers = brokersBetween(prep, startOrgs, dOrg);
    breaks.push(
      make(
        "no_destination",
        [d],
        [dOrg, ...brokers.slice(0, 3), ...startOrgs.slice(0, 2)],
        both((lang) => {
          const head =
            lang === "nl"
              ? `Het dichtste ${aim(lang)} aanbod rond ${theme(lang)} is ${title(d)}`
              : `The nearest ${aim(lang)} ${theme(lang)} offer is ${title(d)}`;
          const tie =
            tied.length === 0
              ? lang === "nl"
                ? `; de aanbieder heeft geen enkele band met een aanbieder van een start rond ${theme(lang)}`
                : `, whose provider has no tie to any ${theme(lang)} start provider`
              : lang === "nl"
                ? `; de aanbieder is verbonden met ${joinWords(tied.slice(0, 3).map(orgName), lang)}, maar niet via doorverwijzing, doorstroom of een gezamenlijke activiteit naar dit aanbod`
                : `; its provider is tied to ${joinWords(tied.slice(0, 3).map(orgName), lang)}, but not through a referral, pathway or joint activity leading to this offer`;
          const via =
            brokers.length === 0
              ? ""
              : lang === "nl"
                ? `. ${joinWords(brokers.slice(0, 3).map(orgName), lang)} ${brokers.length === 1 ? "is met beide kanten verbonden en kan" : "zijn met beide kanten verbonden en kunnen"} de brug slaan`
                : `. ${joinWords(brokers.slice(0, 3).map(orgName), lang)} ${brokers.length === 1 ? "is" : "are"} tied to both sides and could build the bridge`;
          return `${head}${tie}${via}.`;
        }),
      ),
    );
  }
}

/** Onward steps named by a start that are not in the inventory (on this theme). */
function unknownNextStep(w: BreakWords, breaks: ChainBreak[]): void {
  const { ctx, links, title, make } = w;
  const unknown = links.unresolved.filter((u) => ctx.starts.includes(u.from));
  if (unknown.length > 0)
    breaks.push(
      make(
        "unknown_next_step",
        unknown.map((u) => u.from),
        unknown.map((u) => links.offerings.get(u.from)!.org_id),
        both((lang) =>
          lang === "nl"
            ? `${joinWords(
                unknown.slice(0, 3).map((u) => `${title(u.from)} noemt vervolgstap '${u.id}'`),
                lang,
              )}, maar die staat niet (met dit thema) in de inventaris.`
            : `${joinWords(
                unknown.slice(0, 3).map((u) => `${title(u.from)} names onward step '${u.id}'`),
                lang,
              )}, which is not in the inventory (on this theme).`,
        ),
      ),
    );
}

/** Every route found has a step the learner's barriers block: the steps to unblock first. */
function allBlocked(w: BreakWords, breaks: ChainBreak[]): void {
  const { learner, ctx, title, make } = w;
  const everyRouteBlocked =
    ctx.found.length > 0 && learner.barriers.length > 0 && ctx.found.every((r) => r.some((s) => s.blocked));
  if (!everyRouteBlocked) return;
  // The steps that block the fewest-blocked routes: the ones to unblock first.
  const fewest = Math.min(...ctx.found.map((r) => r.filter((s) => s.blocked).length));
  const steps = new Map<string, RouteStep>();
  for (const r of ctx.found)
    if (r.filter((s) => s.blocked).length === fewest)
      for (const s of r) if (s.blocked) steps.set(s.offering_id, s);
  const list = [...steps.values()].sort((a, b) => compareIds(a.offering_id, b.offering_id)).slice(0, 3);
  const menders = list.flatMap((s) =>
    s.checks.filter((c) => c.status === "blocked").flatMap((c) => c.partners.slice(0, 3)),
  );
  breaks.push(
    make(
      "all_blocked",
      list.map((s) => s.offering_id),
      [...list.map((s) => s.org_id), ...menders],
      both((lang) => {
        const parts = list.map(
          (s) =>
            `${title(s.offering_id)}: ${s.checks
              .filter((c) => c.status === "blocked")
              .map((c) => checkText(c, s, lang))
              .join("; ")}`,
        );
        return lang === "nl"
          ? `Elke route heeft een stap die je drempels blokkeren. ${parts.join(". ")}.`
          : `Every route has a step your barriers block. ${parts.join(". ")}.`;
      }),
    ),
  );
}

/** Organisations tied to the destination provider and to at least one start provider. */
export function brokersBetween(prep: PreparedNetwork, startOrgs: string[], destinationOrg: string): string[] {
  const graph = prep.network.graph;
  if (!graph.hasNode(destinationOrg)) return [];
  const starts = new Set(startOrgs);
  const count = new Map<string, number>();
  for (const b of new Set(graph.neighbors(destinationOrg))) {
    if (starts.has(b) || b === destinationOrg) continue;
    let n = 0;
    for (const s of new Set(graph.neighbors(b))) if (starts.has(s)) n++;
    if (n > 0) count.set(b, n);
  }
  return [...count.keys()].sort(
    (a, b) =>
      count.get(b)! - count.get(a)! || compareIds(prep.orgName(a), prep.orgName(b)) || compareIds(a, b),
  );
}
