import { existsSync } from "node:fs";
import { defineConfig } from "vitest/config";
import { DEFAULT_CHROMIUM_PATH } from "./packages/viz/src/browser-flags.ts";

// Browser tests need Debian's chromium. On a machine without it they are left out with one
// visible line, so `pnpm test` passes with Node alone; under CI=true they always run, and a
// missing browser fails them (packages/viz/test/helpers/browser.ts).
const chromium = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
const leaveOutBrowser = !existsSync(chromium) && !process.env.CI;
if (leaveOutBrowser)
  console.log(
    `browser tests (*.e2e.test.ts) not run: no chromium at ${chromium}. Install it (apt-get install chromium) to run them; with CI=true this is a failure.`,
  );

export default defineConfig({
  test: {
    include: [
      "packages/*/test/**/*.test.ts",
      "scripts/test/**/*.test.ts",
      "examples/test/**/*.test.ts",
      "bench/test/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", ...(leaveOutBrowser ? ["**/*.e2e.test.ts"] : [])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
