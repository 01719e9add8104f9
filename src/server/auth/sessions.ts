import type { PrismaClient } from '../../generated/prisma/client'

// security.md SE-1: idle timeout 30 min, absolute lifetime 10 h, sign-out ends the session.
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000
export const ABSOLUTE_LIFETIME_MS = 10 * 60 * 60 * 1000
// Touch lastSeenAt at most once a minute: one write per request would be waste.
const TOUCH_EVERY_MS = 60 * 1000

export async function openSession(db: PrismaClient, userId: string, meta: { ip?: string; userAgent?: string }) {
  const session = await db.userSession.create({
    data: { userId, ip: meta.ip?.slice(0, 64), userAgent: meta.userAgent?.slice(0, 300) },
  })
  return session.id
}

export async function revokeSession(db: PrismaClient, sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } })
}

/** Returns the user id if the session is live, and keeps it alive; otherwise null. */
export async function touchSession(db: PrismaClient, sessionId: string, now = new Date()): Promise<string | null> {
  const s = await db.userSession.findUnique({ where: { id: sessionId } })
  if (!s || s.revokedAt) return null
  const idle = now.getTime() - s.lastSeenAt.getTime()
  const age = now.getTime() - s.createdAt.getTime()
  if (idle > IDLE_TIMEOUT_MS || age > ABSOLUTE_LIFETIME_MS) {
    await revokeSession(db, sessionId)
    return null
  }
  if (idle > TOUCH_EVERY_MS) await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } })
  return s.userId
}
