/**
 * Limits for workbooks from outside (a workbook is a zip; docs/decisions/0005-xlsx-library.md).
 * They are checked on the sizes the zip's central directory declares, BEFORE anything is inflated,
 * and inflating never writes past the declared size, so a zip bomb costs no memory.
 * An inventory of a few thousand organisations and relations uses well under 1% of each limit.
 */
export const XLSX_LIMITS = {
  /** Uncompressed bytes of one part (one sheet's XML, the shared strings, ...). */
  maxEntryBytes: 32 * 1024 * 1024,
  /** Uncompressed bytes of all parts together. */
  maxTotalBytes: 96 * 1024 * 1024,
  /** Parts in the zip. */
  maxEntries: 1000,
  /** Cells in all sheets together. */
  maxCells: 1_000_000,
  /**
   * Rows x columns of one sheet's table, empty cells included (they are written out): one cell in
   * column XFD next to 100,000 short rows would otherwise make 1.6 billion cells.
   */
  maxGridCells: 5_000_000,
  /**
   * Characters of cell text in all sheets together, a shared string counted each time a cell uses
   * it (20,000 cells pointing at one 1 MB string would otherwise make 20 GB of text).
   */
  maxTextChars: 32 * 1024 * 1024,
  /** Uncompressed / compressed size of one part (XML compresses ~10-20x; bombs 1000x and more). */
  maxRatio: 200,
} as const;

export type XlsxLimits = { [K in keyof typeof XLSX_LIMITS]: number };
