/**
 * Belgian enterprise numbers (KBO/BCE): 10 digits, the last two a check on the first eight:
 * check = 97 − (first 8 digits mod 97). Rule as in inventory-format §4.1 (FOD Economie,
 * "ondernemingsnummer" structure).
 */
import { intBetween, type Rng } from "./rng.ts";

export function kboCheck(first8: string): string {
  return String(97 - (Number(first8) % 97)).padStart(2, "0");
}

export function isValidKbo(digits10: string): boolean {
  return /^\d{10}$/.test(digits10) && kboCheck(digits10.slice(0, 8)) === digits10.slice(8);
}

/** A fresh valid number; `prefix` ("04"..."08" for associations, "02" for public bodies). */
export function randomKbo(rng: Rng, prefix: string, used: Set<string>): string {
  for (;;) {
    let first8 = prefix;
    while (first8.length < 8) first8 += String(intBetween(rng, 0, 9));
    const kbo = first8 + kboCheck(first8);
    if (!used.has(kbo)) {
      used.add(kbo);
      return kbo;
    }
  }
}

/** `0412.345.678`, or the 9-digit `412345678` Excel leaves when the cell was a number. */
export function formatKbo(digits10: string, style: "dotted" | "lost_zero"): string {
  if (style === "lost_zero") return digits10.replace(/^0/, "");
  return `${digits10.slice(0, 4)}.${digits10.slice(4, 7)}.${digits10.slice(7)}`;
}
