/** Test helpers that build the bytes a spreadsheet program would write, without fixture files. */

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export const utf8Bom = (s: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

/** UTF-16 code units, little- or big-endian, with or without the FF FE / FE FF mark. */
export function utf16(s: string, littleEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (littleEndian) out.push(u & 0xff, u >> 8);
    else out.push(u >> 8, u & 0xff);
  }
  return new Uint8Array(out);
}

/**
 * Windows-1252 for the characters these tests use: ASCII as is, Latin-1 letters by code point
 * (é = E9, ë = EB, ç = E7, ï = EF), and € = 0x80 (the one cp1252 byte that differs from Latin-1 here).
 */
export function cp1252(s: string): Uint8Array {
  return new Uint8Array(
    Array.from(s, (ch) => {
      if (ch === "€") return 0x80;
      const cp = ch.codePointAt(0)!;
      if (cp > 0xff) throw new Error(`not in this cp1252 helper: ${ch}`);
      return cp;
    }),
  );
}
