import 'server-only'
import pLimit from 'p-limit'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'

/**
 * How many of the outcome figures' aggregate queries one instance runs at a time (issue 14, walk 34 D4). One view
 * computed from the events sends a query per indicator and breakdown at once; two such views took every connection
 * of the pool (10), so the next request — theirs or anyone's — failed with "timeout exceeded when trying to connect"
 * after 5 s. Queued here instead, they wait their turn without holding a connection, and the rest of the pool stays
 * free for case work. `LLWYBR_OUTCOME_QUERIES` (default 3) must stay below `DATABASE_POOL_SIZE` (default 10).
 */
export const OUTCOME_QUERIES = Math.max(1, Number(process.env.LLWYBR_OUTCOME_QUERIES ?? 3) || 3)

// p-limit (sindresorhus): a maintained, tiny promise queue with a fixed concurrency, so no hand-written semaphore.
const gate = pLimit(OUTCOME_QUERIES)

/**
 * One outcome aggregate query (raw SQL, no parameters outside `sql`) through the per-instance gate. Input: the
 * statement; output: its rows, typed by the caller. Never call it from inside another gated call (it would wait on
 * itself when the gate is full). Errors: whatever the query raises.
 */
export function readOutcomeRows<T>(sql: Prisma.Sql): Promise<T[]> {
  return gate(() => prisma.$queryRaw<T[]>(sql))
}
