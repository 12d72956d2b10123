/**
 * A minimal RFC 4180 row scanner over bytes for the fast edge-list path: quoted fields (with ""
 * escapes and line breaks inside), `,` `;` or TAB delimiters, \n, \r\n or \r line ends. It reports
 * fields as byte ranges in reused typed arrays, so scanning a row allocates nothing.
 */

export interface RowFields {
  /** Number of fields in the current row. */
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** 1 when the field was quoted and holds "" escapes (its bytes need unescaping). */
  escaped: Uint8Array;
  /** 1-based line on which the row starts. */
  line: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Calls `onRow` for every row that is not blank; stops when it returns false. Fields beyond
 * `maxFields` are ignored. Returns the byte position after the last row scanned.
 */
export function scanRows(
  bytes: Uint8Array,
  delimiter: number,
  maxFields: number,
  onRow: (row: RowFields) => boolean | undefined,
  from = 0,
): number {
  const row: RowFields = {
    count: 0,
    start: new Int32Array(maxFields),
    end: new Int32Array(maxFields),
    escaped: new Uint8Array(maxFields),
    line: 1,
  };
  const len = bytes.length;
  let pos = from;
  let line = 1;
  while (pos < len) {
    row.line = line;
    let count = 0;
    let rowDone = false;
    let blank = true;
    while (!rowDone) {
      let fs: number;
      let fe: number;
      let esc = 0;
      if (pos < len && bytes[pos] === QUOTE) {
        blank = false;
        fs = ++pos;
        for (;;) {
          if (pos >= len) {
            fe = pos;
            break;
          }
          const c = bytes[pos];
          if (c === QUOTE) {
            if (pos + 1 < len && bytes[pos + 1] === QUOTE) {
              esc = 1;
              pos += 2;
              continue;
            }
            fe = pos++;
            break;
          }
          if (c === LF) line++;
          pos++;
        }
        // Anything between the closing quote and the delimiter is dropped, as papaparse does.
        while (pos < len && bytes[pos] !== delimiter && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
      } else {
        fs = pos;
        while (pos < len) {
          const c = bytes[pos];
          if (c === delimiter || c === LF || c === CR) break;
          pos++;
        }
        fe = pos;
        if (fe > fs) blank = false;
      }
      if (count < maxFields) {
        row.start[count] = fs;
        row.end[count] = fe;
        row.escaped[count] = esc;
      }
      count++;
      if (pos >= len) rowDone = true;
      else if (bytes[pos] === delimiter) {
        pos++;
        blank = false;
      } else {
        if (bytes[pos] === CR && pos + 1 < len && bytes[pos + 1] === LF) pos++;
        pos++;
        line++;
        rowDone = true;
      }
    }
    if (blank) continue;
    row.count = Math.min(count, maxFields);
    if (onRow(row) === false) return pos;
  }
  return pos;
}
