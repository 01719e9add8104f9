import 'server-only'
import { prisma } from '../db'
import { notExcludedFrom } from '../limited-access/excluded-staff'
import { can, laoVisible, offenderWritable, type Actor } from '../policy'

const names = async (teamIds: (string | null)[], userIds: (string | null)[]) => {
  const [teams, users] = await Promise.all([
    prisma.team.findMany({ where: { id: { in: teamIds.filter((x): x is string => !!x) } }, select: { id: true, name: true, nameCy: true } }),
    prisma.user.findMany({ where: { id: { in: userIds.filter((x): x is string => !!x) } }, select: { id: true, name: true } }),
  ])
  return { teams: new Map(teams.map((t) => [t.id, t])), users: new Map(users.map((u) => [u.id, u.name])) }
}

/**
 * Ownership history, any pending transfer, and (for a senior who holds the case) the choices for allocating
 * and transferring it. The record page has already checked the person is visible. Officers excluded from the person
 * are never offered (sec18b item 3).
 */
export async function getAllocationPanel(actor: Actor, offenderId: string) {
  const [history, pending, offender] = await Promise.all([
    prisma.offenderAllocation.findMany({ where: { offenderId }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: 50 }),
    prisma.transferRequest.findFirst({ where: { offenderId, status: 'PENDING' } }),
    prisma.offender.findFirst({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] }, select: { teamId: true } }),
  ])
  const manage = can(actor, 'allocation.manage') && offender !== null
  const [officers, teams] = manage
    ? await Promise.all([
        prisma.user.findMany({ where: { teamId: offender!.teamId ?? undefined, status: 'ACTIVE', roles: { hasSome: ['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER'] }, ...notExcludedFrom(offenderId) }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
        prisma.team.findMany({ where: { id: { not: offender!.teamId ?? undefined }, areaId: { not: null }, agency: { kind: { in: ['NPS', 'CRC'] } } }, select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
      ])
    : [[], []]
  const lookup = await names([...history.map((h) => h.teamId), pending?.toTeamId ?? null], history.map((h) => h.offenderManagerId))
  return { history, pending, manage, officers, teams, lookup }
}

/** Transfers waiting for this senior's team to accept them. */
export async function findIncomingTransfers(actor: Actor) {
  if (!can(actor, 'allocation.manage') || !actor.teamId) return []
  const requests = await prisma.transferRequest.findMany({
    where: { status: 'PENDING', toTeamId: actor.teamId, offender: laoVisible(actor) },
    select: { id: true, version: true, reason: true, requestedAt: true, fromTeamId: true, offender: { select: { id: true, crn: true, firstName: true, lastName: true } } },
    orderBy: { requestedAt: 'asc' },
  })
  const lookup = await names(requests.map((r) => r.fromTeamId), [])
  return requests.map((r) => ({ ...r, fromTeam: r.fromTeamId ? (lookup.teams.get(r.fromTeamId) ?? null) : null }))
}
