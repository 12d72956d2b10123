/**
 * Text that reaches a terminal is made safe in one place. Names, ids and values come from input
 * files, and a name with an escape sequence could clear the screen, set the window title or
 * recolour the terminal; a bidi override could make a line read differently from what it says.
 *
 * `guardStreams()` (called by main.ts around every command) wraps stdout and stderr so that every
 * string any command writes passes through `terminalSafe`: C0 control characters except newline
 * and tab (ESC, CR, NUL, backspace ...), DEL, C1 controls (U+0080-U+009F), the bidi embeddings,
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069), the bidi marks (U+200E, U+200F, U+061C)
 * and the line/paragraph separators (U+2028, U+2029) are written as `\uXXXX`. That spelling is
 * visible on a terminal and, inside a JSON string, the very same character, so `--json` output
 * stays valid JSON with the same content. XML written to stdout turns these characters into
 * character references first (`xmlTerminalSafe`), which keeps it the same XML.
 */

/** Every character a terminal could act on, or that could reorder what is shown. */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).padStart(4, "0");

/** Control and bidi characters as visible `\uXXXX`; newline and tab stay. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${hex4(c)}`);
}

/** True when the text holds a character `terminalSafe` would rewrite. */
export function hasUnsafeTerminalText(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/** XML for stdout: the same characters as character references (C0 ones cannot occur in XML). */
export function xmlTerminalSafe(xml: string): string {
  return xml.replace(UNSAFE, (c) => (c.charCodeAt(0) >= 0x7f ? `&#x${hex4(c).toUpperCase()};` : "\uFFFD"));
}

type Write = NodeJS.WriteStream["write"];
const RAW = Symbol.for("ecolens.rawWrite");
type Guarded = NodeJS.WriteStream & { [RAW]?: Write };

function guard(stream: Guarded): () => void {
  if (stream[RAW]) return () => {};
  const original = stream.write;
  const raw = original.bind(stream) as Write;
  stream[RAW] = raw;
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    (raw as (c: unknown, ...r: unknown[]) => boolean)(
      typeof chunk === "string" ? terminalSafe(chunk) : chunk,
      ...rest,
    )) as Write;
  return () => {
    stream.write = original;
    delete stream[RAW];
  };
}

/** Wraps process.stdout and process.stderr; the returned function puts the old writers back. */
export function guardStreams(): () => void {
  const undoOut = guard(process.stdout as Guarded);
  const undoErr = guard(process.stderr as Guarded);
  return () => {
    undoErr();
    undoOut();
  };
}

/**
 * Writes ecolens' own terminal controls (the progress line's carriage return) past the guard.
 * Only for text ecolens itself composes, never for anything from an input file.
 */
export function writeControl(stream: NodeJS.WriteStream, text: string): void {
  const raw = (stream as Guarded)[RAW];
  if (raw) raw(text);
  else stream.write(text);
}
