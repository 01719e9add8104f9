import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'

/** Raised by any use of the database inside `validateOnly`: the operation went past its input checks. */
export class DryRunStop extends Error {
  constructor() {
    super('dry run: the database is not used while only validating')
  }
}

const dryRun = new AsyncLocalStorage<true>()

/** True inside `validateOnly`: the database client refuses every use (src/server/db.ts). */
export const inDryRun = () => dryRun.getStore() === true

/**
 * Runs an operation only as far as its input checks: the first use of the database throws DryRunStop, so nothing is
 * read or written. Input: the operation. Output: the error it threw (a ZodError when its input was refused), or null
 * when it stopped at the database or returned. Used by runChecked to report a form's other field errors alongside
 * its control-character ones in one round (issue 16, MAPPA break test item 5).
 */
export async function validateOnly(operation: () => Promise<unknown>): Promise<unknown> {
  try {
    await dryRun.run(true, operation)
    return null
  } catch (e) {
    return e instanceof DryRunStop ? null : e
  }
}
