/**
 * One cell -> one typed value, or a finding saying what was expected. Values that cannot be read
 * are left out of the record (the finding keeps them); the row itself is still imported.
 */

import { msgText } from "../messages/index.ts";
import type { Finding, Text } from "../model/types.ts";
import { parseBoolean } from "../values/boolean.ts";
import { parseDate } from "../values/date.ts";
import { normaliseKbo } from "../values/kbo.ts";
import { splitMulti } from "../values/multi.ts";
import { parseInteger, parseNumber } from "../values/number.ts";
import { codeIn, label, matchVocabulary, suggestVocabulary } from "../vocab/match.ts";
import { VOCABULARIES } from "../vocab/registry.ts";
import { finding, q, type Where } from "./findings.ts";
import { readId, readText } from "./id-cells.ts";
import type { ColumnSpec } from "./schema.ts";

export interface ColumnContext {
  spec: ColumnSpec;
  file: string;
  /** The header as written. */
  column: string;
  delimiter: string;
  /** Read `,` as the decimal mark in this column (see columnDecimalComma). */
  decimalComma: boolean;
  /** The column marks "yes" with `x` and leaves "no" empty. */
  xMarks: boolean;
}

/**
 * §4.7 step 4: a `;` file uses the decimal comma, unless the column has a value like `50.85`
 * (digits.digits) and no comma anywhere, as GPS coordinates pasted from a map often are.
 */
export function columnDecimalComma(delimiter: string, values: readonly string[], integer = false): boolean {
  if (delimiter !== ";") return false;
  // A whole-number column has no decimals: `1.250` there can only be a thousands group.
  if (integer) return true;
  const filled = values.map((v) => v.trim()).filter((v) => v !== "");
  if (filled.some((v) => v.includes(","))) return true;
  return !filled.some((v) => /^[-+]?\d+\.\d+$/.test(v));
}

/** A boolean column where someone put `x` in some rows: the empty rows mean "no". */
export function columnXMarks(values: readonly string[]): boolean {
  return values.some((v) => v.trim().toLowerCase() === "x");
}

const EXPECTED = {
  int: msgText("cells.int"),
  decimalComma: msgText("cells.decimalComma"),
  decimalPoint: msgText("cells.decimalPoint"),
  bool: msgText("cells.bool"),
  date: msgText("cells.date"),
  kbo: msgText("cells.kbo"),
};

function invalid(code: string, where: Where, expected: { nl: string; en: string }, extra?: Text): Finding {
  return finding(
    "warning",
    code,
    where,
    msgText("cells.unreadable", {
      value: q(where.value ?? ""),
      column: q(where.column ?? ""),
      extra: extra ?? "",
      expected,
    }),
  );
}

function outOfRange(where: Where, value: number, min?: number, max?: number): Finding {
  const range = max === undefined ? `≥ ${min}` : min === undefined ? `≤ ${max}` : `${min}–${max}`;
  return finding(
    "warning",
    "OUT_OF_RANGE",
    where,
    msgText("cells.out_of_range", { value, column: q(where.column ?? ""), range }),
  );
}

/** A vocabulary value as a code, or `other:<raw>` with a warning listing the nearest choices. */
export function readVocab(ctx: ColumnContext, raw: string, where: Where, findings: Finding[]): string {
  const vocab = ctx.spec.vocab!;
  const text = readText(raw, where, findings);
  const code = matchVocabulary(vocab, text);
  if (code !== undefined) return code;
  if (text.startsWith("other:")) return text; // already marked as outside the vocabulary
  const near = suggestVocabulary(vocab, text);
  const title = VOCABULARIES[vocab].title;
  findings.push(
    finding(
      "warning",
      "UNKNOWN_VOCABULARY",
      { ...where, value: raw },
      msgText("cells.unknown_vocabulary", {
        value: q(text),
        title,
        column: q(where.column ?? ""),
        near: {
          nl: near.map((e) => q(label(vocab, e.code, "nl"))).join(", "),
          en: near.map((e) => q(label(vocab, e.code, "en"))).join(", "),
        },
      }),
    ),
  );
  return `other:${text}`;
}

function readNumber(ctx: ColumnContext, raw: string, where: Where, findings: Finding[]): number | undefined {
  const integer = ctx.spec.type === "int";
  const r = integer
    ? parseInteger(raw, { decimalComma: ctx.decimalComma })
    : parseNumber(raw, { decimalComma: ctx.decimalComma });
  if (!r.ok) {
    const expected = integer
      ? EXPECTED.int
      : ctx.decimalComma
        ? EXPECTED.decimalComma
        : EXPECTED.decimalPoint;
    findings.push(invalid(integer ? "INVALID_INTEGER" : "INVALID_NUMBER", where, expected));
    return undefined;
  }
  const v = r.value;
  if (v === undefined) return undefined;
  const { min, max } = ctx.spec;
  if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
    findings.push(outOfRange(where, v, min, max));
    return undefined;
  }
  return v;
}

/** An ordinal code stored as its rank: level `coordinated` or `3` -> 3. */
function readOrdinal(ctx: ColumnContext, raw: string, where: Where, findings: Finding[]): number | undefined {
  const vocab = ctx.spec.vocab!;
  const code = matchVocabulary(vocab, raw);
  if (code !== undefined) return VOCABULARIES[vocab].entries.findIndex((e) => e.code === code) + 1;
  const n = parseNumber(raw, { decimalComma: ctx.decimalComma });
  const choices = (lang: "nl" | "en") =>
    VOCABULARIES[vocab].entries.map((e, i) => `${i + 1} = ${codeIn(e, lang)}`).join(", ");
  const title = VOCABULARIES[vocab].title;
  findings.push(
    finding(
      "warning",
      n.ok ? "OUT_OF_RANGE" : "UNKNOWN_VOCABULARY",
      where,
      msgText("cells.not_a_choice", {
        value: q(raw.trim()),
        title,
        column: q(where.column ?? ""),
        choices: { nl: choices("nl"), en: choices("en") },
      }),
    ),
  );
  return undefined;
}

/** Converts one cell. Empty cells give undefined (or [] for multi-valued fields). */
export function readCell(ctx: ColumnContext, raw: string, row: number, findings: Finding[]): unknown {
  const where: Where = { file: ctx.file, row, column: ctx.column, value: raw };
  const multi = ctx.spec.type === "ids" || ctx.spec.type === "vocabs";
  if (raw.trim() === "") {
    if (ctx.spec.type === "bool" && ctx.xMarks) return false;
    return multi ? [] : undefined;
  }
  switch (ctx.spec.type) {
    case "id":
      return readId(raw, where, findings) || undefined;
    case "ids": {
      const ids = splitMulti(raw, ctx.delimiter).map((item) => readId(item, where, findings));
      return [...new Set(ids.filter((id) => id !== ""))];
    }
    case "text":
      return readText(raw, where, findings);
    case "int":
    case "decimal":
      return readNumber(ctx, raw, where, findings);
    case "bool": {
      const r = parseBoolean(raw);
      if (r.ok) return r.value;
      findings.push(invalid("INVALID_BOOLEAN", where, EXPECTED.bool));
      return undefined;
    }
    case "date": {
      const r = parseDate(raw);
      if (r.ok) return r.value;
      const impossible = r.reason === "impossible_date";
      findings.push(
        invalid("INVALID_DATE", where, EXPECTED.date, impossible ? msgText("cells.invalid_date") : undefined),
      );
      return undefined;
    }
    case "vocab":
      return readVocab(ctx, raw, where, findings);
    case "vocabs":
      return [
        ...new Set(splitMulti(raw, ctx.delimiter).map((item) => readVocab(ctx, item, where, findings))),
      ];
    case "ordinal":
      return readOrdinal(ctx, raw, where, findings);
    case "kbo": {
      const r = normaliseKbo(raw);
      if (!r.ok) {
        findings.push(invalid("KBO_FORMAT", where, EXPECTED.kbo));
        return undefined;
      }
      if (!r.checksumValid)
        findings.push(
          finding(
            "warning",
            "INVALID_KBO",
            where,
            msgText("cells.invalid_kbo", { formatted: String(r.formatted) }),
          ),
        );
      return r.value;
    }
  }
}
