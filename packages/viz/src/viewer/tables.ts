/**
 * Sortable tables: each header holds a button (so it is reachable with Tab and works with Enter
 * or Space); aria-sort tells screen readers the order. Cells may carry data-v for a numeric sort.
 */
export function makeSortable(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th")];
  headers.forEach((th, column) => {
    const button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      sortRows(table, column, ascending);
    });
  });
}

function cellKey(row: HTMLTableRowElement, column: number): string | number {
  const cell = row.cells[column];
  if (!cell) return "";
  const v = cell.dataset.v;
  if (v !== undefined && v !== "" && Number.isFinite(Number(v))) return Number(v);
  // biome-ignore lint/performance/useDomNodeTextContent: innerText leaves out the hidden span of the other language, so rows sort by the text on screen
  return (cell.innerText || cell.textContent || "").trim().toLowerCase();
}

export function sortRows(table: HTMLTableElement, column: number, ascending: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows].map((row, i) => ({ row, key: cellKey(row, column), i }));
  rows.sort((a, b) => {
    let c: number;
    if (typeof a.key === "number" && typeof b.key === "number") c = a.key - b.key;
    else c = String(a.key).localeCompare(String(b.key));
    return (ascending ? c : -c) || a.i - b.i;
  });
  for (const { row } of rows) body.append(row);
}
