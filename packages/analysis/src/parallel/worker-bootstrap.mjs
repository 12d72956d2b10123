// Starts the TypeScript worker when ecolens runs from source (tsx, vitest): registers tsx's
// loader in this worker thread, then loads worker.ts. A compiled build loads worker.js directly.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
