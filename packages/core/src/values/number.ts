/**
 * Numbers as Flemish spreadsheets write them (design/inventory-format.md §4.7): `1.234,56`, `3,5`,
 * `1 234,5`, as well as `1234.5` and `1,234.5`. Rules, per value:
 * - spaces (also NBSP, narrow NBSP, thin space) are thousands separators only in groups of three;
 * - with both `.` and `,`, the last one is the decimal mark and the other must group thousands;
 * - with only one kind: several occurrences = thousands groups; a single one is the thousands
 *   separator if the locale says so (`.` with decimalComma, `,` without) AND it can be one
 *   (`1.234`: a 1-3 digit lead without leading zero, then exactly three digits), otherwise it is
 *   the decimal mark (`3.5` with decimalComma, `3,5` without);
 * - an optional sign, exponent (`1,5E+3`) and euro sign are accepted. Empty -> undefined.
 */
import { fail, type ValueResult } from "./result.ts";

export interface NumberOptions {
  /** The file's locale uses `,` as decimal mark (true for `;`-delimited nl-BE exports). */
  decimalComma: boolean;
}

const SPACE = /[ \u00A0\u202F\u2009\u2007]/;
const SPACES = /[ \u00A0\u202F\u2009\u2007]/g;
const SPACE_GROUPED = /^\d{1,3}([ \u00A0\u202F\u2009\u2007]\d{3})+([.,]\d*)?$/;
const BODY = /^(\d[\d.,]*|[.,]\d+)$/;

function groupsOk(intPart: string, sep: "." | ","): boolean {
  const re = sep === "." ? /^[1-9]\d{0,2}(\.\d{3})+$/ : /^[1-9]\d{0,2}(,\d{3})+$/;
  return re.test(intPart);
}

/** The digits-and-separators part -> a canonical `123.45` string, or undefined. */
function canonical(body: string, decimalComma: boolean): string | undefined {
  if (!BODY.test(body)) return undefined;
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalSep = lastDot > lastComma ? "." : ",";
    const thousandsSep = decimalSep === "." ? "," : ".";
    const at = Math.max(lastDot, lastComma);
    const intPart = body.slice(0, at);
    const frac = body.slice(at + 1);
    if (!groupsOk(intPart, thousandsSep) || !/^\d*$/.test(frac)) return undefined;
    return `${intPart.split(thousandsSep).join("")}.${frac}`;
  }
  const sep = lastDot >= 0 ? "." : lastComma >= 0 ? "," : undefined;
  if (sep === undefined) return body;
  const parts = body.split(sep);
  if (parts.length > 2) return groupsOk(body, sep) ? parts.join("") : undefined;
  const localeThousands = decimalComma ? "." : ",";
  if (sep === localeThousands && groupsOk(body, sep)) return parts.join("");
  if (parts[0] === "" && parts[1] === "") return undefined;
  return `${parts[0] || "0"}.${parts[1]}`;
}

export function parseNumber(raw: string, options: NumberOptions): ValueResult<number> {
  let s = raw.trim().replace(/^€\s*|\s*€$/g, "");
  if (s === "") return { ok: true, value: undefined };
  let sign = 1;
  if (/^[-+\u2212]/.test(s)) {
    sign = s[0] === "+" ? 1 : -1;
    s = s.slice(1).trimStart();
  }
  let exponent = 0;
  const exp = /[eE]([-+]?\d{1,3})$/.exec(s);
  if (exp) {
    exponent = Number(exp[1]);
    s = s.slice(0, exp.index);
  }
  if (SPACE.test(s)) {
    if (!SPACE_GROUPED.test(s)) return fail("not_a_number");
    const decimal = /[.,]\d*$/.exec(s);
    const intPart = (decimal ? s.slice(0, decimal.index) : s).replace(SPACES, "");
    // With space grouping, whatever separator follows is the decimal mark.
    s = intPart + (decimal ? `.${decimal[0].slice(1)}` : "");
  }
  const c = canonical(s, options.decimalComma);
  if (c === undefined) return fail("not_a_number");
  // Via the string form, so `1,1E2` is exactly 110 (no 1.1 * 100 rounding).
  const value = sign * Number(`${c}e${exponent}`);
  if (!Number.isFinite(value)) return fail("not_a_number");
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Like parseNumber, but the value must be a whole number (`3,0` is 3; `3,5` is refused). */
export function parseInteger(raw: string, options: NumberOptions): ValueResult<number> {
  const r = parseNumber(raw, options);
  if (!r.ok || r.value === undefined) return r;
  if (!Number.isSafeInteger(r.value)) return fail("not_an_integer");
  return r;
}

/**
 * Column-level decimal mark (design/inventory-format.md §4.7 step 4), so one column is read one
 * way: `;`- and tab-delimited files (nl-BE Excel) start from decimal comma, others from decimal
 * point; the column's own values then decide:
 * - a value with both marks: the last one is the decimal mark;
 * - commas but no dots: decimal comma (`3,5`), unless every comma groups thousands in a
 *   non-`;` file (`1,234`);
 * - dots but no commas: decimal point as soon as one dot cannot group thousands (`50.85`, `3.5`);
 *   if all could (`1.234`), the file's default stands.
 */
export function inferDecimalComma(values: Iterable<string>, fileDelimiter: string): boolean {
  const fallback = fileDelimiter === ";" || fileDelimiter === "\t";
  let commaOnly = false;
  let commaNotGroup = false;
  let dotOnly = false;
  let dotNotGroup = false;
  for (const raw of values) {
    const s = raw.trim().replace(/^[-+\u2212]/, "");
    const hasComma = /\d,|,\d/.test(s);
    const hasDot = /\d\.|\.\d/.test(s);
    if (hasComma && hasDot) return s.lastIndexOf(",") > s.lastIndexOf(".");
    const digits = s.replace(/[eE][-+]?\d+$/, "");
    if (hasComma) {
      commaOnly = true;
      if (!/^[1-9]\d{0,2}(,\d{3})+$/.test(digits)) commaNotGroup = true;
    } else if (hasDot) {
      dotOnly = true;
      if (!/^[1-9]\d{0,2}(\.\d{3})+$/.test(digits)) dotNotGroup = true;
    }
  }
  if (commaOnly && dotOnly) return fallback; // mixed styles: keep the file's default
  if (commaOnly) return fallback || commaNotGroup;
  if (dotOnly) return dotNotGroup ? false : fallback;
  return fallback;
}
