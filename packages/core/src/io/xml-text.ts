/**
 * Bytes of an XML file -> text. A BOM decides (UTF-8 / UTF-16); otherwise the encoding in the XML
 * declaration (default UTF-8, XML 1.0 §4.3.3). Bytes that are not valid in that encoding are read as
 * Windows-1252 and the caller reports it, so a wrongly labelled export still opens.
 */
import iconv from "iconv-lite";
import { msgText } from "../messages/index.ts";
import type { Text } from "../model/types.ts";

export interface DecodedXml {
  text: string;
  encoding: string;
  problem?: Text;
}

export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  // The declaration is ASCII: peek at it without decoding the whole file.
  const head = String.fromCharCode(...body.subarray(0, 200));
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (!hasBom && declared && declared !== "utf-8" && declared !== "utf8") {
    if (iconv.encodingExists(declared)) return { text: iconv.decode(body, declared), encoding: declared };
    return {
      text: new TextDecoder("utf-8").decode(body),
      encoding: "utf-8",
      problem: msgText("xml-text.unknown_encoding", { declared }),
    };
  }
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(body),
      encoding: hasBom ? "utf-8-bom" : "utf-8",
    };
  } catch {
    return {
      text: iconv.decode(body, "windows-1252"),
      encoding: "windows-1252",
      problem: msgText("xml-text.not_utf8"),
    };
  }
}
