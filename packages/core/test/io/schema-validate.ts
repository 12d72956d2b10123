/**
 * GEXF and GraphML schema validation in the tests, with libxml2 compiled to WebAssembly
 * (npm `libxml2-wasm`): the same libxml2 as Debian's xmllint, so a fresh clone needs no binary.
 * GEXF 1.3 is checked with its Relax NG grammar (its XSD rejects valid viz:* files), GraphML 1.0
 * with its XSD; both are the vendored copies in data/conformance/schemas.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { RelaxNGValidator, XmlDocument, XmlValidateError, XsdValidator } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

export const SCHEMAS = fileURLToPath(new URL("../../../../data/conformance/schemas/", import.meta.url));

xmlRegisterFsInputProviders();

function load(path: string): XmlDocument {
  // The URL lets libxml2 resolve the schemas' relative includes and imports from disk.
  return XmlDocument.fromBuffer(new Uint8Array(readFileSync(path)), { url: pathToFileURL(path).href });
}

let gexf: RelaxNGValidator | undefined;
let graphml: XsdValidator | undefined;

/** Messages of a failed validation, or a parse error; "" when the document is valid. */
function check(xml: string, validate: (doc: XmlDocument) => void): string {
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (e) {
    return `not well-formed: ${(e as Error).message}`;
  }
  try {
    validate(doc);
    return "";
  } catch (e) {
    if (e instanceof XmlValidateError)
      return e.details.map((d) => `line ${d.line}: ${d.message.trim()}`).join("\n");
    throw e;
  } finally {
    doc.dispose();
  }
}

/** GEXF 1.3 against gexf.rng ("" when valid). xsi:schemaLocation is dropped first, as the schema README says. */
export function gexfErrors(xml: string): string {
  gexf ??= RelaxNGValidator.fromDoc(load(join(SCHEMAS, "gexf/1.3/gexf.rng")));
  const stripped = xml.replace(/\s+xsi:schemaLocation="[^"]*"/, "");
  return check(stripped, (doc) => gexf!.validate(doc));
}

/** GraphML 1.0 against graphml.xsd ("" when valid). */
export function graphmlErrors(xml: string): string {
  graphml ??= XsdValidator.fromDoc(load(join(SCHEMAS, "graphml/1.0/graphml.xsd")));
  return check(xml, (doc) => graphml!.validate(doc));
}
