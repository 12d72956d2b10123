// Starts the TypeScript layout thread when ecolens runs from source (tsx, vitest). The built CLI
// loads dist/layout-worker.mjs directly (packages/cli/build.ts).
import { register } from "tsx/esm/api";

register();
await import("./layout-thread.ts");
