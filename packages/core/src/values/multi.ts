/**
 * Multi-valued cells (design/inventory-format.md, principles): `|` always separates; `,` too when
 * the file is `;`-delimited, and `;` when it is `,`-delimited (a separator that cannot be the file's
 * own delimiter is free to use inside a cell). Tab- and `|`-delimited files accept `|`, `;` and `,`.
 * Items are trimmed; empties dropped; order kept; repeats dropped.
 */

function separatorsFor(fileDelimiter: string): string[] {
  if (fileDelimiter === ";") return ["|", ","];
  if (fileDelimiter === ",") return ["|", ";"];
  return ["|", ";", ","];
}

export function splitMulti(raw: string, fileDelimiter: string): string[] {
  const seps = separatorsFor(fileDelimiter);
  const out: string[] = [];
  const seen = new Set<string>();
  let current = "";
  const flush = () => {
    const item = current.trim();
    current = "";
    if (item !== "" && !seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  };
  for (const ch of raw) {
    if (seps.includes(ch)) flush();
    else current += ch;
  }
  flush();
  return out;
}
