/**
 * Belgian enterprise numbers (KBO/BCE, "ondernemingsnummer"): 10 digits, first digit 0 or 1, and
 * the last two digits are a check: 97 - (first 8 digits mod 97). Excel turns `0123456749` into the
 * number 123456749, so a 9-digit value gets its leading 0 back. `BE`, dots, spaces and dashes are
 * stripped. Displayed as `0123.456.749`.
 * Rule: "Checksum97 op een ondernemingsnummer", Vlaamse overheid developer wiki
 * (vlaamseoverheid.atlassian.net, page 6208324471): the check is 97 minus (first 8 digits mod 97),
 * worked example 0566.988.259 (05669882 mod 97 = 38, 97 - 38 = 59). The 1xxx series exists since
 * 19 September 2023 (FOD Economie news, news.economie.fgov.be/228778).
 */
import { fail, type ValueFailure } from "./result.ts";

export type KboResult =
  | {
      ok: true;
      /** 10 digits, e.g. `0123456749`; undefined for an empty cell. */
      value: string | undefined;
      /** `0123.456.749` */
      formatted?: string;
      /** The check digits match (true for an empty cell: nothing to check). */
      checksumValid: boolean;
    }
  | ValueFailure;

export function kboChecksumValid(tenDigits: string): boolean {
  const body = Number(tenDigits.slice(0, 8));
  return 97 - (body % 97) === Number(tenDigits.slice(8));
}

export function normaliseKbo(raw: string): KboResult {
  let s = raw.trim().replace(/[\s.\-/]/g, "");
  if (s === "") return { ok: true, value: undefined, checksumValid: true };
  if (/^be/i.test(s)) s = s.slice(2);
  if (!/^\d+$/.test(s)) return fail("kbo_format");
  if (s.length === 9) s = `0${s}`;
  if (s.length !== 10 || (s[0] !== "0" && s[0] !== "1")) return fail("kbo_format");
  return {
    ok: true,
    value: s,
    formatted: `${s.slice(0, 4)}.${s.slice(4, 7)}.${s.slice(7)}`,
    checksumValid: kboChecksumValid(s),
  };
}
