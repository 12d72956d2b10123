/**
 * Yes/no cells (design/inventory-format.md, principles): `ja/nee`, `j/n`, `x`, `1/0`,
 * `waar/onwaar` (Dutch Excel TRUE/FALSE), `true/false`, `yes/no`, `y/n`, case-insensitive.
 * Empty -> undefined: in an "x marks it" column the caller reads that as false.
 */
import { fail, type ValueResult } from "./result.ts";

const TRUE = new Set(["ja", "j", "x", "1", "waar", "true", "yes", "y"]);
const FALSE = new Set(["nee", "n", "0", "onwaar", "false", "no"]);

export function parseBoolean(raw: string): ValueResult<boolean> {
  const s = raw.trim().toLowerCase();
  if (s === "") return { ok: true, value: undefined };
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return fail("not_a_boolean");
}
