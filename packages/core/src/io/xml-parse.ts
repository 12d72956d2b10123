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

export function parseXml(input: string): XmlParseResult {
  const problems: XmlProblem[] = [];
  const newlines: number[] = [];
  for (let i = input.indexOf("\n"); i >= 0; i = input.indexOf("\n", i + 1)) newlines.push(i);
  const lineAt = (pos: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  // Forbidden characters: report each (up to a limit), replace by U+FFFD and read on.
  let forbiddenCount = 0;
  const text = input.replace(FORBIDDEN, (ch, offset: number) => {
    forbiddenCount++;
    if (forbiddenCount <= MAX_CHARACTER_PROBLEMS) {
      const cp = codePointLabel(ch);
      problems.push({
        line: lineAt(offset),
        fatal: false,
        code: "XML_FORBIDDEN_CHARACTER",
        value: `⟦${cp}⟧`,
        message: {
          nl: `het teken ${cp} is niet toegelaten in XML; vervangen door U+FFFD (�)`,
          en: `the character ${cp} is not allowed in XML; replaced by U+FFFD (�)`,
        },
      });
    }
    return "\uFFFD";
  });
  if (forbiddenCount > MAX_CHARACTER_PROBLEMS) {
    problems.push({
      line: lineAt(text.length),
      fatal: false,
      code: "XML_FORBIDDEN_CHARACTER",
      message: {
        nl: `nog ${forbiddenCount - MAX_CHARACTER_PROBLEMS} niet-toegelaten tekens vervangen`,
        en: `${forbiddenCount - MAX_CHARACTER_PROBLEMS} more forbidden characters replaced`,
      },
    });
  }

  const fatal = (
    pos: number,
    nl: string,
    en: string,
    value?: string,
    code: XmlProblem["code"] = "XML_NOT_WELL_FORMED",
  ): XmlParseResult => {
    problems.push({
      line: lineAt(pos),
      fatal: true,
      code,
      value,
      message: { nl, en },
    });
    return { root, problems };
  };

  const decode = (raw: string, pos: number): string => {
    if (!raw.includes("&")) return raw;
    return raw.replace(ENTITY, (whole, body: string | undefined) => {
      if (body === undefined || !whole.endsWith(";")) {
        problems.push({
          line: lineAt(pos),
          fatal: false,
          code: "XML_UNKNOWN_ENTITY",
          value: whole,
          message: {
            nl: `losse '&' (schrijf &amp;); als tekst behouden`,
            en: `bare '&' (write &amp;); kept as text`,
          },
        });
        return whole;
      }
      if (body.startsWith("#")) {
        const cp = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        if (!Number.isFinite(cp) || isForbiddenCodePoint(cp)) {
          problems.push({
            line: lineAt(pos),
            fatal: false,
            code: "XML_FORBIDDEN_CHARACTER",
            value: whole,
            message: {
              nl: `tekenverwijzing ${whole} is niet toegelaten in XML; vervangen door U+FFFD (�)`,
              en: `character reference ${whole} is not allowed in XML; replaced by U+FFFD (�)`,
            },
          });
          return "\uFFFD";
        }
        return String.fromCodePoint(cp);
      }
      const known = Object.hasOwn(PREDEFINED, body) ? PREDEFINED[body] : undefined;
      if (known !== undefined) return known;
      problems.push({
        line: lineAt(pos),
        fatal: false,
        code: "XML_UNKNOWN_ENTITY",
        value: whole,
        message: {
          nl: `onbekende entiteit ${whole}; als tekst behouden`,
          en: `unknown entity ${whole}; kept as text`,
        },
      });
      return whole;
    });
  };

  let root: XmlElement | undefined;
  const undeclared = new Set<string>();
  const stack: { el: XmlElement; scope: Map<string, string>; parts: string[] }[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    const end = lt < 0 ? text.length : lt;
    if (end > pos) {
      const chunk = text.slice(pos, end);
      if (stack.length > 0) stack[stack.length - 1].parts.push(decode(chunk, pos));
      else if (chunk.trim() !== "")
        return fatal(
          pos,
          "tekst buiten het hoofdelement",
          "text outside the root element",
          chunk.trim().slice(0, 40),
        );
    }
    if (lt < 0) break;
    pos = lt;
    if (text.startsWith("<?", pos)) {
      const close = text.indexOf("?>", pos + 2);
      if (close < 0)
        return fatal(pos, "verwerkingsinstructie zonder '?>'", "processing instruction without '?>'");
      pos = close + 2;
    } else if (text.startsWith("<!--", pos)) {
      const close = text.indexOf("-->", pos + 4);
      if (close < 0) return fatal(pos, "commentaar zonder '-->'", "comment without '-->'");
      pos = close + 3;
    } else if (text.startsWith("<![CDATA[", pos)) {
      const close = text.indexOf("]]>", pos + 9);
      if (close < 0) return fatal(pos, "CDATA-blok zonder ']]>'", "CDATA section without ']]>'");
      if (stack.length === 0)
        return fatal(pos, "CDATA buiten het hoofdelement", "CDATA outside the root element");
      stack[stack.length - 1].parts.push(text.slice(pos + 9, close));
      pos = close + 3;
    } else if (text.startsWith("<!DOCTYPE", pos)) {
      const bracket = text.indexOf("[", pos);
      const gt = text.indexOf(">", pos);
      let close = gt;
      if (bracket >= 0 && gt >= 0 && bracket < gt) {
        const subsetEnd = text.indexOf("]", bracket);
        close = subsetEnd < 0 ? -1 : text.indexOf(">", subsetEnd);
      }
      if (close < 0) return fatal(pos, "DOCTYPE zonder einde", "DOCTYPE without an end");
      problems.push({
        line: lineAt(pos),
        fatal: false,
        code: "XML_DOCTYPE_IGNORED",
        message: {
          nl: "DOCTYPE genegeerd: eigen entiteiten worden niet uitgevouwen",
          en: "DOCTYPE ignored: custom entities are not expanded",
        },
      });
      pos = close + 1;
    } else if (text.startsWith("</", pos)) {
      NAME.lastIndex = pos + 2;
      const m = NAME.exec(text);
      const gt = text.indexOf(">", pos);
      if (!m || gt < 0) return fatal(pos, "onvolledige eindtag", "incomplete end tag");
      const top = stack.pop();
      if (!top || top.el.name !== m[0])
        return fatal(
          pos,
          `eindtag </${m[0]}> past niet bij <${top?.el.name ?? "–"}>`,
          `end tag </${m[0]}> does not match <${top?.el.name ?? "–"}>`,
          m[0],
        );
      top.el.text = top.parts.join("");
      pos = gt + 1;
    } else {
      NAME.lastIndex = pos + 1;
      const m = NAME.exec(text);
      if (!m)
        return fatal(
          pos,
          "'<' zonder geldige tagnaam (schrijf &lt;)",
          "'<' without a valid tag name (write &lt;)",
        );
      const name = m[0];
      const attrs = new Map<string, string>();
      let cursor = NAME.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = cursor;
        const a = ATTRIBUTE.exec(text);
        if (!a) break;
        const raw = a[2] ?? a[3] ?? "";
        if (raw.includes("<"))
          return fatal(cursor, "'<' in een attribuutwaarde", "'<' inside an attribute value", a[1]);
        if (attrs.has(a[1]))
          return fatal(
            cursor,
            `attribuut '${a[1]}' staat twee keer in <${name}>`,
            `attribute '${a[1]}' twice in <${name}>`,
          );
        // Attribute-value normalisation (XML 1.0 §3.3.3): literal whitespace becomes a space.
        attrs.set(a[1], decode(raw.replace(/[\t\n\r]/g, " "), cursor));
        cursor = ATTRIBUTE.lastIndex;
      }
      const tail = /\s*(\/?)>/y;
      tail.lastIndex = cursor;
      const t = tail.exec(text);
      if (!t)
        return fatal(
          cursor,
          `tag <${name}> is niet goed afgesloten`,
          `tag <${name}> is not closed properly`,
          name,
        );
      if (stack.length === 0 && root)
        return fatal(pos, "een tweede hoofdelement", "a second root element", name);
      const parentScope = stack.length > 0 ? stack[stack.length - 1].scope : new Map<string, string>();
      let scope = parentScope;
      for (const [k, v] of attrs) {
        if (k === "xmlns" || k.startsWith("xmlns:")) {
          if (scope === parentScope) scope = new Map(parentScope);
          scope.set(k === "xmlns" ? "" : k.slice(6), v);
        }
      }
      const colon = name.indexOf(":");
      const prefix = colon < 0 ? "" : name.slice(0, colon);
      const local = colon < 0 ? name : name.slice(colon + 1);
      let ns = scope.get(prefix);
      if (ns === undefined && prefix !== "") {
        // Old Gephi files use `viz:` without declaring it: read on, say so once per prefix.
        ns = UNDECLARED_NAMESPACE + prefix;
        if (!undeclared.has(prefix)) {
          undeclared.add(prefix);
          problems.push({
            line: lineAt(pos),
            fatal: false,
            code: "XML_UNDECLARED_PREFIX",
            value: name,
            message: {
              nl: `voorvoegsel '${prefix}' is niet gedeclareerd (xmlns:${prefix} ontbreekt); toch ingelezen`,
              en: `prefix '${prefix}' is not declared (xmlns:${prefix} is missing); read anyway`,
            },
          });
        }
      }
      if (t[1] !== "/" && stack.length >= MAX_XML_DEPTH)
        return fatal(
          pos,
          `elementen dieper genest dan ${MAX_XML_DEPTH} niveaus`,
          `elements nested deeper than ${MAX_XML_DEPTH} levels`,
          name,
          "XML_TOO_DEEP",
        );
      const el: XmlElement = { name, local, ns: ns ?? "", attrs, children: [], text: "", line: lineAt(pos) };
      if (stack.length > 0) stack[stack.length - 1].el.children.push(el);
      else root = el;
      if (t[1] !== "/") stack.push({ el, scope, parts: [] });
      pos = tail.lastIndex;
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1].el;
    return fatal(
      text.length,
      `<${open.name}> (regel ${open.line}) wordt nooit gesloten`,
      `<${open.name}> (line ${open.line}) is never closed`,
      open.name,
    );
  }
  if (!root) return fatal(text.length, "geen XML-element gevonden", "no XML element found");
  return { root, problems };
}
