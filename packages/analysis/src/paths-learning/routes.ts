/**
 * `findLearningRoutes`: from a learner's passion to ranked routes through the ecosystem
 * (docs/learning-paths.md). A depth-first search over the onward-step links (step-links.ts) from
 * every low-threshold start that fits the passion, bounded in length and in the number of routes.
 * The idea of a personal learning path that moves from informal and non-formal contexts towards
 * recognised learning follows the ESF "Leerecosystemen" programme text and CEDEFOP's formal /
 * non-formal / informal distinction (inventory-format §2.4); the ranking is our own, documented.
 */
import { type EcoNetwork, matchVocabulary, type Text } from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";
import { checkStep, learnerGroups, partnerFinder } from "./barrier-checks.ts";
import { explainBreaks } from "./breaks.ts";
import {
  audienceFit,
  distanceKm,
  isFormalDestination,
  isLowThreshold,
  offeringNis,
  placeResolver,
  proximityOf,
  recognitionRank,
} from "./offer-facts.ts";
import { buildStepLinks, linkFitsTheme, type StepLinks } from "./step-links.ts";
import { routeStory } from "./stories.ts";
import type { Learner, Route, RouteOptions, RouteResult, RouteStep, StepLink } from "./types.ts";

/** Bounds that keep the search small on dense networks; reaching one sets `truncated`. */
export const ROUTE_SEARCH_LIMIT = 20_000;
/** Steps the search may visit in total (dense networks without destinations). */
export const ROUTE_VISIT_LIMIT = 500_000;

export interface PreparedNetwork {
  network: EcoNetwork;
  links: StepLinks;
  resolve: (text: string | undefined) => string | undefined;
  nisOf: (offeringId: string) => string | undefined;
  placeName: (nis: string | undefined) => string | undefined;
  orgName: (id: string) => string;
}

const prepared = new WeakMap<EcoNetwork, PreparedNetwork>();

/** Links and places of a network, computed once and shared by routes and coverage. */
export function prepareNetwork(network: EcoNetwork): PreparedNetwork {
  const hit = prepared.get(network);
  if (hit) return hit;
  const links = buildStepLinks(network);
  const resolve = placeResolver(network);
  const nis = new Map<string, string | undefined>();
  for (const o of links.offerings.values())
    nis.set(o.offering_id, offeringNis(o, links.orgs.get(o.org_id), resolve));
  const names = new Map<string, string>();
  for (const o of network.organisations) {
    const n = resolve(o.nis_code) ?? resolve(o.municipality);
    if (n && o.municipality && !/^\d+$/.test(o.municipality)) names.set(n, o.municipality);
  }
  for (const m of network.municipalities) names.set(m.nis_code, m.name_nl);
  const result: PreparedNetwork = {
    network,
    links,
    resolve,
    nisOf: (id) => nis.get(id),
    placeName: (n) => (n === undefined ? undefined : (names.get(n) ?? n)),
    orgName: (id) => links.orgs.get(id)?.name ?? id,
  };
  prepared.set(network, result);
  return result;
}

/** The learner's codes: theme, group and barriers as canonical codes (labels accepted). */
export function normaliseLearner(learner: Learner): Learner & { barriers: string[] } {
  const barrier = (b: string) =>
    BARRIER_ALIASES.get(b.trim().toLowerCase()) ?? matchVocabulary("barrier_type", b) ?? b;
  return {
    ...learner,
    theme: matchVocabulary("theme", learner.theme) ?? learner.theme,
    group:
      learner.group === undefined
        ? undefined
        : (matchVocabulary("target_group", learner.group) ?? learner.group),
    barriers: [...new Set((learner.barriers ?? []).map(barrier))].sort(compareIds),
  };
}

/** Words people use for "too far" that the barrier vocabulary files under mobility. */
export const BARRIER_ALIASES = new Map([
  ["transport", "mobility"],
  ["distance", "mobility"],
  ["afstand", "mobility"],
  ["physical", "physical_accessibility"],
  ["wheelchair", "physical_accessibility"],
  ["rolstoel", "physical_accessibility"],
]);

export function findLearningRoutes(
  network: EcoNetwork,
  input: Learner,
  options: RouteOptions = {},
): RouteResult {
  const top = Math.max(1, Math.floor(options.top ?? 5));
  const maxSteps = Math.max(1, Math.floor(options.maxSteps ?? 4));
  const learner = normaliseLearner(input);
  const prep = prepareNetwork(network);
  const { links } = prep;
  const home = prep.resolve(learner.municipality);
  const groups = learnerGroups(learner.group, learner.age);
  const partners = partnerFinder(network, groups, links.orgs, prep.resolve);

  const makeStep = (id: string, link: StepLink, audience: "fits" | "later"): RouteStep => {
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

  const isEnd = (id: string, length: number) => {
    const context = links.context.get(id)!;
    if (learner.to === "non_formal") return length >= 2 && context === "non_formal";
    return isFormalDestination(context, links.offerings.get(id)!.recognition);
  };
  const stepCache = new Map<string, RouteStep>();
  const cachedStep = (id: string, link: StepLink, audience: "fits" | "later") => {
    const k = `${link.from}\u0000${id}\u0000${audience}`;
    let s = stepCache.get(k);
    if (!s) {
      s = makeStep(id, link, audience);
      stepCache.set(k, s);
    }
    return s;
  };

  const found: RouteStep[][] = [];
  let truncated = false;
  let visits = 0;
  const path: RouteStep[] = [];
  const onPath = new Set<string>();
  const visit = (step: RouteStep) => {
    if (truncated) return;
    if (++visits > ROUTE_VISIT_LIMIT) {
      truncated = true;
      return;
    }
    path.push(step);
    onPath.add(step.offering_id);
    const id = step.offering_id;
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
        visit(cachedStep(link.to, link, audience));
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
    visit(cachedStep(s, { from: s, to: s, kind: "start", pathway_tie: false }, "fits"));
    if (truncated) break;
  }

  // Without a destination, starts that lead nowhere are no route as long as real routes exist
  // (they are reported as breaks instead).
  const longer = found.some((r) => r.length > 1);
  const shown = learner.to === undefined && longer ? found.filter((r) => r.length > 1) : found;
  const routes = shown.map(toRoute).sort(compareRoutes).slice(0, top);
  routes.forEach((r, i) => {
    r.rank = i + 1;
    r.story = routeStory(r, prep.orgName);
  });
  const breaks = explainBreaks(prep, learner, { home, fitting, nearby, starts, found: shown, partners });
  return {
    learner: {
      theme: learner.theme,
      group: learner.group,
      age: learner.age,
      nis_code: home,
      municipality: prep.placeName(home) ?? learner.municipality,
      barriers: learner.barriers,
      to: learner.to,
    },
    starts: starts.length,
    routes_found: shown.length,
    truncated,
    routes,
    breaks,
    summary: summary(shown.length, routes, breaks.length, learner.to),
  };
}

function toRoute(steps: RouteStep[]): Route {
  const last = steps[steps.length - 1];
  const known = steps.map((s) => s.distance_km);
  return {
    rank: 0,
    steps,
    blocked_steps: steps.filter((s) => s.blocked).length,
    recognition: steps.reduce(
      (best, s) => (recognitionRank(s.recognition) > recognitionRank(best) ? s.recognition : best),
      "none",
    ),
    reaches_formal: steps.length > 1 && isFormalDestination(last.learning_context, last.recognition),
    total_km: known.every((d) => d !== undefined)
      ? Math.round(known.reduce((a, d) => a + (d ?? 0), 0) * 10) / 10
      : undefined,
    story: { nl: "", en: "" },
  };
}

/** Fewer blocked steps, then a formal destination, a higher recognition, fewer steps, closer, ids. */
export function compareRoutes(a: Route, b: Route): number {
  return (
    a.blocked_steps - b.blocked_steps ||
    Number(b.reaches_formal) - Number(a.reaches_formal) ||
    recognitionRank(b.recognition) - recognitionRank(a.recognition) ||
    a.steps.length - b.steps.length ||
    (a.total_km ?? Number.POSITIVE_INFINITY) - (b.total_km ?? Number.POSITIVE_INFINITY) ||
    compareIds(a.steps.map((s) => s.offering_id).join("|"), b.steps.map((s) => s.offering_id).join("|"))
  );
}

function summary(found: number, routes: Route[], breaks: number, to: Learner["to"]): Text {
  if (routes.length === 0)
    return {
      nl: "Geen route gevonden; hieronder waar de keten breekt en wie ze kan herstellen.",
      en: "No route found; below is where the chain breaks and who could mend it.",
    };
  const free = routes.filter((r) => r.blocked_steps === 0).length;
  const formal = routes.filter((r) => r.reaches_formal).length;
  const aim =
    to === "non_formal"
      ? { nl: " naar non-formeel leren", en: " into non-formal learning" }
      : { nl: "", en: "" };
  return {
    nl: `${found.toLocaleString("nl-BE")} route${found === 1 ? "" : "s"}${aim.nl} gevonden; de beste ${routes.length}: ${free} zonder blokkerende drempel, ${formal} tot formeel leren met erkenning.${breaks > 0 ? " Zie ook waar de keten breekt." : ""}`,
    en: `${found.toLocaleString("en-GB")} route${found === 1 ? "" : "s"}${aim.en} found; the best ${routes.length}: ${free} without a blocking barrier, ${formal} into formal learning with recognition.${breaks > 0 ? " See also where the chain breaks." : ""}`,
  };
}
