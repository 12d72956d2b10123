/** What the GEXF and GraphML readers share: bytes -> element tree, XML problems -> findings. */
import type { InputFile, InventoryFileKind } from "../model/types.ts";
import type { NetworkBuilder } from "./network-builder.ts";
import { parseXml, type XmlElement } from "./xml-parse.ts";
import { decodeXmlBytes } from "./xml-text.ts";

/** Reads the file into an element tree; every XML problem becomes a finding. */
export function loadXml(
  file: InputFile,
  builder: NetworkBuilder,
  kind: InventoryFileKind,
): XmlElement | undefined {
  const decoded = decodeXmlBytes(file.bytes);
  builder.addFile(file.name, kind, { encoding: decoded.encoding });
  if (decoded.problem) builder.report(file.name, "warning", "ENCODING_FALLBACK", {}, decoded.problem);
  const { root, problems } = parseXml(decoded.text);
  for (const p of problems) {
    const message = p.fatal
      ? {
          nl: `geen geldige XML op regel ${p.line}: ${p.message.nl}; alleen het deel ervoor is ingelezen`,
          en: `not well-formed XML at line ${p.line}: ${p.message.en}; only the part before it was read`,
        }
      : p.message;
    const severity =
      p.code === "XML_DOCTYPE_IGNORED" ? "info" : p.code === "XML_UNKNOWN_ENTITY" ? "warning" : "error";
    builder.report(file.name, severity, p.code, { row: p.line, value: p.value }, message);
  }
  return root;
}

export function childrenNamed(el: XmlElement, local: string, ns: string): XmlElement[] {
  return el.children.filter((c) => c.local === local && c.ns === ns);
}

export function firstChild(el: XmlElement, local: string, ns: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local && c.ns === ns);
}
