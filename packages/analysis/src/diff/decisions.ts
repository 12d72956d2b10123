/**
 * The decision file a person fills in to confirm or reject uncertain matches, read by the next
 * run (`ecolens diff --matches FILE`). A CSV (`;` or `,`) with a header:
 *
 *   old_id;new_id;decision
 *   t-kompas-poperinge;t-kompas-poperinge-2;same
 *   volksdansgroep-houtem;volksdansgroep-poperinge;different
 *
 * Dutch headers (oud_id, nieuw_id, beslissing) and words (zelfde/ja, verschillend/anders/nee) work
 * too. Rows with an empty decision are "not decided yet" and skipped, so the uncertain-matches
 * table ecolens writes (same columns, plus names and reasons) can be filled in and handed back.
 * Analysis has no file system: the CLI reads the file and passes the text.
 */
import { parseCsv, type Text } from "@ecolens/core";
import { text as messageText } from "../messages/index.ts";

export interface MatchDecision {
  old_id: string;
  new_id: string;
  decision: "same" | "different";
}

export interface ParsedDecisions {
  decisions: MatchDecision[];
  /** Rows that could not be read, with the row number (header = 1). */
  problems: Array<{ row: number; message: Text }>;
}

const HEADERS: Record<"old_id" | "new_id" | "decision", string[]> = {
  old_id: ["old_id", "oud_id", "oude_id", "old", "oud"],
  new_id: ["new_id", "nieuw_id", "nieuwe_id", "new", "nieuw"],
  decision: ["decision", "beslissing", "besluit", "same", "zelfde"],
};

const SAME = new Set(["same", "zelfde", "dezelfde", "ja", "j", "yes", "y", "x", "1", "true", "waar"]);
const DIFFERENT = new Set([
  "different",
  "verschillend",
  "anders",
  "andere",
  "nee",
  "n",
  "no",
  "0",
  "false",
  "onwaar",
]);

const norm = (s: string) =>
  s
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

export function parseMatchDecisions(text: string): ParsedDecisions {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ""));
  const problems: ParsedDecisions["problems"] = [];
  const header = parsed.header.map(norm);
  const col = (name: keyof typeof HEADERS) => header.findIndex((h) => HEADERS[name].includes(h));
  const cols = { old_id: col("old_id"), new_id: col("new_id"), decision: col("decision") };
  if (cols.old_id < 0 || cols.new_id < 0 || cols.decision < 0) {
    return {
      decisions: [],
      problems: [
        {
          row: parsed.headerRow || 1,
          message: messageText("decisions.missing_columns"),
        },
      ],
    };
  }
  const decisions: MatchDecision[] = [];
  for (const rec of parsed.records) {
    // ecolens' CSV writer puts a ' before a cell a spreadsheet would run as a formula: undo it.
    const cell = (i: number) => (rec.cells[i] ?? "").trim().replace(/^'(?=[=+\-@\t\r])/, "");
    const old_id = cell(cols.old_id);
    const new_id = cell(cols.new_id);
    const raw = cell(cols.decision);
    if (raw === "") continue; // not decided yet
    if (old_id === "" || new_id === "") {
      problems.push({
        row: rec.row,
        message: messageText("decisions.missing_ids", { row: rec.row }),
      });
      continue;
    }
    const word = raw.toLowerCase();
    const decision = SAME.has(word) ? "same" : DIFFERENT.has(word) ? "different" : null;
    if (decision === null) {
      problems.push({
        row: rec.row,
        message: messageText("decisions.unknown", { row: rec.row, value: raw }),
      });
      continue;
    }
    decisions.push({ old_id, new_id, decision });
  }
  return { decisions, problems };
}

/** The decision file's rows for a list of pairs (decision left empty for a person to fill in). */
export const DECISION_COLUMNS = ["old_id", "new_id", "decision"] as const;
