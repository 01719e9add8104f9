import { Prisma, type PrismaClient } from '../../generated/prisma/client'
import { rolesNotFitting, type Actor } from '../policy'
import { keepSessionAlive } from './sessions'

type ActorRow = Omit<Actor, 'sessionId'> & { status: string; agencyActive: boolean; requireTwoStep: boolean; enrolled: boolean }
type SessionRow = ActorRow & { revokedAt: Date | null; lastSeenAt: Date; createdAt: Date; awaitingSecondFactor: boolean }

/**
 * A live session's actor and what it still owes before it counts as signed in: `mustEnrol` (the agency requires a
 * second factor the user has not set up) or `mustGiveCode` (single sign-on opened it for an enrolled user, ADR 0016).
 */
export type LoadedSession = { actor: Actor; mustEnrol: boolean; mustGiveCode: boolean }

// The user with their agency, team's area (LDU and region) and second factor: one query, not one per relation.
const actorColumns = Prisma.sql`u.id::text AS "userId", u.name, u.email, u."agencyId"::text AS "agencyId", a.kind::text AS "agencyKind",
  u."teamId"::text AS "teamId", t."areaId"::text AS "lduId", COALESCE(ar.region, a.region)::text AS region, u.roles::text[] AS roles,
  u.locale::text AS locale, u.status::text AS status, a.active AS "agencyActive", a."requireTwoStep", (f."confirmedAt" IS NOT NULL) AS enrolled`
const actorJoins = Prisma.sql`JOIN "Agency" a ON a.id = u."agencyId" LEFT JOIN "Team" t ON t.id = u."teamId"
  LEFT JOIN "Area" ar ON ar.id = t."areaId" LEFT JOIN "TwoStepFactor" f ON f."userId" = u.id`
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The actor, or null when the user or their agency is disabled. A role that does not fit the agency's kind is left
 * out (review 65b S1, ADR 0030): the database refuses such a row since 20261207080000_roles_fit_agency, and this
 * keeps one that got there another way (a restored backup, a trigger dropped by hand) from granting anything.
 */
function toActor(row: ActorRow, sessionId: string | null): Actor | null {
  if (row.status !== 'ACTIVE' || !row.agencyActive) return null
  const { userId, name, email, agencyId, agencyKind, teamId, lduId, region, locale } = row
  const misfits = rolesNotFitting(row.roles, agencyKind)
  const roles = misfits.length ? row.roles.filter((r) => !misfits.includes(r)) : row.roles
  return { userId, sessionId, name, email, agencyId, agencyKind, teamId, lduId, region, roles, locale }
}

/**
 * A request's session, user, agency, area and second factor in ONE query (issue 18 item 2), read afresh on every
 * request, never cached across requests (security.md AC-6): a revoked or idle session, a disabled user or agency or
 * a changed role takes effect at once, whatever the cookie says. A live session is kept alive (sessions.ts).
 * Output: the actor, whether they must first enrol a second factor (their agency requires one and they have not
 * confirmed one, security.md AU-4) and whether a single sign-on still owes its code (ADR 0016), or null.
 */
export async function loadSession(db: PrismaClient, sessionId: string, now = new Date()): Promise<LoadedSession | null> {
  if (!UUID.test(sessionId)) return null
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s."revokedAt", s."lastSeenAt", s."createdAt", s."awaitingSecondFactor", ${actorColumns}
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId" ${actorJoins}
    WHERE s.id = ${sessionId}::uuid`
  if (!row || !(await keepSessionAlive(db, { id: sessionId, ...row }, now))) return null
  const actor = toActor(row, sessionId)
  return actor && { actor, mustEnrol: row.requireTwoStep && !row.enrolled, mustGiveCode: row.awaitingSecondFactor }
}

/** The actor of a session (as loadSession), whether or not they must still enrol; never one still owing its code. */
export async function loadActor(db: PrismaClient, sessionId: string): Promise<Actor | null> {
  const loaded = await loadSession(db, sessionId)
  return loaded && !loaded.mustGiveCode ? loaded.actor : null
}

/** The actor for a user id, or null when the user or their agency is disabled (or there is no such user). */
export async function loadActorForUser(db: PrismaClient, userId: string, sessionId: string | null = null): Promise<Actor | null> {
  if (!UUID.test(userId)) return null
  const [row] = await db.$queryRaw<ActorRow[]>`SELECT ${actorColumns} FROM "User" u ${actorJoins} WHERE u.id = ${userId}::uuid`
  return row ? toActor(row, sessionId) : null
}
