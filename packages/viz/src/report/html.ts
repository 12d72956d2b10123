/** Markup helpers for the server-rendered report: bilingual text and sortable tables. */
import { UI, type UiKey } from "../i18n/strings.ts";
import { sayBoth } from "../i18n/text.ts";
import type { Text } from "../model.ts";
import { escapeHtml } from "../text/escape.ts";

/** Both languages in the page; CSS shows the one chosen with the language switch. */
export function bi(text: Text): string {
  return `<span data-l="nl">${escapeHtml(text.nl)}</span><span data-l="en">${escapeHtml(text.en)}</span>`;
}

export function ui(key: UiKey): string {
  return bi(UI[key]);
}

export interface Cell {
  /** Already-escaped markup. */
  html: string;
  /** Numeric sort key. */
  v?: number;
}

export interface Column {
  head: Text;
  numeric?: boolean;
}

export const MAX_TABLE_ROWS = 300;

export function cell(text: string, v?: number): Cell {
  return { html: escapeHtml(text), v };
}

/** The column head on each cell, for the card layout of narrow screens (CSS shows it per language). */
function headAttrs(column: Column | undefined): string {
  if (!column) return "";
  return ` data-head-nl="${escapeHtml(column.head.nl)}" data-head-en="${escapeHtml(column.head.en)}"`;
}

export function sortableTable(id: string, caption: Text, columns: Column[], rows: Cell[][]): string {
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  const head = columns
    .map(
      (c) =>
        `<th scope="col"${c.numeric ? ' class="num"' : ""}><button type="button" class="sort">${bi(c.head)}<span class="sort-icon" aria-hidden="true"></span></button></th>`,
    )
    .join("");
  const body = shown
    .map(
      (row) =>
        `<tr>${row
          .map(
            (c, i) =>
              `<td${columns[i]?.numeric ? ' class="num"' : ""}${c.v !== undefined && Number.isFinite(c.v) ? ` data-v="${c.v}"` : ""}${headAttrs(columns[i])}>${c.html}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("\n");
  const note =
    rows.length > shown.length
      ? `<p class="muted">${bi(sayBoth(UI.truncated, { n: MAX_TABLE_ROWS }))}</p>`
      : "";
  return `<div class="table-wrap"><table id="${escapeHtml(id)}" class="sortable"><caption>${bi(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>${note}`;
}
