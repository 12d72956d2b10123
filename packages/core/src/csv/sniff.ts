/**
 * Delimiter sniffing (design/inventory-format.md §4.7 step 2): honour an Excel `sep=;` hint line;
 * otherwise count `;` `,` TAB `|` outside quotes on the header line and up to 20 lines after it and
 * pick the candidate whose count is the same on the most lines. Ties go to `;` (nl-BE Excel's list
 * separator), then `,`, TAB, `|`.
 */
import { scanLogicalLines } from "./scan.ts";

export type Delimiter = ";" | "," | "\t" | "|";

export interface SniffResult {
  delimiter: Delimiter;
  /** The first line is an Excel `sep=X` hint; the caller skips it. */
  sepLine: boolean;
}

/** In tie-break order. */
export const DELIMITER_CANDIDATES: readonly Delimiter[] = [";", ",", "\t", "|"];
const SAMPLE_LINES = 21; // the header plus 20 lines
const SEP_LINE = /^"?sep=(.)"?[ \t]*$/i;

function isCandidate(ch: string): ch is Delimiter {
  return (DELIMITER_CANDIDATES as readonly string[]).includes(ch);
}

/** The `sep=X` hint on the first line, if any (a leading BOM is ignored). */
export function readSepLine(text: string): { delimiter: Delimiter; rest: string } | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.search(/\r\n|\r|\n/);
  const first = end < 0 ? body : body.slice(0, end);
  const m = SEP_LINE.exec(first);
  if (!m || !isCandidate(m[1])) return undefined;
  const restStart = end < 0 ? body.length : body.startsWith("\r\n", end) ? end + 2 : end + 1;
  return { delimiter: m[1], rest: body.slice(restStart) };
}

export function sniffDelimiter(text: string): SniffResult {
  const sep = readSepLine(text);
  if (sep) return { delimiter: sep.delimiter, sepLine: true };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Only the start of the file matters; a generous slice keeps sniffing cheap on big files.
  const { lines, counts } = scanLogicalLines(body.slice(0, 256 * 1024), isCandidate, DELIMITER_CANDIDATES);
  const sample: number[][] = [];
  for (let i = 0; i < lines.length && sample.length < SAMPLE_LINES; i++) {
    if (lines[i].trim() !== "") sample.push(counts[i]);
  }
  let best: Delimiter | undefined;
  let bestScore = 0;
  DELIMITER_CANDIDATES.forEach((candidate, k) => {
    const headerCount = sample[0]?.[k] ?? 0;
    if (headerCount === 0) return;
    const score = sample.filter((c) => c[k] === headerCount).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  });
  return { delimiter: best ?? ",", sepLine: false };
}
