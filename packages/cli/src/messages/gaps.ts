/** Messages of `ecolens gaps` (filled as the command's texts move into the catalogue). */
import type { Message } from "./types.ts";

export const GAPS_MESSAGES = {} satisfies Record<string, Message>;
