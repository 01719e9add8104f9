import 'server-only'
import type { Tx } from '../db'

/** How long a record saved by a user counts as "a moment ago" when the same one comes again from another tab. */
export const SAME_CONTENT_WINDOW_MS = 10 * 60 * 1000

/**
 * Break 17 F5: a submission key stops a double click or a replay, but two tabs (or two windows) hold two keys, so the
 * same contact or upload sent from both was saved twice. A create that checks for its own content first takes this
 * transaction-scoped advisory lock on the author and the person, so two such submits are checked one after the other
 * and the second sees the first's committed row.
 * Input: the open transaction, what is being created (a short name), the author's and the person's ids. Output: none;
 * the lock lasts until the transaction ends.
 */
export async function oneSubmitAtATime(tx: Tx, kind: string, authorId: string, offenderId: string): Promise<void> {
  await oneAtATime(tx, `same-content:${kind}:${authorId}`, offenderId)
}

/**
 * A transaction-scoped advisory lock on (`scope`, `key`), for a create whose "is there one already?" check must see
 * what a racing twin committed (break 51 F1, F2: a new person, a break-glass opening). Input: the open transaction, a
 * scope naming what is checked and a key within it. Output: none; the lock lasts until the transaction ends.
 */
export async function oneAtATime(tx: Tx, scope: string, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`llwybr:${scope}`}), hashtext(${key}))`
}

/** The earliest creation time a same-content check looks back to (`SAME_CONTENT_WINDOW_MS` before `now`). */
export const sameContentSince = (now = new Date()) => new Date(now.getTime() - SAME_CONTENT_WINDOW_MS)
