/** Plain-text tables and sections for the terminal. */

export interface Column {
  header: string;
  align?: "left" | "right";
  /** Cut longer cells to this many characters (with an ellipsis). */
  max?: number;
}

/** Characters that could move the cursor or recolour a terminal become visible, not active. */
export function safeCell(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}

export function formatTable(columns: Column[], rows: unknown[][]): string {
  const cells = rows.map((row) =>
    columns.map((col, i) => {
      const text = safeCell(row[i]);
      return col.max && text.length > col.max ? `${text.slice(0, col.max - 1)}…` : text;
    }),
  );
  const widths = columns.map((col, i) => Math.max(col.header.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i].align === "right" ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map(line),
  ].join("\n");
}

export function heading(title: string): string {
  return `\n${title}\n${"=".repeat(Math.min(title.length, 80))}`;
}

/** A number for people: up to `digits` decimals, no trailing zeros. */
export function fmt(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  return String(Number(value.toFixed(digits)));
}

export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "–";
  return `${Math.round(share * 100)}%`;
}
