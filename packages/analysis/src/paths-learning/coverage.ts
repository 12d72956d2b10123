/**
 * Pathway coverage of a whole ecosystem (docs/learning-paths.md): for every theme × target group,
 * for the region and per municipality, does any route lead from an informal or non-formal start
 * to a formal offer with recognition, how many, and where do chains break: starts with no onward
 * step, start providers with no tie at all to a provider of the next level, and routes blocked by
 * a barrier that is signalled for the group and place but has no committed partner.
 * Routes follow the same onward-step links as `findLearningRoutes` (breadth-first, shortest route
 * per start and destination, at most `maxSteps` steps).
 */
import { type EcoNetwork, isPriorityTargetGroup, type Lang, type Text } from "@ecolens/core";
import { say, text } from "../messages/index.ts";
import { vocabLabel } from "../text/labels.ts";
import { compareIds } from "../view/graph-view.ts";
import {
  blockedSteps,
  routesPerStart,
  type StartRoutes,
  type UncoveredBarrier,
  uncoveredBarriers,
  unlinkedProviders,
} from "./coverage-search.ts";
import { audienceFit, isFormalDestination, isLowThreshold } from "./offer-facts.ts";
import { type PreparedNetwork, prepareNetwork } from "./prepared.ts";

export type PathwayStatus = "no_route" | "blocked" | "no_start" | "route";

export interface PathwayCell {
  /** "region" or a NIS code (the place of the start offers). */
  scope: string;
  municipality?: string;
  theme: string;
  target_group: string;
  priority: boolean;
  status: PathwayStatus;
  /** Informal / non-formal offers on the theme for the group (listing it or everyone). */
  starts: number;
  starts_with_route: number;
  /** Distinct (start, formal destination) pairs that are connected. */
  routes: number;
  /** Routes with no step blocked by an uncovered barrier. */
  routes_free: number;
  destinations: string[];
  /** Starts with no onward step on this theme at all. */
  dead_end_starts: string[];
  /** Providers of starts without a route that have no tie to any provider of a formal destination on the theme. */
  unlinked_providers: string[];
  /** Steps on routes blocked by an open barrier of the group with no committed partner. */
  blocked_steps: Array<{ offering_id: string; barrier_id: string; barrier_type: string }>;
  sentence: Text;
}

export interface PathwayCoverage {
  themes: string[];
  target_groups: string[];
  /** Region cells first, then per municipality; within a scope the problems first. */
  cells: PathwayCell[];
  region_cells: number;
  region_cells_with_route: number;
  summary: Text;
}

const STATUS_ORDER: Record<PathwayStatus, number> = { no_route: 0, blocked: 1, no_start: 2, route: 3 };

export function pathwayCoverage(network: EcoNetwork, options: { maxSteps?: number } = {}): PathwayCoverage {
  const maxSteps = Math.max(2, Math.floor(options.maxSteps ?? 4));
  const prep = prepareNetwork(network);
  const { links } = prep;
  const ids = [...links.offerings.keys()].sort(compareIds);
  const themes = [...new Set(ids.flatMap((id) => links.offerings.get(id)!.themes))]
    .filter(countable)
    .sort(compareIds);
  const groups = [...new Set(ids.flatMap((id) => links.offerings.get(id)!.target_groups))]
    .filter((g) => countable(g) && g !== "general_public")
    .sort(compareIds);
  const uncovered = uncoveredBarriers(prep);
  const cells: PathwayCell[] = [];
  for (const theme of themes)
    for (const group of groups) cells.push(...themeGroupCells(prep, ids, theme, group, uncovered, maxSteps));
  cells.sort(
    (a, b) =>
      Number(b.scope === "region") - Number(a.scope === "region") ||
      compareIds(a.scope, b.scope) ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Number(b.priority) - Number(a.priority) ||
      compareIds(a.theme, b.theme) ||
      compareIds(a.target_group, b.target_group),
  );
  const region = cells.filter((c) => c.scope === "region");
  const withRoute = region.filter((c) => c.status === "route").length;
  return {
    themes,
    target_groups: groups,
    cells,
    region_cells: region.length,
    region_cells_with_route: withRoute,
    summary: text("paths.coverage.summary", { with: withRoute, total: region.length }),
  };
}

/** One theme × target group with what its cells are made of. */
interface ThemeGroup {
  theme: string;
  group: string;
  perStart: Map<string, StartRoutes>;
  destinationOrgs: Set<string>;
  destinations: number;
  groupBarriers: UncoveredBarrier[];
}

/** The cells of one theme × target group: the region, then every place with a start. */
function themeGroupCells(
  prep: PreparedNetwork,
  ids: string[],
  theme: string,
  group: string,
  uncovered: UncoveredBarrier[],
  maxSteps: number,
): PathwayCell[] {
  const { links } = prep;
  const isStart = (id: string) => {
    const o = links.offerings.get(id)!;
    return (
      isLowThreshold(links.context.get(id)!) &&
      o.themes.includes(theme) &&
      (o.target_groups.includes(group) || o.target_groups.includes("general_public"))
    );
  };
  const starts = ids.filter(isStart);
  const destinationsOnTheme = ids.filter((id) => {
    const o = links.offerings.get(id)!;
    return (
      isFormalDestination(links.context.get(id)!, o.recognition) &&
      o.themes.includes(theme) &&
      audienceFit(o, group, undefined, links.orgs.get(o.org_id)) !== "no"
    );
  });
  // A combination without starts is only worth a row when a destination names the group.
  const named = destinationsOnTheme.some((id) => links.offerings.get(id)!.target_groups.includes(group));
  if (starts.length === 0 && !named) return [];
  const destinationOrgs = new Set(destinationsOnTheme.map((id) => links.offerings.get(id)!.org_id));
  const groupBarriers = uncovered.filter(
    (b) => b.target_group === group || b.target_group === "general_public",
  );
  const perStart = routesPerStart(prep, starts, theme, group, maxSteps);
  const scopes = new Map<string, string[]>([["region", starts]]);
  for (const s of starts) {
    const nis = prep.nisOf(s);
    if (nis) scopes.set(nis, [...(scopes.get(nis) ?? []), s]);
  }
  const tg: ThemeGroup = {
    theme,
    group,
    perStart,
    destinationOrgs,
    destinations: destinationsOnTheme.length,
    groupBarriers,
  };
  return [...scopes].map(([scope, scoped]) => scopeCell(prep, tg, scope, scoped));
}

/** One cell: the routes from the starts of one scope (the region or a municipality). */
function scopeCell(prep: PreparedNetwork, tg: ThemeGroup, scope: string, scoped: string[]): PathwayCell {
  const { theme, group, perStart } = tg;
  const routes = scoped.flatMap((s) => perStart.get(s)!.routes);
  const { free, blocked } = blockedSteps(prep, routes, scope, group, tg.groupBarriers);
  const withRoute = scoped.filter((s) => perStart.get(s)!.routes.length > 0);
  const withoutRoute = scoped.filter((s) => perStart.get(s)!.routes.length === 0);
  const unlinked = unlinkedProviders(
    prep.network.graph,
    prep.links.offerings,
    withoutRoute,
    tg.destinationOrgs,
  );
  const status: PathwayStatus =
    scoped.length === 0 ? "no_start" : routes.length === 0 ? "no_route" : free === 0 ? "blocked" : "route";
  const cell: Omit<PathwayCell, "sentence"> = {
    scope,
    municipality: scope === "region" ? undefined : prep.placeName(scope),
    theme,
    target_group: group,
    priority: isPriorityTargetGroup(group),
    status,
    starts: scoped.length,
    starts_with_route: withRoute.length,
    routes: routes.length,
    routes_free: free,
    destinations: [...new Set(routes.map((r) => r[r.length - 1]))].sort(compareIds),
    dead_end_starts: scoped.filter((s) => perStart.get(s)!.dead),
    unlinked_providers: unlinked,
    blocked_steps: blocked,
  };
  return {
    ...cell,
    sentence: {
      nl: cellSentence(cell, tg.destinations, "nl"),
      en: cellSentence(cell, tg.destinations, "en"),
    },
  };
}

const countable = (c: string) => c !== "" && c !== "other" && !c.startsWith("other:");

function cellSentence(c: Omit<PathwayCell, "sentence">, destinations: number, lang: Lang): string {
  const where = c.municipality
    ? say("paths.cell.in", lang, { place: c.municipality })
    : say("paths.cell.in_region", lang);
  const head = say("paths.cell.head", lang, {
    theme: upper(vocabLabel("theme", c.theme, lang)),
    group: vocabLabel("target_group", c.target_group, lang),
    where,
  });
  if (c.status === "no_start") return head + say("paths.cell.no_start", lang, { n: destinations });
  const parts: string[] = [];
  if (c.routes === 0) parts.push(say("paths.cell.no_route", lang, { n: c.starts }));
  else
    parts.push(
      say("paths.cell.routes", lang, {
        with: c.starts_with_route,
        starts: c.starts,
        routes: c.routes,
        free: c.routes_free,
      }),
    );
  if (c.dead_end_starts.length > 0)
    parts.push(say("paths.cell.dead_ends", lang, { n: c.dead_end_starts.length }));
  if (c.unlinked_providers.length > 0)
    parts.push(say("paths.cell.unlinked", lang, { n: c.unlinked_providers.length }));
  if (destinations === 0) parts.push(say("paths.cell.no_destination", lang));
  if (c.blocked_steps.length > 0) {
    const types = [...new Set(c.blocked_steps.map((b) => vocabLabel("barrier_type", b.barrier_type, lang)))];
    parts.push(say("paths.cell.blocked", lang, { types: types.join(", ") }));
  }
  return `${head}${parts.join("; ")}.`;
}

const upper = (s: string) => (s === "" ? s : s[0].toUpperCase() + s.slice(1));
