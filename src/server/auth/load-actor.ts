import type { PrismaClient } from '../../generated/prisma/client'
import type { Actor } from '../policy'
import { touchSession } from './sessions'

/**
 * Builds the actor from the database on every request (security.md AC-6): a revoked or idle session,
 * a disabled user or a changed role takes effect at once, whatever the cookie says.
 */
export async function loadActor(db: PrismaClient, sessionId: string): Promise<Actor | null> {
  const userId = await touchSession(db, sessionId)
  return userId ? loadActorForUser(db, userId, sessionId) : null
}

/** The actor for a user id, or null when the user or their agency is disabled. */
export async function loadActorForUser(db: PrismaClient, userId: string, sessionId: string | null = null): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { agency: true, team: { include: { area: true } } },
  })
  if (!user || user.status !== 'ACTIVE' || !user.agency.active) return null
  return {
    userId: user.id,
    sessionId,
    name: user.name,
    email: user.email,
    agencyId: user.agencyId,
    agencyKind: user.agency.kind,
    teamId: user.teamId,
    lduId: user.team?.areaId ?? null,
    region: user.team?.area?.region ?? user.agency.region ?? null,
    roles: user.roles,
    locale: user.locale,
  }
}
