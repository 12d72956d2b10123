/**
 * Independent checkers for the io tests, all from npm so a fresh clone runs them: libxml2 (as
 * WebAssembly) validates against the official schemas and checks the structure of exported XML
 * with XPath, independently of ecolens' own readers. Reading our exports with networkx and igraph
 * needs Python: that lives in the interop suite (`interop/`, `npx -y pnpm@12.4.2 test:interop`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XmlAttribute, XmlDocument } from "libxml2-wasm";
import type { InputFile } from "../../src/model/types.ts";

export { gexfErrors, graphmlErrors, SCHEMAS } from "./schema-validate.ts";

export const REFERENCE = fileURLToPath(new URL("../../../../data/reference/cases/", import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "ecolens-io-"));
let counter = 0;

export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}

export function inputFrom(path: string, name = path.split("/").pop() ?? path): InputFile {
  return { name, bytes: new Uint8Array(readFileSync(path)) };
}

export function inputText(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

function attributeValues(doc: XmlDocument, xpath: string): string[] {
  return doc.find(xpath).map((n) => (n instanceof XmlAttribute ? n.value : String(n.content)));
}

/** Independent structure check of an exported XML file: node count, unique ids, edges, dangling endpoints. */
export function integrity(_kind: "gexf" | "graphml", xml: string) {
  const doc = XmlDocument.fromString(xml);
  try {
    const nodes = attributeValues(doc, "//*[local-name()='node']/@id");
    const declared = new Set(nodes);
    const sources = attributeValues(doc, "//*[local-name()='edge']/@source");
    const targets = attributeValues(doc, "//*[local-name()='edge']/@target");
    let dangling = 0;
    for (let i = 0; i < sources.length; i++)
      if (!declared.has(sources[i]) || !declared.has(targets[i])) dangling++;
    return { nodes: nodes.length, unique: declared.size, edges: sources.length, dangling };
  } finally {
    doc.dispose();
  }
}
