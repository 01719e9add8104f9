import 'server-only'
import pLimit from 'p-limit'
import type { Prisma } from '../../generated/prisma/client'
import { wholeNumberSetting } from '../../lib/whole-number-setting'
import { prisma } from '../db'

/**
 * How many of the outcome figures' aggregate queries one instance runs at a time (issue 14, walk 34 D4). One view
 * computed from the events sends a query per indicator and breakdown at once; two such views took every connection
 * of the pool (10), so the next request — theirs or anyone's — failed with "timeout exceeded when trying to connect"
 * after 5 s. Queued here instead, they wait their turn without holding a connection, and the rest of the pool stays
 * free for case work. `LLWYBR_OUTCOME_QUERIES` (default 3) must stay below `DATABASE_POOL_SIZE` (default 10).
 */
export const OUTCOME_QUERIES = wholeNumberSetting(process.env.LLWYBR_OUTCOME_QUERIES, 3, { min: 1, max: 100 })

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

/**
 * How many outcome views one instance computes directly (no stored set for their filter) at a time, default 1
 * (`LLWYBR_OUTCOME_DIRECT_VIEWS`; issue 14, break 35 D1–D2). Each computation also works through its rows and
 * disclosure control in this process; five or six at once kept the event loop so busy that case pages took 8–25 s,
 * `/api/health` failed and connection waits timed out although the pool had room. One at a time, the others wait
 * without working, and every other request is served between their steps.
 */
export const OUTCOME_DIRECT_VIEWS = wholeNumberSetting(process.env.LLWYBR_OUTCOME_DIRECT_VIEWS, 1, { min: 1, max: 20 })

const viewGate = pLimit(OUTCOME_DIRECT_VIEWS)
const computing = new Map<string, Promise<{ value: unknown; startedAt: Date }>>()

/**
 * One direct computation of outcome figures through the per-instance view gate, shared by everyone who asks for the
 * same `key` while it runs (the same filter, part and day give the same aggregates, whoever asks: callers authorize
 * and audit before and after). Input: the key (filter key, part, source, London day) and the computation; output:
 * its value and when it started (ms precision). Errors: the computation's, to every caller sharing it.
 */
export function computeOutcomeView<T>(key: string, compute: () => Promise<T>): Promise<{ value: T; startedAt: Date }> {
  const running = computing.get(key)
  if (running) return running as Promise<{ value: T; startedAt: Date }>
  const started = viewGate(async () => {
    const startedAt = new Date()
    return { value: await compute(), startedAt }
  }).finally(() => computing.delete(key))
  computing.set(key, started)
  return started
}
