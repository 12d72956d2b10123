/**
 * Files → network, with core's readers (the CLI's choices: cli/src/shared/input.ts). A workbook
 * ecolens refuses (encrypted, macros, damaged) or a file a reader cannot take becomes one error
 * finding that names the file, never an exception: the app shows every file in its import report.
 */
import {
  type EcoNetwork,
  type Finding,
  importInventoryFiles,
  type NetworkFileFormat,
  readNetworkFile,
  XlsxError,
} from "@ecolens/core";
import { type IgnoredFile, type NamedBytes, planRead } from "../files/recognise.ts";
import { CATALOGUE, type Code } from "../i18n/catalogue.ts";

export interface Loaded {
  /** Undefined when nothing could be read at all. */
  network?: EcoNetwork;
  ignored: IgnoredFile[];
  /** Files that failed as a whole (refused workbook, unreadable file). */
  failures: Finding[];
}

function fill(code: Code, values: Record<string, string>): { nl: string; en: string } {
  const put = (s: string) => s.replace(/\{(\w+)\}/g, (w, k: string) => values[k] ?? w);
  return { nl: put(CATALOGUE[code].nl), en: put(CATALOGUE[code].en) };
}

function failure(file: string, error: unknown): Finding {
  if (error instanceof XlsxError)
    return { severity: "error", code: "XLSX_REFUSED", file, message: error.text };
  const reason = error instanceof Error ? error.message : String(error);
  return { severity: "error", code: "FILE_UNREADABLE", file, message: fill("failed.read", { file, reason }) };
}

function readOne(kind: NetworkFileFormat, file: NamedBytes): EcoNetwork {
  return readNetworkFile(kind, { name: file.name, bytes: file.bytes });
}

/** Reads what `planRead` chooses; a refused workbook is left out and the rest is read. */
export function loadFiles(files: NamedBytes[]): Loaded {
  const plan = planRead(files);
  const failures: Finding[] = [];
  if (plan.kind === "none") return { ignored: plan.ignored, failures };
  if (plan.kind !== "inventory") {
    try {
      return { network: readOne(plan.kind, plan.file), ignored: plan.ignored, failures };
    } catch (error) {
      return { ignored: plan.ignored, failures: [failure(plan.file.name, error)] };
    }
  }
  let inputs = plan.files;
  // A refused workbook names itself; read again without it, so the other files still count.
  for (;;) {
    try {
      return { network: importInventoryFiles(inputs), ignored: plan.ignored, failures };
    } catch (error) {
      const name = error instanceof XlsxError ? error.file : undefined;
      const culprit = inputs.find((f) => f.name === name);
      if (!culprit)
        return { ignored: plan.ignored, failures: [...failures, failure(inputs[0]?.name ?? "", error)] };
      failures.push(failure(culprit.name, error));
      inputs = inputs.filter((f) => f !== culprit);
      if (inputs.length === 0) return { ignored: plan.ignored, failures };
    }
  }
}
