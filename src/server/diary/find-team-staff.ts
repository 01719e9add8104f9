import 'server-only'
import { z } from 'zod'
import { prisma } from '../db'
import { mayBeShown } from '../limited-access/excluded-staff'
import { can, type Actor } from '../policy'

/** Roles that keep a diary of appointments (those granted 'appointment.manage'). */
const diaryRoles = ['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER'] as const

/**
 * The active staff of the actor's team who keep a diary, by name: the choices for "staff member" when arranging and
 * for a senior's "whose diary". Only ids and names of colleagues, no case data. Empty without 'diary.view'; the
 * actor alone when they have no team. With `offenderId` (arranging an appointment with that person) only staff who may
 * see the person are offered, in the query: not on the exclusion list (sec19b, issue 17) and, when the person has a
 * restriction list, named on it (walk 66 F3: every colleague was offered and all but the listed refused).
 */
export async function findTeamStaff(actor: Actor, offenderId?: string): Promise<{ id: string; name: string }[]> {
  if (!can(actor, 'diary.view')) return []
  if (!actor.teamId) return [{ id: actor.userId, name: actor.name }]
  return prisma.user.findMany({
    where: { AND: [{ teamId: actor.teamId, status: 'ACTIVE', roles: { hasSome: [...diaryRoles] } }, offenderId ? await mayBeShown(prisma, offenderId) : {}] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true },
    take: 200,
  })
}

/**
 * Whose diary the actor may open: their own ('diary.view'), or, for a senior ('diary.viewTeam'), an active member
 * of their own team. A colleague's diary without the grant is FORBIDDEN; anyone outside the team (another team's
 * officer, an unknown or disabled user) is null, which the caller turns into NOT_FOUND.
 */
export async function diaryOwner(actor: Actor, staffId: string | undefined): Promise<{ id: string; name: string } | null> {
  if (!staffId || staffId === actor.userId) return { id: actor.userId, name: actor.name }
  // A real UUID only: 36 dashes pass a character-class check and PostgreSQL then fails on the cast (a 500).
  if (!actor.teamId || !z.uuid().safeParse(staffId).success) return null
  return prisma.user.findFirst({ where: { id: staffId, teamId: actor.teamId, status: 'ACTIVE', roles: { hasSome: [...diaryRoles] } }, select: { id: true, name: true } })
}
