/** Errors the CLI turns into a one-line message and an exit code, never a stack trace. */
import type { Text } from "@ecolens/core";

export const EXIT_OK = 0;
/** The input has errors (validate) or the work could not be done on this input. */
export const EXIT_FINDINGS = 1;
/** Unknown option, missing path, bad option value. */
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: number,
  ) {
    super(text.en);
  }
}

export class UsageError extends CliError {
  constructor(text: Text) {
    super(text, EXIT_USAGE);
  }
}

export class InputError extends CliError {
  constructor(text: Text) {
    super(text, EXIT_FINDINGS);
  }
}
