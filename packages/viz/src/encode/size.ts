/**
 * Node size by a metric with a square-root scale, so the drawn *area* grows with the value
 * (Cleveland & McGill 1984: people judge areas, not radii). Missing values get the minimum.
 */
export interface SizeRange {
  min: number;
  max: number;
}

export const DEFAULT_SIZE_RANGE: SizeRange = { min: 3, max: 16 };

export function sizeScale(
  values: ReadonlyArray<number | null | undefined>,
  range: SizeRange = DEFAULT_SIZE_RANGE,
): (value: number | null | undefined) => number {
  let max = 0;
  for (const v of values) if (typeof v === "number" && Number.isFinite(v) && v > max) max = v;
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || max === 0) return range.min;
    return range.min + (range.max - range.min) * Math.sqrt(Math.min(value, max) / max);
  };
}
