/**
 * Dates -> ISO `yyyy-mm-dd` (design/inventory-format.md §4.7): nl-BE `d/m/yyyy` and `dd/mm/yyyy`,
 * `dd-mm-yyyy`, `dd.mm.yyyy`, ISO `yyyy-mm-dd` (also `yyyy/mm/dd`), a trailing time (`0:00`) is
 * ignored, and Excel serial numbers. Day-first always: Belgian sheets never write month-first.
 *
 * Excel serials use the 1900 date system: serial 1 = 1900-01-01 and Excel counts the non-existent
 * 1900-02-29 as serial 60 (Microsoft, "Excel incorrectly assumes that the year 1900 is a leap
 * year", learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year), so from
 * serial 61 on the date is 1899-12-30 + serial days. Only five-digit serials (10000-99999, i.e.
 * 1927-05-18 .. 2173-10-14) are read as dates, so a bare year such as `2024` is refused instead of
 * becoming 1905-07-16.
 */
import { fail, type ValueResult } from "./result.ts";

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const SERIAL = /^(\d{5})([.,]\d+)?$/;
const TIME_SUFFIX = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): ValueResult<string> {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return fail("impossible_date");
  const dim =
    month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : daysInMonth(year, month);
  if (day > dim) return fail("impossible_date");
  return { ok: true, value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** Excel 1900-system serial -> ISO date (serial 60, the fake 1900-02-29, is refused). */
export function excelSerialToIso(serial: number): ValueResult<string> {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 2958465) return fail("impossible_date");
  const base = Date.UTC(1899, 11, whole < 60 ? 31 : 30);
  const d = new Date(base + whole * 86_400_000);
  return { ok: true, value: d.toISOString().slice(0, 10) };
}

export function parseDate(raw: string): ValueResult<string> {
  const s = raw.trim().replace(TIME_SUFFIX, "");
  if (s === "") return { ok: true, value: undefined };
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) {
    let year = Number(dayFirst[4]);
    // Two-digit years follow Excel's cut-off: 00-29 -> 20xx, 30-99 -> 19xx.
    if (dayFirst[4].length === 2) year += year < 30 ? 2000 : 1900;
    return iso(year, Number(dayFirst[3]), Number(dayFirst[1]));
  }
  const yearFirst = YEAR_FIRST.exec(s);
  if (yearFirst) return iso(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const serial = SERIAL.exec(s);
  if (serial) return excelSerialToIso(Number(serial[1]));
  return fail("not_a_date");
}
