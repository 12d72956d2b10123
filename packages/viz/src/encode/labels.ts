/** Which nodes always show their label: the most important ones by a metric (ties by id). */
export function labelCount(order: number): number {
  return Math.min(order, Math.max(6, Math.round(Math.sqrt(order) / 2)), 15);
}

export function topNodes(
  ids: readonly string[],
  scoreOf: (id: string) => number | null | undefined,
  count: number = labelCount(ids.length),
): Set<string> {
  const scored = ids.map((id) => {
    const v = scoreOf(id);
    return { id, v: typeof v === "number" && Number.isFinite(v) ? v : Number.NEGATIVE_INFINITY };
  });
  scored.sort((a, b) => b.v - a.v || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(scored.slice(0, count).map((s) => s.id));
}
