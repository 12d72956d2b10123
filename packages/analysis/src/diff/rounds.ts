/**
 * Comparing inventory rounds: two rounds give the full comparison (differences, movement, story);
 * more rounds give a series per metric over time plus the comparison of each consecutive pair.
 */
import type { EcoNetwork, Text } from "@ecolens/core";
import { type DiffCounts, type DiffOptions, diffNetworks, type NetworkDiff } from "./diff.ts";
import { type Movement, type MovementOptions, movement } from "./movement.ts";
import { ROUND_METRICS, type RoundMetricName, type RoundMetrics } from "./round-metrics.ts";
import { type DiffStory, diffStory } from "./sentences.ts";

export interface RoundComparison {
  diff: NetworkDiff;
  movement: Movement;
  story: DiffStory;
}

export type CompareOptions = DiffOptions & Omit<MovementOptions, "labels">;

export function compareRounds(
  oldNetwork: EcoNetwork,
  newNetwork: EcoNetwork,
  options: CompareOptions = {},
): RoundComparison {
  const diff = diffNetworks(oldNetwork, newNetwork, options);
  const move = movement(oldNetwork, newNetwork, diff.matching, { ...options, labels: diff.labels });
  return { diff, movement: move, story: diffStory(diff, move) };
}

export interface RoundSeries {
  labels: string[];
  rounds: RoundMetrics[];
  /** One line per metric: values[i] belongs to labels[i]. */
  series: Array<{ metric: RoundMetricName; values: Array<number | null> }>;
  /** Share of organisations with a formal ↔ informal tie, per municipality and round. */
  municipalities: Array<{ key: string; name: string | null; shares: Array<number | null> }>;
  /** Each consecutive pair: counts and sentences (the full diff of the last pair is `last`). */
  steps: Array<{ from: string; to: string; counts: DiffCounts; headline: Text[]; verdict_text: Text }>;
  last: RoundComparison;
}

export function diffRounds(
  networks: readonly EcoNetwork[],
  labels: readonly string[],
  options: Omit<CompareOptions, "labels"> = {},
): RoundSeries {
  if (networks.length < 2) throw new RangeError("ecolens/analysis diffRounds: give at least two rounds");
  if (labels.length !== networks.length)
    throw new RangeError(
      `ecolens/analysis diffRounds: ${networks.length} rounds but ${labels.length} labels`,
    );
  const comparisons: RoundComparison[] = [];
  for (let i = 0; i + 1 < networks.length; i++)
    comparisons.push(
      compareRounds(networks[i], networks[i + 1], {
        ...options,
        labels: { old: labels[i], new: labels[i + 1] },
      }),
    );
  const rounds = [comparisons[0].movement.rounds.old, ...comparisons.map((c) => c.movement.rounds.new)];
  const keys = new Map<string, string | null>();
  for (const r of rounds)
    for (const p of r.municipalities) if (!keys.has(p.key) || p.name) keys.set(p.key, p.name);
  return {
    labels: [...labels],
    rounds,
    series: ROUND_METRICS.map((metric) => ({ metric, values: rounds.map((r) => r.values[metric]) })),
    municipalities: [...keys]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, name]) => ({
        key,
        name,
        shares: rounds.map((r) => r.municipalities.find((p) => p.key === key)?.share ?? null),
      })),
    steps: comparisons.map((c) => ({
      from: c.diff.labels.old,
      to: c.diff.labels.new,
      counts: c.diff.counts,
      headline: c.story.headline,
      verdict_text: c.story.verdict_text,
    })),
    last: comparisons[comparisons.length - 1],
  };
}
