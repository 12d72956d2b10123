/**
 * Messages about paths and the file system: reads and writes the machine refused (shared/fs-errors.ts)
 * and outputs the overwrite rule refuses (shared/safe-write.ts). `path` is the user's path, `dir`
 * its folder, `value` the system's error code.
 */
import type { Message } from "./types.ts";

export const FILE_MESSAGES = {
  "fs.write.full": {
    nl: (p) =>
      `de schijf is vol bij het schrijven van '${p.path}': maak ruimte vrij of kies een andere plaats; een eerder bestand met die naam is niet aangeraakt`,
    en: (p) =>
      `the disk is full while writing '${p.path}': free up space or choose another place; an earlier file of that name was left untouched`,
  },
  "fs.write.read_only": {
    nl: (p) => `'${p.path}' staat op een alleen-lezen schijf: kies een andere plaats om te schrijven`,
    en: (p) => `'${p.path}' is on a read-only file system: choose another place to write to`,
  },
  "fs.write.permission": {
    nl: (p) => `geen toestemming om '${p.path}' te schrijven: kies een andere plaats of vraag schrijfrechten`,
    en: (p) => `no permission to write '${p.path}': choose another place or ask for write access`,
  },
  "fs.write.folder": {
    nl: (p) => `'${p.path}' is een map: geef een bestandsnaam (bv. ${p.path}/rapport.html)`,
    en: (p) => `'${p.path}' is a folder: give a file name (e.g. ${p.path}/report.html)`,
  },
  "fs.write.no_folder": {
    nl: (p) =>
      `de map '${p.dir}' bestaat niet (meer) of kon niet gemaakt worden: kijk het pad '${p.path}' na`,
    en: (p) =>
      `the folder '${p.dir}' does not exist (any more) or could not be made: check the path '${p.path}'`,
  },
  "fs.write.too_long": {
    nl: (p) => `het pad '${p.path}' is te lang: kies een korter pad`,
    en: (p) => `the path '${p.path}' is too long: choose a shorter one`,
  },
  "fs.write.other": {
    nl: (p) =>
      `kon '${p.path}' niet schrijven (${p.value}): kijk de schijf en het pad na; een eerder bestand met die naam is niet aangeraakt`,
    en: (p) =>
      `could not write '${p.path}' (${p.value}): check the disk and the path; an earlier file of that name was left untouched`,
  },
  "fs.not_a_folder": {
    nl: (p) => `een deel van het pad '${p.path}' is een bestand, geen map: kijk het pad na`,
    en: (p) => `part of the path '${p.path}' is a file, not a folder: check the path`,
  },
  "fs.read.missing": {
    nl: (p) => `'${p.path}' bestaat niet`,
    en: (p) => `'${p.path}' does not exist`,
  },
  "fs.read.folder": {
    nl: (p) => `'${p.path}' is een map, geen bestand`,
    en: (p) => `'${p.path}' is a folder, not a file`,
  },
  "fs.read.permission": {
    nl: (p) => `geen toestemming om '${p.path}' te lezen: vraag leesrechten of kopieer het bestand`,
    en: (p) => `no permission to read '${p.path}': ask for read access or copy the file`,
  },
  "fs.read.other": {
    nl: (p) => `kon '${p.path}' niet lezen (${p.value}): kijk het bestand na`,
    en: (p) => `could not read '${p.path}' (${p.value}): check the file`,
  },
  "output.is_input": {
    nl: (p) =>
      `'${p.path}' is een invoer van dit commando en wordt niet overschreven: kies een ander uitvoerpad`,
    en: (p) => `'${p.path}' is an input of this command and is not overwritten: choose another output path`,
  },
  "output.in_input_folder": {
    nl: (p) =>
      `'${p.path}' ligt in de invoermap '${p.dir}': ecolens schrijft niet tussen zijn invoer; kies een andere plaats (bv. out/)`,
    en: (p) =>
      `'${p.path}' is inside the input folder '${p.dir}': ecolens does not write among its inputs; choose another place (e.g. out/)`,
  },
  "output.trailing_slash": {
    nl: (p) =>
      `'${p.path}' eindigt op '/' en noemt dus een map; geef een bestandsnaam (zonder '/' op het einde)`,
    en: (p) => `'${p.path}' ends in '/', so it names a folder; give a file name (without the trailing '/')`,
  },
  "output.not_regular": {
    nl: (p) =>
      `'${p.path}' is geen gewoon bestand (een apparaat, pipe of socket): ecolens schrijft alleen gewone bestanden; kies een bestandspad`,
    en: (p) =>
      `'${p.path}' is not a regular file (a device, pipe or socket): ecolens writes only regular files; choose a file path`,
  },
  "output.exists_unmarked": {
    nl: (p) =>
      `'${p.path}' bestaat al en is geen eerdere uitvoer van ecolens: kies een ander pad of voeg --force toe om het te vervangen`,
    en: (p) =>
      `'${p.path}' already exists and is not an earlier ecolens output: choose another path or add --force to replace it`,
  },
  "output.exists": {
    nl: (p) =>
      `'${p.path}' bestaat al (zonder --force vervangt ecolens alleen een rapport of GEXF-bestand dat het zelf schreef): kies een ander pad of voeg --force toe om het te vervangen`,
    en: (p) =>
      `'${p.path}' already exists (without --force ecolens replaces only a report or GEXF file it wrote itself): choose another path or add --force to replace it`,
  },
  "output.folder_is_file": {
    nl: (p) => `'${p.dir}' is een bestand; hier hoort een map voor de tabellen`,
    en: (p) => `'${p.dir}' is a file; the tables need a folder here`,
  },
} as const satisfies Record<string, Message>;
