import 'server-only'
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from '../auth/sessions'
import { WINDOW_MS } from '../auth/throttle'
import { prisma } from '../db'

/** Form submission claims are kept this long for replays of a double-submitted form, then pruned. */
export const SUBMISSION_KEEP_MS = 7 * 24 * 3600 * 1000

/**
 * Deletes rows that can no longer do anything (issue 18 item 3), as of `now`: sessions revoked, idle for more than
 * 30 minutes or older than their 10-hour lifetime (security.md SE-1: none of them can sign anyone in again); sign-in
 * throttle windows that closed more than 15 minutes ago (AU-2: a fresh failure starts a new window anyway); and form
 * submission claims older than 7 days. Live sessions, open windows and recent claims are left alone.
 * Output: how many rows of each were deleted.
 */
export async function pruneExpired(now = new Date()) {
  const at = (ms: number) => new Date(now.getTime() - ms)
  return prisma.$transaction(async (tx) => {
    const sessions = await tx.userSession.deleteMany({
      where: { OR: [{ revokedAt: { not: null } }, { lastSeenAt: { lt: at(IDLE_TIMEOUT_MS) } }, { createdAt: { lt: at(ABSOLUTE_LIFETIME_MS) } }] },
    })
    const throttles = await tx.rateLimit.deleteMany({ where: { windowStart: { lte: at(WINDOW_MS) } } })
    const submissions = await tx.formSubmission.deleteMany({ where: { createdAt: { lt: at(SUBMISSION_KEEP_MS) } } })
    return { sessions: sessions.count, throttles: throttles.count, submissions: submissions.count }
  })
}
