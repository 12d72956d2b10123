/** How nl-BE Excel shows values in a CSV export: decimal comma, d/mm/yyyy dates, ja/nee. */

/** ISO yyyy-mm-dd -> d/mm/yyyy (day without, month with a leading zero, as nl-BE Excel writes). */
export function nlDate(iso: string | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${Number(d)}/${m}/${y}`;
}

/** A number with a decimal comma and at most `decimals` decimals (trailing zeros dropped). */
export function nlNumber(value: number | undefined, decimals = 2): string {
  if (value === undefined) return "";
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  return trimmed.replace(".", ",");
}

export function jaNee(value: boolean | undefined): string {
  return value === undefined ? "" : value ? "ja" : "nee";
}

/** Multi-valued cell: the canonical `|` separator. */
export function multi(values: readonly string[] | undefined): string {
  return values ? values.join("|") : "";
}

export function int(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}
