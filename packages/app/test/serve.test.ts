/** The local server: 127.0.0.1 only, files under dist/ only, a folder serves its index.html. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileFor, serveDist } from "../serve.ts";

const dir = mkdtempSync(join(tmpdir(), "ecolens-serve-"));
mkdirSync(join(dir, "assets"));
writeFileSync(join(dir, "index.html"), "<!doctype html><title>x</title>");
writeFileSync(join(dir, "assets", "a.js"), "export {};");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fileFor", () => {
  it("finds files and a folder's index.html, and nothing outside the folder", () => {
    expect(fileFor(dir, "/")).toBe(join(dir, "index.html"));
    expect(fileFor(dir, "/assets/a.js?v=1")).toBe(join(dir, "assets", "a.js"));
    expect(fileFor(dir, "/../../etc/passwd")).toBeUndefined();
    expect(fileFor(dir, "/%2e%2e/%2e%2e/etc/passwd")).toBeUndefined();
    expect(fileFor(dir, "/%E0%A4%A")).toBeUndefined();
    expect(fileFor(dir, "/missing.js")).toBeUndefined();
  });
});

describe("serveDist", () => {
  it("listens on 127.0.0.1 and serves with the right type", async () => {
    const { server, url } = await serveDist(dir, 0);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const script = await fetch(`${url}assets/a.js`);
      expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect((await fetch(`${url}nope`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
