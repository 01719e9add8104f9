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
