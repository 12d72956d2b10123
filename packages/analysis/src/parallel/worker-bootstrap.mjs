// Starts the TypeScript worker when ecolens runs from source (tsx, vitest): registers tsx's
// loader in this worker thread, then loads worker.ts. The built CLI loads dist/worker.mjs
// directly (packages/cli/build.ts).
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
