import type { PrismaClient } from '../../generated/prisma/client'

// security.md SE-1: idle timeout 30 min, absolute lifetime 10 h, sign-out ends the session.
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000
export const ABSOLUTE_LIFETIME_MS = 10 * 60 * 60 * 1000
// Touch lastSeenAt at most once a minute: one write per request would be waste.
const TOUCH_EVERY_MS = 60 * 1000

/** Opens a server-side session; `awaitingSecondFactor` for a single sign-on that still owes the Llwybr code (ADR 0016). */
export async function openSession(db: PrismaClient, userId: string, meta: { ip?: string; userAgent?: string; awaitingSecondFactor?: boolean }) {
  const session = await db.userSession.create({
    data: { userId, ip: meta.ip?.slice(0, 64), userAgent: meta.userAgent?.slice(0, 300), awaitingSecondFactor: meta.awaitingSecondFactor ?? false },
  })
  return session.id
}

export async function revokeSession(db: PrismaClient, sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } })
}

/**
 * Whether a session read from the database is still live, revoking it once idle for 30 minutes or older than 10
 * hours and recording activity at most once a minute (SE-1). Input: the session's row; output: true when live.
 */
export async function keepSessionAlive(db: PrismaClient, s: { id: string; revokedAt: Date | null; lastSeenAt: Date; createdAt: Date }, now = new Date()): Promise<boolean> {
  if (s.revokedAt) return false
  const idle = now.getTime() - s.lastSeenAt.getTime()
  const age = now.getTime() - s.createdAt.getTime()
  if (idle > IDLE_TIMEOUT_MS || age > ABSOLUTE_LIFETIME_MS) {
    await revokeSession(db, s.id)
    return false
  }
  if (idle > TOUCH_EVERY_MS) await db.userSession.update({ where: { id: s.id }, data: { lastSeenAt: now } })
  return true
}
