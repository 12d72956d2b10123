/** The small parts of a workbook: which sheets it has (in order), their shared strings and date styles. */
import { parseXml, type XmlElement } from "../io/xml-parse.ts";
import { msgText } from "../messages/index.ts";
import { XlsxError } from "./errors.ts";

const decoder = new TextDecoder("utf-8");

export function xmlOf(parts: Map<string, Uint8Array>, path: string, file: string): XmlElement | undefined {
  const bytes = parts.get(path);
  if (!bytes) return undefined;
  const { root, problems } = parseXml(decoder.decode(bytes));
  const fatal = problems.find((p) => p.fatal);
  if (!root || fatal)
    throw new XlsxError(
      "XLSX_BROKEN",
      file,
      msgText("read-parts.broken_part", { file, path, why: fatal?.message ?? msgText("read-parts.empty") }),
    );
  return root;
}

export function children(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

/** The text of a string item: `<t>` directly, or the runs `<r><t>` of rich text (phonetic runs skipped). */
export function stringItemText(el: XmlElement): string {
  let out = "";
  for (const c of el.children) {
    if (c.local === "t") out += c.text;
    else if (c.local === "r") out += child(c, "t")?.text ?? "";
  }
  return out;
}

/** Relationship id -> target path (resolved against the folder of the part that owns them). */
function relationships(parts: Map<string, Uint8Array>, relsPath: string, baseDir: string, file: string) {
  const map = new Map<string, { target: string; type: string; external: boolean }>();
  for (const rel of children(xmlOf(parts, relsPath, file), "Relationship")) {
    const target = rel.attrs.get("Target") ?? "";
    const external = rel.attrs.get("TargetMode") === "External";
    const path = target.startsWith("/") ? target.slice(1) : normalise(`${baseDir}${target}`);
    map.set(rel.attrs.get("Id") ?? "", { target: path, type: rel.attrs.get("Type") ?? "", external });
  }
  return map;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

export interface SheetRef {
  name: string;
  path: string;
  hidden: boolean;
}

/**
 * The workbook part and its worksheets, in the workbook's order (chartsheets and external links
 * skipped), and whether its date serials count from 1904 (`<workbookPr date1904="1"/>`, old Mac Excel).
 */
export function sheetRefs(
  parts: Map<string, Uint8Array>,
  file: string,
): { sheets: SheetRef[]; dir: string; date1904: boolean } {
  const root = relationships(parts, "_rels/.rels", "", file);
  const main =
    [...root.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const dir = main.includes("/") ? main.slice(0, main.lastIndexOf("/") + 1) : "";
  const wb = xmlOf(parts, main, file);
  if (!wb) throw new XlsxError("XLSX_BROKEN", file, msgText("read-parts.sheetRefs", { file, main }));
  const rels = relationships(parts, `${dir}_rels/${main.slice(dir.length)}.rels`, dir, file);
  const sheets: SheetRef[] = [];
  for (const s of children(child(wb, "sheets"), "sheet")) {
    const idAttr = [...s.attrs.keys()].find((k) => k === "r:id" || k.endsWith(":id"));
    const rel = idAttr ? rels.get(s.attrs.get(idAttr) ?? "") : undefined;
    if (!rel || rel.external || !rel.type.endsWith("/worksheet")) continue;
    const state = s.attrs.get("state") ?? "visible";
    sheets.push({ name: s.attrs.get("name") ?? rel.target, path: rel.target, hidden: state !== "visible" });
  }
  const date1904 = /^(1|true)$/i.test(child(wb, "workbookPr")?.attrs.get("date1904")?.trim() ?? "");
  return { sheets, dir, date1904 };
}

export function sharedStrings(parts: Map<string, Uint8Array>, dir: string, file: string): string[] {
  return children(xmlOf(parts, `${dir}sharedStrings.xml`, file), "si").map(stringItemText);
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom format code shows a date when, outside quotes, escapes and [..] parts, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0];
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index (the `s` of a cell): does it show a date? */
export function dateStyles(parts: Map<string, Uint8Array>, dir: string, file: string): boolean[] {
  const styles = xmlOf(parts, `${dir}styles.xml`, file);
  const custom = new Map<number, string>();
  for (const f of children(child(styles, "numFmts"), "numFmt"))
    custom.set(Number(f.attrs.get("numFmtId")), f.attrs.get("formatCode") ?? "");
  return children(child(styles, "cellXfs"), "xf").map((xf) => {
    const id = Number(xf.attrs.get("numFmtId") ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
  });
}
