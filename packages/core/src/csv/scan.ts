/**
 * Quote-aware split of CSV text into logical lines (one spreadsheet row each), following the same
 * quote rules as papaparse 5 (a quote opens a field only at the field's start; `""` is an escaped
 * quote; a closing quote must be followed by optional spaces and then a delimiter or line end, or
 * be the last character). Line ends outside quotes may be CRLF, LF or CR (old Mac Excel); joining
 * the lines with "\n" gives text with uniform line ends, so papaparse never has to guess.
 */

export interface LogicalLines {
  /** Raw text of each line; quoted line breaks inside a line are kept as they were. */
  lines: string[];
  /** Per line, how often each of `countChars` occurs outside quotes. */
  counts: number[][];
  /** Index of the line whose quote is never closed (the rest of the text belongs to it). */
  unclosedLine?: number;
  /** The last line ended with a line end (outside quotes). */
  terminated: boolean;
}

/**
 * The lines joined with "\n", with a final "\n" if the text had one: papaparse must see the line
 * end after a closing quote, or `"x" ` + EOF would read as an unterminated quote.
 */
export function unifiedText(scanned: LogicalLines): string {
  return scanned.lines.join("\n") + (scanned.terminated ? "\n" : "");
}

const isLineEnd = (ch: string | undefined): boolean => ch === "\n" || ch === "\r";

/**
 * @param isDelimiter which characters end a field (during sniffing: every candidate)
 * @param countChars characters to count outside quotes, per line
 */
export function scanLogicalLines(
  text: string,
  isDelimiter: (ch: string) => boolean,
  countChars: readonly string[] = [],
): LogicalLines {
  const lines: string[] = [];
  const counts: number[][] = [];
  let unclosedLine: number | undefined;
  let lineStart = 0;
  let lineCounts = countChars.map(() => 0);
  let fieldStart = true;
  let quoted = false;
  const n = text.length;
  let i = 0;
  const endLine = (end: number, next: number) => {
    lines.push(text.slice(lineStart, end));
    counts.push(lineCounts);
    lineCounts = countChars.map(() => 0);
    lineStart = next;
    fieldStart = true;
  };
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') {
        i++;
        continue;
      }
      if (text[i + 1] === '"') {
        i += 2; // escaped quote
        continue;
      }
      if (i === n - 1) {
        quoted = false;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && !isLineEnd(text[j]) && !isDelimiter(text[j]) && text[j].trim() === "") j++;
      if (j >= n) {
        // Spaces then end of text: papaparse does not accept this as a close; keep searching.
        i++;
        continue;
      }
      if (isLineEnd(text[j]) || isDelimiter(text[j])) {
        quoted = false;
        i = j; // the delimiter / line end is handled by the unquoted branch
        continue;
      }
      i++; // a stray quote inside a quoted field: the field stays open
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i++;
      continue;
    }
    if (isLineEnd(ch)) {
      const next = ch === "\r" && text[i + 1] === "\n" ? i + 2 : i + 1;
      endLine(i, next);
      i = next;
      continue;
    }
    const k = countChars.indexOf(ch);
    if (k >= 0) lineCounts[k]++;
    fieldStart = isDelimiter(ch);
    i++;
  }
  if (quoted) unclosedLine = lines.length;
  // A final line end does not start a new (phantom) row.
  const terminated = lineStart === n && n > 0 && !quoted;
  if (!terminated && (lineStart < n || quoted)) endLine(n, n);
  return unclosedLine === undefined
    ? { lines, counts, terminated }
    : { lines, counts, unclosedLine, terminated };
}
