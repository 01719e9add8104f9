import { prisma, type Tx } from '../../src/server/db'
import { lockRow } from '../../src/server/row-lock'

/**
 * Runs `work` in a transaction that holds one row (lockRow) until the returned `release` is called, so a race test can
 * start the call under test while the row is held and let it go when it chooses. Input: the table, the row's id, the
 * work done under the hold (default none). Output: `{ release, done }`, `done` settling when the transaction ends.
 */
export async function holdingRow(table: Parameters<typeof lockRow>[1], id: string, work: (tx: Tx) => Promise<unknown> = async () => {}) {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let ready!: () => void
  const started = new Promise<void>((resolve) => (ready = resolve))
  const done = prisma.$transaction(async (tx) => {
    await lockRow(tx, table, id)
    await work(tx)
    ready()
    await held
  }, { timeout: 20_000 })
  await started
  return { release, done }
}
