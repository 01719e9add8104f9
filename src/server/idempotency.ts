import 'server-only'
import { AppError } from './errors'
import type { Actor } from './policy'

type Earlier = { id: string; offenderId: string; recordedById: string | null }

/**
 * A create form carries an idempotency key held unique in its table (security.md RL-2). On a replay, hand back the row
 * that key already created; the same key on another user's or another person's row is a CONFLICT, never a leak.
 */
export function replayOf(earlier: Earlier | null, actor: Actor, offenderId: string): { id: string; offenderId: string } | null {
  if (!earlier) return null
  if (earlier.recordedById !== actor.userId || earlier.offenderId !== offenderId) throw new AppError('CONFLICT')
  return { id: earlier.id, offenderId: earlier.offenderId }
}

/** Whether `e` is Prisma's unique-index refusal (P2002) on an `idempotencyKey` column. */
function isDuplicateKey(e: unknown): boolean {
  const error = e as { code?: string; meta?: unknown }
  return error?.code === 'P2002' && JSON.stringify(error.meta ?? {}).includes('idempotencyKey')
}

/**
 * Runs an idempotent create (a transaction that first looks its key up). When two identical submits race, both miss
 * the lookup and the loser's insert hits the key's unique index; running it once more finds the winner's row, so
 * both are answered with the record that exists instead of "Something went wrong" (security.md RL-2, issue 13).
 * Input: the whole create, re-runnable. Output: its result. Errors: whatever the create raises a second time.
 */
export async function createOnce<T>(create: () => Promise<T>): Promise<T> {
  try {
    return await create()
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    return create()
  }
}
