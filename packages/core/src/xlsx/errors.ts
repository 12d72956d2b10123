/** A workbook that ecolens refuses to read: one clear nl/en sentence that says what to do. */
import type { Text } from "../model/types.ts";

export type XlsxRefusal =
  | "XLSX_NOT_A_WORKBOOK"
  | "XLSX_ENCRYPTED"
  | "XLSX_MACROS"
  | "XLSX_TOO_LARGE"
  | "XLSX_TOO_MANY_CELLS"
  | "XLSX_BROKEN";

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxRefusal,
    readonly file: string,
    readonly text: Text,
  ) {
    super(`${file}: ${text.en}`);
    this.name = "XlsxError";
  }
}
