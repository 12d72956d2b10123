import { defineConfig } from "vitest/config";

// The interop suite: other tools (networkx, igraph, LibreOffice) read what ecolens writes. It needs
// Python peers that the main suite must not depend on; `.ci/run` installs them and runs it.
export default defineConfig({
  test: {
    include: ["interop/**/*.interop.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
