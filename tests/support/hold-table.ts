import { prisma } from '../../src/server/db'

/**
 * Forces the interleaving a race test needs: holds `table` in SHARE mode (reads go on, inserts wait), starts the
 * calls, waits until `waiting` of them are blocked on a lock (each has done its checks and is at its insert, or is
 * queued on a row lock that serialises them), then lets them all go. Without a row lock between check and write,
 * every call passes its check before any writes; with one, the later calls re-check after the first has committed.
 * Input: the table's name, the calls, how many must be waiting. Output: each call's settled result, in order.
 */
export async function withTableHeld<T>(table: string, calls: (() => Promise<T>)[], waiting = calls.length) {
  let started: Promise<PromiseSettledResult<T>[]> | undefined
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE "${table}" IN SHARE MODE`)
      let done = 0
      started = Promise.allSettled(calls.map((call) => call().finally(() => done++)))
      // Each worker has a database of its own, so every backend waiting on a lock in it is one of these calls.
      for (;;) {
        // Activity is read once per transaction unless the snapshot is dropped.
        await tx.$executeRaw`SELECT pg_stat_clear_snapshot()`
        const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`
        // A call that ended early (refused before its write) will never wait: it counts as arrived.
        if ((row?.n ?? 0) + done >= waiting) break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    { timeout: 25_000, maxWait: 10_000 },
  )
  return started!
}
