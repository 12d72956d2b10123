/** Messages of a run itself: progress on stderr, the sampling note, Ctrl-C and an internal error. */
import type { Message } from "./types.ts";

export const RUN_MESSAGES = {
  "run.interrupted": {
    nl: "gestopt op vraag van de gebruiker (Ctrl-C)",
    en: "stopped at the user's request (Ctrl-C)",
  },
  "run.internal_error": {
    nl: (p) => `ecolens: interne fout: ${p.error}\n(meld dit graag, met ECOLENS_DEBUG=1 voor details)\n`,
    en: (p) => `ecolens: internal error: ${p.error}\n(please report it; ECOLENS_DEBUG=1 shows details)\n`,
  },
  "sampling.exclusive": {
    nl: "--exact en --sample sluiten elkaar uit: kies één van beide",
    en: "--exact and --sample exclude each other: choose one",
  },
  // Progress steps: the English text is the step id the analysis reports.
  "progress.reading": { nl: "inlezen", en: "reading" },
  "progress.writing_report": { nl: "rapport schrijven", en: "writing the report" },
  "progress.betweenness": { nl: "tussenpositie", en: "betweenness" },
  "progress.betweenness_distances": { nl: "tussenpositie en afstanden", en: "betweenness and distances" },
  "progress.distances": { nl: "afstanden", en: "distances" },
  "progress.distances_out": { nl: "afstanden (uitgaand)", en: "distances (out)" },
  "progress.distances_undirected": { nl: "afstanden (ongericht)", en: "distances (undirected)" },
  "progress.local_metrics": { nl: "lokale maten", en: "local metrics" },
  "progress.groups": { nl: "groepen", en: "groups" },
  "progress.left": { nl: (p) => ` (nog ongeveer ${p.value})`, en: (p) => ` (about ${p.value} left)` },
  // The note under a sampled analysis; numbers arrive as the locale writes them.
  "sampling.estimated": {
    nl: (p) => `Geschat uit een steekproef van ${p.shown} van ${p.total} organisaties als bron: ${p.list}.`,
    en: (p) => `Estimated from a sample of ${p.shown} of ${p.total} organisations as sources: ${p.list}.`,
  },
  "sampling.betweenness": {
    nl: (p) =>
      `- betweenness (Brandes & Pich 2007): fout ongeveer ${p.share} van het totaal; losse waarden wijken meer af.`,
    en: (p) =>
      `- betweenness (Brandes & Pich 2007): error about ${p.share} of the total; single values vary more.`,
  },
  "sampling.closeness": {
    nl: (p) =>
      `- closeness en harmonic (Eppstein & Wang 2004): gemeten standaardfout ${p.share} (mediaan per organisatie).`,
    en: (p) =>
      `- closeness and harmonic (Eppstein & Wang 2004): measured standard error ${p.share} (median per organisation).`,
  },
  "sampling.omitted": {
    nl: (p) => `Weggelaten, want ze vragen alle paren: ${p.list}.`,
    en: (p) => `Left out, as they need every pair: ${p.list}.`,
  },
  "sampling.default": {
    nl: (p) => `Gekozen omdat het netwerk ${p.n} banden heeft (vanaf ${p.m}); --exact rekent alle paren.`,
    en: (p) => `Chosen because the network has ${p.n} ties (from ${p.m} on); --exact computes all pairs.`,
  },
} as const satisfies Record<string, Message>;
