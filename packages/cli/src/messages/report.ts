/** Messages of `report`, `view` and the `--since` rounds they compare (terminal only; the report's own text is in @ecolens/report and viz). */
import type { Message } from "./types.ts";

export const REPORT_MESSAGES = {
  "report.refusal": { nl: "geen rapport", en: "no report" },
  "report.written": {
    nl: (p) => `Rapport geschreven: ${p.file}`,
    en: (p) => `Report written: ${p.file}`,
  },
  // Progress steps while the report is built (the step ids of buildReportModel).
  "report.step.analyse": { nl: "netwerk analyseren", en: "analysing the network" },
  "report.step.clusters": { nl: "clusters zoeken", en: "finding clusters" },
  "report.step.layout": { nl: "kaart schikken", en: "laying out the map" },
  "report.step.gaps": { nl: "hiaten zoeken", en: "finding gaps" },
  "report.step.suggestions": { nl: "verbindingen voorstellen", en: "suggesting links" },
  "report.step.resilience": { nl: "kritieke partners", en: "critical partners" },
  "report.step.paths": { nl: "leerpaden", en: "learning paths" },
  "report.step.changes": { nl: "rondes vergelijken", en: "comparing rounds" },
  "view.port.bad": {
    nl: (p) => `--port verwacht een poortnummer 0-65535, niet '${p.value}'`,
    en: (p) => `--port expects a port number 0-65535, not '${p.value}'`,
  },
  "view.refusal": { nl: "niets te tonen", en: "nothing to show" },
  "view.port.in_use": {
    nl: (p) => `poort ${p.value} is al in gebruik`,
    en: (p) => `port ${p.value} is already in use`,
  },
  "view.open": {
    nl: (p) => `Open ${p.path} in je browser (Ctrl-C stopt).`,
    en: (p) => `Open ${p.path} in your browser (Ctrl-C stops).`,
  },
  "rounds.missing": {
    nl: (p) => `'${p.path}' bestaat niet (--since)`,
    en: (p) => `'${p.path}' does not exist (--since)`,
  },
  "rounds.matches_without_since": {
    nl: "--matches hoort bij --since (een eerdere ronde)",
    en: "--matches goes with --since (an earlier round)",
  },
  "rounds.unreadable": {
    nl: (p) =>
      `'${p.path}' heeft ${p.errors} fout(en) en geen organisaties; zie 'ecolens validate ${p.path}'`,
    en: (p) => `'${p.path}' has ${p.errors} error(s) and no organisations; see 'ecolens validate ${p.path}'`,
  },
  "rounds.matches_missing": {
    nl: (p) => `'${p.path}' bestaat niet (--matches)`,
    en: (p) => `'${p.path}' does not exist (--matches)`,
  },
} as const satisfies Record<string, Message>;
