/**
 * Show invisible characters in values quoted back to people: `⟦U+00A0⟧` for a non-breaking space,
 * zero-width characters, BOM, soft hyphen, tabs and line breaks, other control (Cc) and format (Cf)
 * characters, and every space other than the ordinary U+0020.
 */

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|(?! )\p{Zs}/gu;

/** `U+00A0` for a code point (at least four hex digits). */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function makeVisible(raw: string): string {
  return raw.replace(INVISIBLE, (ch) => `⟦${codePointLabel(ch.codePointAt(0)!)}⟧`);
}
