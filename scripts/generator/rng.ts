/**
 * Random helpers for the example generator, all driven by core's seeded mulberry32 (createRng),
 * so the same seed always gives the same files.
 */
import { createRng, type Rng } from "@ecolens/core";

export type { Rng };

/** An independent stream per generator stage, so changing one stage does not reshuffle the others. */
export function stageRng(seed: number, stage: string): Rng {
  let h = 2166136261 ^ seed;
  for (const ch of stage) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return createRng(h >>> 0);
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** Integer in [min, max] inclusive. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** Pick with the given non-negative weights. */
export function weightedPick<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

/** k distinct items, in the order drawn (partial Fisher-Yates on a copy). */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const copy = [...items];
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

/** Poisson draw (Knuth's multiplication method; fine for the small means used here). */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** A date (ISO yyyy-mm-dd) uniformly between two ISO dates, inclusive. */
export function dateBetween(rng: Rng, fromIso: string, toIso: string): string {
  const from = Date.parse(`${fromIso}T00:00:00Z`);
  const to = Date.parse(`${toIso}T00:00:00Z`);
  const days = Math.round((to - from) / 86400000);
  return new Date(from + intBetween(rng, 0, days) * 86400000).toISOString().slice(0, 10);
}
