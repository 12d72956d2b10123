#!/usr/bin/env node
// The `ecolens` command: runs the built bundle (packages/cli/dist, made by `pnpm build`); plain
// JavaScript, no TypeScript loader. From a checkout without a build, say how to make one.

// `ecolens ... | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on("error", (error) => {
  if (error?.code === "EPIPE") process.exit(0);
  throw error;
});
try {
  await import("../dist/ecolens.mjs");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("ecolens.mjs")) throw error;
  process.stderr.write(
    "ecolens: the CLI is not built yet: run `npx -y pnpm@12.4.2 build` (or use `npx -y pnpm@12.4.2 ecolens`)\n",
  );
  process.exitCode = 2;
}
