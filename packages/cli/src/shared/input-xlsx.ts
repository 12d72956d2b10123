/**
 * Workbooks as inventory input: a `.xlsx` file, or a folder that holds workbooks and/or CSV files,
 * goes through core's importInventoryFiles; a workbook ecolens refuses (encrypted, macros, too
 * large, damaged) becomes one clear line and exit code 1, never a stack trace.
 */
import { type EcoNetwork, type InputFile, importInventoryFiles, XlsxError } from "@ecolens/core";
import { InputError } from "./errors.ts";

/** The files of an inventory folder ecolens reads (Excel's `~$name.xlsx` lock files are not). */
export function importInventoryInput(files: InputFile[]): EcoNetwork {
  try {
    return importInventoryFiles(files);
  } catch (error) {
    if (error instanceof XlsxError) throw new InputError(error.text);
    throw error;
  }
}
