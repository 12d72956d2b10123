/**
 * The search behind `findLearningRoutes` (routes.ts): the starts that fit the passion (nearby ones
 * first), each step with its barrier checks, and a depth-first search over the onward-step links
 * (step-links.ts), bounded in length and in the number of routes and visits.
 */
import { compareIds } from "../view/graph-view.ts";
import { checkStep, type PartnerFinder } from "./barrier-checks.ts";
import { audienceFit, distanceKm, isFormalDestination, isLowThreshold, proximityOf } from "./offer-facts.ts";
import type { PreparedNetwork } from "./prepared.ts";
import { linkFitsTheme } from "./step-links.ts";
import type { Learner, RouteStep, StepLink } from "./types.ts";

/** Bounds that keep the search small on dense networks; reaching one sets `truncated`. */
export const ROUTE_SEARCH_LIMIT = 20_000;
/** Steps the search may visit in total (dense networks without destinations). */
export const ROUTE_VISIT_LIMIT = 500_000;

export type NormalisedLearner = Learner & { barriers: string[] };

export interface StartChoice {
  /** Low-threshold offers on the passion that fit the learner, anywhere. */
  fitting: string[];
  /** Those in the learner's municipality, a neighbour or an unknown place (all when no home). */
  nearby: string[];
  /** Where routes start: the nearby ones, or every fitting one when none is nearby. */
  starts: string[];
}

/** A route step for an offering reached over `link`, built once per (from, to, audience). */
export type StepMaker = (id: string, link: StepLink, audience: "fits" | "later") => RouteStep;

export function chooseStarts(
  prep: PreparedNetwork,
  learner: NormalisedLearner,
  home: string | undefined,
): StartChoice {
  const { links } = prep;
  const isStart = (id: string) => {
    const o = links.offerings.get(id)!;
    return (
      isLowThreshold(links.context.get(id)!) &&
      o.themes.includes(learner.theme) &&
      audienceFit(o, learner.group, learner.age, links.orgs.get(o.org_id)) === "fits"
    );
  };
  const fitting = [...links.offerings.keys()].filter(isStart).sort(compareIds);
  const near = (id: string) => {
    const p = proximityOf(home, prep.nisOf(id));
    return p === "own" || p === "neighbour" || p === "unknown";
  };
  const nearby = home ? fitting.filter(near) : fitting;
  const starts = nearby.length > 0 ? nearby : fitting;
  return { fitting, nearby, starts };
}

export function stepMaker(
  prep: PreparedNetwork,
  learner: NormalisedLearner,
  home: string | undefined,
  partners: PartnerFinder,
): StepMaker {
  const { links } = prep;
  const makeStep: StepMaker = (id, link, audience) => {
    const o = links.offerings.get(id)!;
    const org = links.orgs.get(o.org_id);
    const place = prep.nisOf(id);
    const proximity = proximityOf(home, place);
    const checks = checkStep(
      learner.barriers,
      o,
      proximity,
      learner.group,
      [place, home],
      partners,
      links.orgs,
    );
    return {
      offering_id: id,
      title: o.title,
      org_id: o.org_id,
      org_name: prep.orgName(o.org_id),
      learning_context: links.context.get(id)!,
      recognition: o.recognition ?? "none",
      themes: o.themes,
      nis_code: place,
      place: prep.placeName(place),
      proximity,
      distance_km: distanceKm(home, place, org),
      cost_eur: o.cost_eur,
      reduced_tariff: o.reduced_tariff === true,
      audience,
      link,
      checks,
      blocked: checks.some((c) => c.status === "blocked"),
    };
  };
  const stepCache = new Map<string, RouteStep>();
  return (id, link, audience) => {
    const k = `${link.from}\u0000${id}\u0000${audience}`;
    let s = stepCache.get(k);
    if (!s) {
      s = makeStep(id, link, audience);
      stepCache.set(k, s);
    }
    return s;
  };
}

/**
 * Every route from the starts, depth first, at most `maxSteps` steps: a route ends at the
 * destination the learner wants (formal learning by default), or, without a wish, where the chain
 * ends. Stops (and says `truncated`) at ROUTE_SEARCH_LIMIT routes or ROUTE_VISIT_LIMIT visits.
 */
export function searchRoutes(
  prep: PreparedNetwork,
  learner: NormalisedLearner,
  starts: string[],
  maxSteps: number,
  step: StepMaker,
): { found: RouteStep[][]; truncated: boolean } {
  const { links } = prep;
  const isEnd = (id: string, length: number) => {
    const context = links.context.get(id)!;
    if (learner.to === "non_formal") return length >= 2 && context === "non_formal";
    return isFormalDestination(context, links.offerings.get(id)!.recognition);
  };
  const found: RouteStep[][] = [];
  let truncated = false;
  let visits = 0;
  const path: RouteStep[] = [];
  const onPath = new Set<string>();
  const visit = (current: RouteStep) => {
    if (truncated) return;
    if (++visits > ROUTE_VISIT_LIMIT) {
      truncated = true;
      return;
    }
    path.push(current);
    onPath.add(current.offering_id);
    const id = current.offering_id;
    const ended = path.length > 1 && isEnd(id, path.length);
    let extended = false;
    if (!ended && path.length < maxSteps) {
      for (const link of links.out.get(id) ?? []) {
        if (onPath.has(link.to)) continue;
        const to = links.offerings.get(link.to)!;
        if (!linkFitsTheme(link, to, learner.theme)) continue;
        const audience = audienceFit(to, learner.group, learner.age, links.orgs.get(to.org_id));
        if (audience === "no") continue;
        extended = true;
        visit(step(link.to, link, audience));
        if (truncated) break;
      }
    }
    const wanted = learner.to === undefined ? ended || !extended : ended;
    if (wanted) {
      found.push([...path]);
      if (found.length >= ROUTE_SEARCH_LIMIT) truncated = true;
    }
    path.pop();
    onPath.delete(id);
  };
  for (const s of starts) {
    visit(step(s, { from: s, to: s, kind: "start", pathway_tie: false }, "fits"));
    if (truncated) break;
  }
  return { found, truncated };
}
