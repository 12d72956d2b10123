/**
 * `ecolens view` answers only requests addressed to itself: Host 127.0.0.1:PORT or
 * localhost:PORT. Any other Host (a DNS-rebinding page's own name, another port, none) gets 421
 * and never the report.
 */
import { request } from "node:http";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.ts";
import { spyOnOutput } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const dir = tempDir("ecolens-view-");
const inv = writeFiles(join(dir, "inv"), {
  "organisaties.csv": [
    "org_id;naam;type;gemeente",
    "school;Basisschool;basisschool;Ieper",
    "club;Volley Ieper;sportclub;Ieper",
  ],
  "relaties.csv": ["van;naar;type;niveau", "school;club;gezamenlijke_activiteit;2"],
});

function get(port: number, host: string | null): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", method: "GET", setHost: false }, (res) => {
      let body = "";
      res.on("data", (d) => {
        body += String(d);
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    if (host !== null) req.setHeader("Host", host);
    req.on("error", reject);
    req.end();
  });
}

describe("ecolens view", () => {
  it("answers its own Host only (421 otherwise)", async () => {
    const spy = spyOnOutput();
    const running = run(["view", inv, "--port", "0", "--lang", "en"]);
    let port = 0;
    try {
      for (let i = 0; i < 600 && port === 0; i++) {
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(spy.out());
        if (m) port = Number(m[1]);
        else await new Promise((r) => setTimeout(r, 50));
      }
      expect(port).toBeGreaterThan(0);
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
        const ok = await get(port, host);
        expect(ok.status, host).toBe(200);
        expect(ok.body).toContain("<html");
      }
      for (const host of [
        `evil.example:${port}`,
        "evil.example",
        `127.0.0.1:${port + 1}`,
        `127.0.0.1.evil.example:${port}`,
        "",
      ]) {
        const refused = await get(port, host);
        expect(refused.status, String(host)).toBe(421);
        expect(refused.body).not.toContain("<html");
      }
      // No Host at all: node's HTTP/1.1 server answers 400 before ecolens sees the request.
      const none = await get(port, null);
      expect([400, 421]).toContain(none.status);
      expect(none.body).not.toContain("<html");
    } finally {
      process.emit("SIGINT");
      const code = await running;
      spy.restore();
      process.exitCode = undefined;
      expect(code).toBe(0);
    }
  }, 60_000);
});
