/** Hand-written workbook parts for tests: one sheet whose <sheetData> and styles the test gives. */
import { writeZip } from "../../src/index.ts";

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

export interface RawSheet {
  name: string;
  data: string;
  state?: "hidden";
}

export function rawWorkbook(
  sheets: RawSheet[],
  {
    styles = "",
    sharedStrings,
    extra = [],
  }: { styles?: string; sharedStrings?: string[]; extra?: Array<[string, string]> } = {},
): Uint8Array {
  const parts: Array<[string, string]> = [
    [
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<workbook ${NS}><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("")}</Relationships>`,
    ],
    ...sheets.map((s, i): [string, string] => [
      `xl/worksheets/sheet${i + 1}.xml`,
      `<worksheet ${NS}><sheetData>${s.data}</sheetData></worksheet>`,
    ]),
    ...extra,
  ];
  if (styles) parts.push(["xl/styles.xml", `<styleSheet ${NS}>${styles}</styleSheet>`]);
  if (sharedStrings)
    parts.push([
      "xl/sharedStrings.xml",
      `<sst ${NS}>${sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join("")}</sst>`,
    ]);
  return writeZip(parts);
}

/** An inline-string cell. */
export const str = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const row = (r: number, ...cells: string[]) => `<row r="${r}">${cells.join("")}</row>`;
