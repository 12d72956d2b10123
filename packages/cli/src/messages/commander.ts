/**
 * Commander writes its own usage errors in English ("error: unknown option '--foo'"). With
 * `--lang nl` they are said in Dutch: the known patterns are rewritten, anything else is left as is.
 */
import type { Lang } from "@ecolens/core";

const DUTCH: Array<[RegExp, string]> = [
  [/^error: unknown option '(.*)'/m, "fout: onbekende optie '$1'"],
  [/^error: unknown command '(.*)'/m, "fout: onbekend commando '$1'"],
  [/^error: missing required argument '(.*)'/m, "fout: het argument '$1' ontbreekt"],
  [/^error: required option '(.*)' not specified/m, "fout: de optie '$1' is verplicht"],
  [/^error: option '(.*)' argument missing/m, "fout: de optie '$1' vraagt een waarde"],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\./m,
    "fout: te veel argumenten voor '$1': $2 verwacht, $3 gekregen.",
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./m,
    "fout: te veel argumenten: $1 verwacht, $2 gekregen.",
  ],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./m,
    "fout: ongeldige waarde '$2' voor '$1'; kies uit $3.",
  ],
  [/\(Did you mean (.*)\?\)/, "(Bedoelde je $1?)"],
];

export function commanderMessage(text: string, lang: Lang): string {
  if (lang !== "nl") return text;
  return DUTCH.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
