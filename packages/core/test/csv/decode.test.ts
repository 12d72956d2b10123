import { describe, expect, it } from "vitest";
import { decodeBytes, looksLikeMojibake } from "../../src/csv/decode.ts";
import { cp1252, utf8, utf8Bom, utf16 } from "./bytes.ts";

const TEXT = "naam;gemeente\nCafé Ëlla;Ieper\n";

describe("decodeBytes", () => {
  it("reads plain UTF-8 strictly, no fallback", () => {
    expect(decodeBytes(utf8(TEXT))).toEqual({
      text: TEXT,
      encoding: "utf-8",
      fallback: false,
      mojibake: false,
      cp1252Lines: [],
    });
  });

  it("strips the UTF-8 BOM (Excel 'CSV UTF-8')", () => {
    const r = decodeBytes(utf8Bom(TEXT));
    expect(r.encoding).toBe("utf-8-bom");
    expect(r.text).toBe(TEXT);
    expect(r.fallback).toBe(false);
  });

  it("decodes UTF-16LE with BOM (Excel 'Unicode text')", () => {
    const r = decodeBytes(utf16("naam\tgemeente\r\nCafé\tIeper\r\n", true));
    expect(r.encoding).toBe("utf-16le");
    expect(r.text).toBe("naam\tgemeente\r\nCafé\tIeper\r\n");
  });

  it("decodes UTF-16BE with BOM", () => {
    const r = decodeBytes(utf16("a;b\nœ;€\n", false));
    expect(r.encoding).toBe("utf-16be");
    expect(r.text).toBe("a;b\nœ;€\n");
  });

  it("recognises BOM-less UTF-16LE by its zero bytes", () => {
    const r = decodeBytes(utf16("org_id,naam\nA,Bib\n", true, false));
    expect(r.encoding).toBe("utf-16le");
    expect(r.text).toBe("org_id,naam\nA,Bib\n");
  });

  it("falls back to Windows-1252 when bytes are not UTF-8 (é as 0xE9, € as 0x80)", () => {
    const bytes = cp1252("naam;prijs\nCafé;€ 5\n");
    expect(bytes[14]).toBe(0xe9); // really the single-byte é
    expect(bytes[16]).toBe(0x80);
    const r = decodeBytes(bytes);
    expect(r).toEqual({
      text: "naam;prijs\nCafé;€ 5\n",
      encoding: "windows-1252",
      fallback: true,
      mojibake: false,
      cp1252Lines: [],
    });
  });

  it("flags double-encoded text (UTF-8 read as 1252 and saved again)", () => {
    // "Café" in UTF-8 is 43 61 66 C3 A9; read as cp1252 that is "CafÃ©"; saved as UTF-8 again.
    const r = decodeBytes(utf8("naam\nCafÃ©\n"));
    expect(r.encoding).toBe("utf-8");
    expect(r.mojibake).toBe(true);
  });

  it("decodes an empty file as empty UTF-8", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({
      text: "",
      encoding: "utf-8",
      fallback: false,
      mojibake: false,
      cp1252Lines: [],
    });
  });
});

describe("looksLikeMojibake", () => {
  it.each(["CafÃ©", "Ã«lla", "coÃ¶peratie", "donâ€™t", "Â°C"])("%s is mojibake", (s) => {
    expect(looksLikeMojibake(s)).toBe(true);
  });
  it.each(["Café", "Ëlla", "coöperatie", "ÃÂ", "Ã", "São Paulo", "don’t"])("%s is not", (s) => {
    expect(looksLikeMojibake(s)).toBe(false);
  });
});
