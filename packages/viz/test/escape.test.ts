import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript, scriptSafe } from "../src/text/escape.ts";

describe("escaping untrusted text", () => {
  it("escapes HTML specials", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;",
    );
  });
  it("makes JSON safe inside <script> and keeps it parseable to the same value", () => {
    const value = { name: "</script><script>alert(1)</script>", other: "a\u2028b\u2029c & <!-- x -->" };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
  it("neutralises </script in bundled code", () => {
    expect(scriptSafe('x="</SCRIPT>"')).toBe('x="<\\/SCRIPT>"');
  });
});
