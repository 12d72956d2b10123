export { checkBarrier, learnerGroups } from "./barrier-checks.ts";
export { type PathwayCell, type PathwayCoverage, type PathwayStatus, pathwayCoverage } from "./coverage.ts";
export {
  ageBands,
  audienceFit,
  DESTINATION_RECOGNITIONS,
  recognitionRank,
  resolveLearnerPlace,
} from "./offer-facts.ts";
export { ROUTE_SEARCH_LIMIT } from "./route-search.ts";
export { BARRIER_ALIASES, compareRoutes, findLearningRoutes, normaliseLearner } from "./routes.ts";
export { buildStepLinks, STEP_RELATION_TYPES, type StepLinks, type UnresolvedStep } from "./step-links.ts";
export type * from "./types.ts";
