/** Small in-memory inventory files for the importer tests. */
import type { EcoNetwork, Finding, InputFile, Municipality } from "../../src/index.ts";
import { importInventory } from "../../src/index.ts";

export function csv(name: string, lines: string[], options: { bom?: boolean; eol?: string } = {}): InputFile {
  const text = lines.join(options.eol ?? "\n") + (options.eol ?? "\n");
  const body = new TextEncoder().encode(text);
  if (!options.bom) return { name, bytes: body };
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return { name, bytes };
}

/** A tiny hand-made reference list, so tests do not depend on the shipped data. */
export const TEST_MUNICIPALITIES: Municipality[] = [
  {
    nis_code: "33011",
    name_nl: "Ieper",
    name_fr: "Ypres",
    arrondissement: "Ieper",
    province: "West-Vlaanderen",
    region: "Westhoek",
  },
  {
    nis_code: "33021",
    name_nl: "Poperinge",
    arrondissement: "Ieper",
    province: "West-Vlaanderen",
    region: "Westhoek",
  },
  {
    nis_code: "71072",
    name_nl: "Hasselt",
    arrondissement: "Hasselt",
    province: "Limburg",
    region: "Limburg",
  },
  {
    nis_code: "73040",
    name_nl: "Kortessem",
    arrondissement: "Tongeren",
    province: "Limburg",
    region: "Limburg",
    valid_to: "2024-12-31",
    merged_into: "71072",
  },
];

export function load(files: InputFile[], municipalities: Municipality[] = TEST_MUNICIPALITIES): EcoNetwork {
  return importInventory(files, { municipalities });
}

export function withCode(net: EcoNetwork, code: string): Finding[] {
  return net.report.findings.filter((f) => f.code === code);
}

export function summaryOf(net: EcoNetwork, file: string) {
  const s = net.report.files.find((f) => f.file === file);
  if (!s) throw new Error(`no summary for ${file}`);
  return s;
}

/** Two organisations in Ieper and Poperinge, the base most tests build on. */
export const ORGS = csv("organisations.csv", [
  "org_id,name,org_type,nis_code",
  "bib,Bibliotheek Ieper,library,33011",
  "jh,Jeugdhuis Poperinge,youth_centre,33021",
  "school,Basisschool De Vlinder,school_primary,33011",
]);
