/** A failure with one sentence for the person at the terminal: the start scripts print its message, never a stack trace. */
export class SetupError extends Error {}

/** Prints a SetupError as its sentence (anything else as its message) under `prefix` and exits 1. */
export function exitWithSetupError(prefix: string, e: unknown): never {
  console.error(`${prefix} ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
}
