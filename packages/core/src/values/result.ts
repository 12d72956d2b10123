/** Result shapes shared by the value parsers: they never throw, a failure says why. */

export type ValueFailureReason =
  | "not_a_number"
  | "not_an_integer"
  | "not_a_boolean"
  | "not_a_date"
  | "impossible_date"
  | "kbo_format";

export interface ValueFailure {
  ok: false;
  reason: ValueFailureReason;
}

export type ValueResult<T> = { ok: true; value: T | undefined } | ValueFailure;

export const fail = (reason: ValueFailureReason): ValueFailure => ({ ok: false, reason });
