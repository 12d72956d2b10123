#!/usr/bin/env node
// The sources are TypeScript without a build step: run them through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
