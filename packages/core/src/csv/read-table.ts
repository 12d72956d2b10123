/** One input file -> decoded, delimiter-sniffed, parsed table with its CSV-level findings. */
import type { Finding, InputFile } from "../model/types.ts";
import { decodeBytes, type TextEncodingName } from "./decode.ts";
import { csvFindings } from "./findings.ts";
import { type ParseCsvOptions, type ParsedCsv, parseCsv } from "./parse.ts";

export type Table = ParsedCsv & {
  file: string;
  encoding: TextEncodingName;
  findings: Finding[];
};

export function readTable(file: InputFile, options: ParseCsvOptions = {}): Table {
  const decoded = decodeBytes(file.bytes);
  const parsed = parseCsv(decoded.text, options);
  return {
    ...parsed,
    file: file.name,
    encoding: decoded.encoding,
    findings: csvFindings(file.name, decoded, parsed),
  };
}
