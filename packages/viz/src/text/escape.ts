/**
 * Untrusted text (organisation names, descriptions from CSV) stays text: HTML-escaped in markup
 * and attributes, and made safe inside <script type="application/json">.
 */
const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON that can sit inside a <script> element: `<`, `>`, `&` and the JavaScript line separators
 * U+2028/U+2029 become \u escapes, so no `</script>` or `<!--` can ever appear in the text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A bundled script inlined in HTML must not contain `</script` (case-insensitive). */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}
