/**
 * `findLearningRoutes`: from a learner's passion to ranked routes through the ecosystem
 * (docs/learning-paths.md). A depth-first search over the onward-step links (step-links.ts) from
 * every low-threshold start that fits the passion, bounded in length and in the number of routes.
 * The idea of a personal learning path that moves from informal and non-formal contexts towards
 * recognised learning follows the ESF "Leerecosystemen" programme text and CEDEFOP's formal /
 * non-formal / informal distinction (inventory-format §2.4); the ranking is our own, documented.
 */
import { type EcoNetwork, matchVocabulary, type Text } from "@ecolens/core";
import { say, text, wholeNumber } from "../messages/index.ts";
import { compareIds } from "../view/graph-view.ts";
import { learnerGroups, partnerFinder } from "./barrier-checks.ts";
import { explainBreaks } from "./breaks.ts";
import { isFormalDestination, recognitionRank } from "./offer-facts.ts";
import { prepareNetwork } from "./prepared.ts";
import { chooseStarts, searchRoutes, stepMaker } from "./route-search.ts";
import { routeStory } from "./stories.ts";
import type { Learner, Route, RouteOptions, RouteResult, RouteStep } from "./types.ts";

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
  const home = prep.resolve(learner.municipality);
  const groups = learnerGroups(learner.group, learner.age);
  const partners = partnerFinder(network, groups, prep.links.orgs, prep.resolve);
  const step = stepMaker(prep, learner, home, partners);
  const { fitting, nearby, starts } = chooseStarts(prep, learner, home);
  const { found, truncated } = searchRoutes(prep, learner, starts, maxSteps, step);

  // Without a destination, starts that lead nowhere are no route as long as real routes exist
  // (they are reported as breaks instead).
  const longer = found.some((r) => r.length > 1);
  const shown = learner.to === undefined && longer ? found.filter((r) => r.length > 1) : found;
  const routes = shown
    .map(toRoute)
    .sort(compareRoutes)
    .slice(0, top)
    .map((r, i): Route => ({ ...r, rank: i + 1, story: routeStory(r, prep.orgName) }));
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

function toRoute(steps: RouteStep[]): Omit<Route, "story"> {
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
  };
}

/** Fewer blocked steps, then a formal destination, a higher recognition, fewer steps, closer, ids. */
export function compareRoutes(a: Omit<Route, "story">, b: Omit<Route, "story">): number {
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
  if (routes.length === 0) return text("paths.summary.none");
  const free = routes.filter((r) => r.blocked_steps === 0).length;
  const formal = routes.filter((r) => r.reaches_formal).length;
  return text("paths.summary", (lang) => ({
    found: wholeNumber(found, lang),
    n: found,
    aim: to === "non_formal" ? say("paths.summary.to_non_formal", lang) : "",
    best: routes.length,
    free,
    formal,
    breaks: breaks > 0 ? say("paths.summary.see_breaks", lang) : "",
  }));
}
