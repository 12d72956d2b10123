/**
 * Where a learner's chain breaks and who could mend it: no start for the passion (nearby), starts
 * without an onward step, no destination reachable (with the nearest destination, whether its
 * provider has any tie to a start provider, and the brokers tied to both), onward steps that name
 * nothing, and routes that every barrier check blocks (with the partners working on the barrier).
 */
import type { Lang, Text } from "@ecolens/core";
import { decimalMark, joinList, type Params, say, text } from "../messages/index.ts";
import { vocabLabel } from "../text/labels.ts";
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

/** The destination a learner aims at: formal learning unless they asked for non-formal. */
const aimOf = (wantNonFormal: boolean, lang: Lang) =>
  say(wantNonFormal ? "paths.aim.non_formal" : "paths.aim.formal", lang);

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
    if (learner.age !== undefined) parts.push(say("paths.who.age", lang, { age: learner.age }));
    if (learner.group) parts.push(vocabLabel("target_group", learner.group, lang));
    return parts.length ? say("paths.who", lang, { parts: parts.join(", ") }) : "";
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
        const base = say("paths.break.no_start", lang, { theme: theme(lang), who: who(lang) });
        if (orgs.length === 0) return base;
        const names = joinList(orgs.map(orgName), lang);
        return `${base} ${say("paths.break.no_start.who_could", lang, { names, n: orgs.length })}`;
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
      text("paths.break.no_start_nearby", (lang) => {
        const km = distance(nearest[0]);
        return {
          theme: theme(lang),
          who: who(lang),
          home: String(homeName),
          nearest: title(nearest[0]),
          distance: Number.isFinite(km)
            ? say("paths.distance", lang, { km: decimalMark(String(km), lang) })
            : "",
        };
      }),
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
      text("paths.break.no_onward_step", (lang) => ({
        theme: theme(lang),
        near: homeName ? say("paths.near_home", lang, { home: homeName }) : "",
        starts: joinList(shown.map(title), lang),
        more: dead.length > 3 ? say("paths.more", lang, { n: dead.length - 3 }) : "",
      })),
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
  const aim = (lang: Lang) => aimOf(wantNonFormal, lang);
  if (destinations.length === 0) {
    breaks.push(
      make(
        "no_destination",
        [],
        startOrgs.slice(0, 3),
        text("paths.break.no_destination", (lang) => ({
          aim: aim(lang),
          theme: theme(lang),
          recognition: wantNonFormal ? "" : say("paths.with_recognition", lang),
          who: who(lang),
        })),
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
          const head = say("paths.break.nearest_destination", lang, {
            aim: aim(lang),
            theme: theme(lang),
            title: title(d),
          });
          const names = (ids: string[]): Params => ({ names: joinList(ids.slice(0, 3).map(orgName), lang) });
          const tie =
            tied.length === 0
              ? say("paths.break.untied", lang, { theme: theme(lang) })
              : say("paths.break.tied_otherwise", lang, names(tied));
          const via =
            brokers.length === 0
              ? ""
              : say("paths.break.brokers", lang, { ...names(brokers), n: brokers.length });
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
        text("paths.break.unknown_next_step", (lang) => ({
          steps: joinList(
            unknown
              .slice(0, 3)
              .map((u) => say("paths.break.unknown_step", lang, { title: title(u.from), id: u.id })),
            lang,
          ),
        })),
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
      text("paths.break.all_blocked", (lang) => ({
        steps: list
          .map(
            (s) =>
              `${title(s.offering_id)}: ${s.checks
                .filter((c) => c.status === "blocked")
                .map((c) => checkText(c, s, lang))
                .join("; ")}`,
          )
          .join(". "),
      })),
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
