/**
 * The report's "Learning paths" section (docs/learning-paths.md): the region's pathway coverage
 * (theme × target group) and example routes for the priority target groups. Each example learner
 * is a priority group with the theme that has the most low-threshold starts for that group, on
 * the way to formal learning, with the barrier that group most often meets (people in poverty:
 * cost; people with disabilities: physical access; newcomers: language; low digital skills:
 * online-only offers). The other groups are checked without a barrier.
 */
import {
  compareIds,
  findLearningRoutes,
  type Learner,
  type PathwayCoverage,
  pathwayCoverage,
} from "@ecolens/analysis";
import { type EcoNetwork, isPriorityTargetGroup, PRIORITY_TARGET_GROUPS } from "@ecolens/core";
import type { LearningExample, LearningPathsModel } from "@ecolens/viz";

/** The barrier an example learner of a priority group brings along. */
export const EXAMPLE_BARRIERS: Readonly<Record<string, readonly string[]>> = {
  people_in_poverty: ["financial"],
  people_with_disabilities: ["physical_accessibility"],
  non_native_newcomers: ["language"],
  low_digital_skills: ["digital"],
};
/** An age for groups defined by age (NEET: not in employment, education or training, 18-24). */
const EXAMPLE_AGE: Readonly<Record<string, number>> = { neet_youth: 19 };
/** Routes shown per example learner. */
const ROUTES_PER_EXAMPLE = 2;

export function learningPathsModel(
  network: EcoNetwork,
  coverage: PathwayCoverage = pathwayCoverage(network),
): LearningPathsModel | undefined {
  const region = coverage.cells.filter((c) => c.scope === "region");
  if (region.length === 0) return undefined;
  const priority = coverage.target_groups.filter(isPriorityTargetGroup);
  const examples: LearningExample[] = [];
  for (const group of PRIORITY_TARGET_GROUPS) {
    if (!priority.includes(group)) continue;
    const cells = region
      .filter((c) => c.target_group === group)
      .sort((a, b) => b.starts - a.starts || compareIds(a.theme, b.theme));
    if (cells.length === 0) continue;
    const learner: Learner = {
      theme: cells[0].theme,
      group,
      age: EXAMPLE_AGE[group],
      barriers: [...(EXAMPLE_BARRIERS[group] ?? [])],
      to: "formal",
    };
    const result = findLearningRoutes(network, learner, { top: ROUTES_PER_EXAMPLE });
    examples.push({
      id: `${group}--${learner.theme}`,
      learner: {
        theme: learner.theme,
        group,
        age: learner.age,
        barriers: learner.barriers ?? [],
      },
      summary: result.summary,
      routes: result.routes.map((r) => ({
        story: r.story,
        blocked_steps: r.blocked_steps,
        reaches_formal: r.reaches_formal,
        steps: r.steps.map((s) => ({
          org_id: s.org_id,
          org_name: s.org_name,
          offering_id: s.offering_id,
          title: s.title,
          learning_context: s.learning_context,
          recognition: s.recognition,
          place: s.place,
          blocked: s.blocked,
        })),
      })),
      breaks: result.breaks.map((b) => ({ sentence: b.sentence, menders: b.mender_names })),
    });
  }
  return {
    summary: coverage.summary,
    themes: coverage.themes,
    target_groups: coverage.target_groups,
    priority,
    cells: region.map((c) => ({
      theme: c.theme,
      target_group: c.target_group,
      status: c.status,
      starts: c.starts,
      routes: c.routes,
      routes_free: c.routes_free,
      sentence: c.sentence,
    })),
    examples,
  };
}
