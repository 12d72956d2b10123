/**
 * A small, forgiving XML reader for GEXF and GraphML (XML 1.0 + Namespaces 1.0, no DTD).
 *
 * Why not a DOM library: researchers' files are untrusted and sometimes broken. We need the line of
 * every element for findings, and we must never throw: a problem becomes an entry in `problems` and
 * reading goes on where that is safe (a forbidden control character is replaced by U+FFFD, an
 * unknown entity is kept as text). Structural breakage (a tag that never closes, a wrong end tag)
 * stops the reading; the elements read so far are returned. DOCTYPEs are skipped and entities are
 * never expanded, so "billion laughs" and external entities cannot happen.
 */

import { msgText } from "../messages/index.ts";
import type { Text } from "../model/types.ts";

export interface XmlElement {
  /** The name as written, e.g. `viz:position`. */
  name: string;
  local: string;
  /** Resolved namespace URI ("" when none). */
  ns: string;
  /** Attributes by the name as written (namespace declarations included). */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element (CDATA included). */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

export interface XmlProblem {
  line: number;
  /** `fatal`: reading stopped here. */
  fatal: boolean;
  code:
    | "XML_NOT_WELL_FORMED"
    | "XML_FORBIDDEN_CHARACTER"
    | "XML_UNKNOWN_ENTITY"
    | "XML_DOCTYPE_IGNORED"
    | "XML_UNDECLARED_PREFIX"
    | "XML_TOO_DEEP";
  value?: string;
  message: Text;
}

export interface XmlParseResult {
  root?: XmlElement;
  problems: XmlProblem[];
}

/** Characters XML 1.0 forbids anywhere (also lone surrogates, U+FFFE, U+FFFF). */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAME = /[^\s/>=<"']+/y;
const ATTRIBUTE = /\s*([^\s/>=<"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_:][\w.:-]*)?;?/g;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const MAX_CHARACTER_PROBLEMS = 20;
/**
 * Deepest element nesting read (GEXF and GraphML need fewer than 10 levels; a GEXF hierarchy a few
 * dozen). Deeper input stops the reading with a finding instead of exhausting memory or a stack.
 */
export const MAX_XML_DEPTH = 1000;
/** Namespace URI given to a prefix that was never declared (read on, reported once per prefix). */
export const UNDECLARED_NAMESPACE = "urn:ecolens:undeclared:";

export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function isForbiddenCodePoint(cp: number): boolean {
  if (cp === 0x9 || cp === 0xa || cp === 0xd) return false;
  if (cp < 0x20) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return true;
  return cp === 0xfffe || cp === 0xffff || cp > 0x10ffff;
}

/** Offset -> 1-based line, by binary search over the offsets of the newlines. */
function lineIndex(input: string): (pos: number) => number {
  const newlines: number[] = [];
  for (let i = input.indexOf("\n"); i >= 0; i = input.indexOf("\n", i + 1)) newlines.push(i);
  return (pos) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** Forbidden characters: each reported (up to a limit), replaced by U+FFFD; reading goes on. */
function replaceForbidden(input: string, lineAt: (pos: number) => number, problems: XmlProblem[]): string {
  let count = 0;
  const text = input.replace(FORBIDDEN, (ch, offset: number) => {
    count++;
    if (count <= MAX_CHARACTER_PROBLEMS) {
      const cp = codePointLabel(ch);
      problems.push({
        line: lineAt(offset),
        fatal: false,
        code: "XML_FORBIDDEN_CHARACTER",
        value: `⟦${cp}⟧`,
        message: msgText("xml-parse.forbidden_character", { cp }),
      });
    }
    return "\uFFFD";
  });
  if (count > MAX_CHARACTER_PROBLEMS) {
    problems.push({
      line: lineAt(text.length),
      fatal: false,
      code: "XML_FORBIDDEN_CHARACTER",
      message: msgText("xml-parse.more_forbidden_characters", { more: count - MAX_CHARACTER_PROBLEMS }),
    });
  }
  return text;
}

/** Character and predefined entity references -> text; anything else kept as written, reported. */
function decodeEntities(raw: string, line: number, problems: XmlProblem[]): string {
  if (!raw.includes("&")) return raw;
  const kept = (whole: string, nl: string, en: string, code: XmlProblem["code"] = "XML_UNKNOWN_ENTITY") => {
    problems.push({ line, fatal: false, code, value: whole, message: { nl, en } });
  };
  return raw.replace(ENTITY, (whole, body: string | undefined) => {
    if (body === undefined || !whole.endsWith(";")) {
      kept(whole, "losse '&' (schrijf &amp;); als tekst behouden", "bare '&' (write &amp;); kept as text");
      return whole;
    }
    if (body.startsWith("#")) {
      const cp = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(cp) || isForbiddenCodePoint(cp)) {
        kept(
          whole,
          `tekenverwijzing ${whole} is niet toegelaten in XML; vervangen door U+FFFD (�)`,
          `character reference ${whole} is not allowed in XML; replaced by U+FFFD (�)`,
          "XML_FORBIDDEN_CHARACTER",
        );
        return "\uFFFD";
      }
      return String.fromCodePoint(cp);
    }
    const known = Object.hasOwn(PREDEFINED, body) ? PREDEFINED[body] : undefined;
    if (known !== undefined) return known;
    kept(whole, `onbekende entiteit ${whole}; als tekst behouden`, `unknown entity ${whole}; kept as text`);
    return whole;
  });
}

interface Open {
  el: XmlElement;
  scope: Map<string, string>;
  parts: string[];
}

/** Thrown (and caught in parseXml) when reading must stop; the problem is already recorded. */
class Stop {}

/** One pass over the text with an explicit stack of open elements: no recursion on depth. */
class XmlReader {
  readonly problems: XmlProblem[] = [];
  root: XmlElement | undefined;
  private readonly stack: Open[] = [];
  private readonly undeclared = new Set<string>();
  private readonly lineAt: (pos: number) => number;
  private readonly text: string;
  private pos: number;

  constructor(input: string) {
    this.lineAt = lineIndex(input);
    this.text = replaceForbidden(input, this.lineAt, this.problems);
    this.pos = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  private stop(
    pos: number,
    nl: string,
    en: string,
    value?: string,
    code: XmlProblem["code"] = "XML_NOT_WELL_FORMED",
  ): Stop {
    this.problems.push({ line: this.lineAt(pos), fatal: true, code, value, message: { nl, en } });
    return new Stop();
  }

  read(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const lt = text.indexOf("<", this.pos);
      const end = lt < 0 ? text.length : lt;
      if (end > this.pos) this.characters(text.slice(this.pos, end));
      if (lt < 0) break;
      this.pos = lt;
      if (text.startsWith("<?", lt))
        this.skipPast("?>", "verwerkingsinstructie zonder '?>'", "processing instruction without '?>'");
      else if (text.startsWith("<!--", lt))
        this.skipPast("-->", "commentaar zonder '-->'", "comment without '-->'");
      else if (text.startsWith("<![CDATA[", lt)) this.cdata();
      else if (text.startsWith("<!DOCTYPE", lt)) this.doctype();
      else if (text.startsWith("</", lt)) this.endTag();
      else this.startTag();
    }
    if (this.stack.length > 0) {
      const open = this.stack[this.stack.length - 1].el;
      throw this.stop(
        text.length,
        `<${open.name}> (regel ${open.line}) wordt nooit gesloten`,
        `<${open.name}> (line ${open.line}) is never closed`,
        open.name,
      );
    }
    if (!this.root) throw this.stop(text.length, "geen XML-element gevonden", "no XML element found");
  }

  private characters(chunk: string): void {
    if (this.stack.length > 0)
      this.stack[this.stack.length - 1].parts.push(
        decodeEntities(chunk, this.lineAt(this.pos), this.problems),
      );
    else if (chunk.trim() !== "")
      throw this.stop(
        this.pos,
        "tekst buiten het hoofdelement",
        "text outside the root element",
        chunk.trim().slice(0, 40),
      );
  }

  private skipPast(close: string, nl: string, en: string): void {
    const at = this.text.indexOf(close, this.pos + 2);
    if (at < 0) throw this.stop(this.pos, nl, en);
    this.pos = at + close.length;
  }

  private cdata(): void {
    const close = this.text.indexOf("]]>", this.pos + 9);
    if (close < 0) throw this.stop(this.pos, "CDATA-blok zonder ']]>'", "CDATA section without ']]>'");
    if (this.stack.length === 0)
      throw this.stop(this.pos, "CDATA buiten het hoofdelement", "CDATA outside the root element");
    this.stack[this.stack.length - 1].parts.push(this.text.slice(this.pos + 9, close));
    this.pos = close + 3;
  }

  private doctype(): void {
    const text = this.text;
    const bracket = text.indexOf("[", this.pos);
    const gt = text.indexOf(">", this.pos);
    let close = gt;
    if (bracket >= 0 && gt >= 0 && bracket < gt) {
      const subsetEnd = text.indexOf("]", bracket);
      close = subsetEnd < 0 ? -1 : text.indexOf(">", subsetEnd);
    }
    if (close < 0) throw this.stop(this.pos, "DOCTYPE zonder einde", "DOCTYPE without an end");
    this.problems.push({
      line: this.lineAt(this.pos),
      fatal: false,
      code: "XML_DOCTYPE_IGNORED",
      message: msgText("xml-parse.doctype_ignored"),
    });
    this.pos = close + 1;
  }

  private endTag(): void {
    NAME.lastIndex = this.pos + 2;
    const m = NAME.exec(this.text);
    const gt = this.text.indexOf(">", this.pos);
    if (!m || gt < 0) throw this.stop(this.pos, "onvolledige eindtag", "incomplete end tag");
    const top = this.stack.pop();
    if (!top || top.el.name !== m[0])
      throw this.stop(
        this.pos,
        `eindtag </${m[0]}> past niet bij <${top?.el.name ?? "–"}>`,
        `end tag </${m[0]}> does not match <${top?.el.name ?? "–"}>`,
        m[0],
      );
    top.el.text = top.parts.join("");
    this.pos = gt + 1;
  }

  /** The attributes after the tag name, up to `>` or `/>`; moves `pos` past them. */
  private attributes(name: string, from: number): { attrs: Map<string, string>; cursor: number } {
    const attrs = new Map<string, string>();
    let cursor = from;
    for (;;) {
      ATTRIBUTE.lastIndex = cursor;
      const a = ATTRIBUTE.exec(this.text);
      if (!a) break;
      const raw = a[2] ?? a[3] ?? "";
      if (raw.includes("<"))
        throw this.stop(cursor, "'<' in een attribuutwaarde", "'<' inside an attribute value", a[1]);
      if (attrs.has(a[1]))
        throw this.stop(
          cursor,
          `attribuut '${a[1]}' staat twee keer in <${name}>`,
          `attribute '${a[1]}' twice in <${name}>`,
        );
      // Attribute-value normalisation (XML 1.0 §3.3.3): literal whitespace becomes a space.
      attrs.set(a[1], decodeEntities(raw.replace(/[\t\n\r]/g, " "), this.lineAt(cursor), this.problems));
      cursor = ATTRIBUTE.lastIndex;
    }
    return { attrs, cursor };
  }

  /** The namespace of `name` in `scope`; an undeclared prefix is read on, reported once. */
  private namespaceOf(name: string, scope: Map<string, string>): { local: string; ns: string } {
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const local = colon < 0 ? name : name.slice(colon + 1);
    const ns = scope.get(prefix);
    if (ns !== undefined || prefix === "") return { local, ns: ns ?? "" };
    // Old Gephi files use `viz:` without declaring it: read on, say so once per prefix.
    if (!this.undeclared.has(prefix)) {
      this.undeclared.add(prefix);
      this.problems.push({
        line: this.lineAt(this.pos),
        fatal: false,
        code: "XML_UNDECLARED_PREFIX",
        value: name,
        message: msgText("xml-parse.undeclared_prefix", { prefix }),
      });
    }
    return { local, ns: UNDECLARED_NAMESPACE + prefix };
  }

  private startTag(): void {
    NAME.lastIndex = this.pos + 1;
    const m = NAME.exec(this.text);
    if (!m)
      throw this.stop(
        this.pos,
        "'<' zonder geldige tagnaam (schrijf &lt;)",
        "'<' without a valid tag name (write &lt;)",
      );
    const name = m[0];
    const { attrs, cursor } = this.attributes(name, NAME.lastIndex);
    const tail = /\s*(\/?)>/y;
    tail.lastIndex = cursor;
    const t = tail.exec(this.text);
    if (!t)
      throw this.stop(
        cursor,
        `tag <${name}> is niet goed afgesloten`,
        `tag <${name}> is not closed properly`,
        name,
      );
    if (this.stack.length === 0 && this.root)
      throw this.stop(this.pos, "een tweede hoofdelement", "a second root element", name);
    const parentScope =
      this.stack.length > 0 ? this.stack[this.stack.length - 1].scope : new Map<string, string>();
    let scope = parentScope;
    for (const [k, v] of attrs) {
      if (k === "xmlns" || k.startsWith("xmlns:")) {
        if (scope === parentScope) scope = new Map(parentScope);
        scope.set(k === "xmlns" ? "" : k.slice(6), v);
      }
    }
    const { local, ns } = this.namespaceOf(name, scope);
    if (t[1] !== "/" && this.stack.length >= MAX_XML_DEPTH)
      throw this.stop(
        this.pos,
        `elementen dieper genest dan ${MAX_XML_DEPTH} niveaus`,
        `elements nested deeper than ${MAX_XML_DEPTH} levels`,
        name,
        "XML_TOO_DEEP",
      );
    const el: XmlElement = { name, local, ns, attrs, children: [], text: "", line: this.lineAt(this.pos) };
    if (this.stack.length > 0) this.stack[this.stack.length - 1].el.children.push(el);
    else this.root = el;
    if (t[1] !== "/") this.stack.push({ el, scope, parts: [] });
    this.pos = tail.lastIndex;
  }
}

export function parseXml(input: string): XmlParseResult {
  const reader = new XmlReader(input);
  try {
    reader.read();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return { root: reader.root, problems: reader.problems };
}
