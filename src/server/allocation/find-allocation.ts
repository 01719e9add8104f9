import 'server-only'
import { prisma } from '../db'
import { can, laoVisible, staffNotExcludedFrom, type Actor } from '../policy'
import { onSendingSide } from './sending-side'

const ids = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))]

/** The names of the teams and staff a panel shows; a list with nothing to name sends no statement (issue 18 item 1). */
const names = async (teamIds: (string | null)[], userIds: (string | null)[]) => {
  const [teamsWanted, usersWanted] = [ids(teamIds), ids(userIds)]
  const [teams, users] = await Promise.all([
    teamsWanted.length ? prisma.team.findMany({ where: { id: { in: teamsWanted } }, select: { id: true, name: true, nameCy: true } }) : [],
    usersWanted.length ? prisma.user.findMany({ where: { id: { in: usersWanted } }, select: { id: true, name: true } }) : [],
  ])
  return { teams: new Map(teams.map((t) => [t.id, t])), users: new Map(users.map((u) => [u.id, u.name])) }
}

/**
 * Ownership history, any pending transfer, and (for a senior who holds the case) the choices for allocating
 * and transferring it. Officers excluded from the person are never offered (sec18b item 3).
 * Input: the person as getOffender read them for this actor (visible; `canChange`: in offenderWritable, which
 * getOffender decided in its own statement, so it is not read again here, issue 18 item 1; `teamId`).
 */
export async function getAllocationPanel(actor: Actor, person: { id: string; teamId: string | null; canChange: boolean }) {
  const offenderId = person.id
  const [history, pending] = await Promise.all([
    prisma.offenderAllocation.findMany({ where: { offenderId }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: 50 }),
    prisma.transferRequest.findFirst({ where: { offenderId, status: 'PENDING' } }),
  ])
  const offender = person.canChange ? { teamId: person.teamId } : null
  const manage = can(actor, 'allocation.manage') && offender !== null
  const [officers, teams] = manage
    ? await Promise.all([
        prisma.user.findMany({ where: { teamId: offender!.teamId ?? undefined, status: 'ACTIVE', roles: { hasSome: ['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER'] }, ...staffNotExcludedFrom(offenderId) }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
        prisma.team.findMany({ where: { id: { not: offender!.teamId ?? undefined }, areaId: { not: null }, agency: { kind: { in: ['NPS', 'CRC'] } } }, select: { id: true, name: true, nameCy: true }, orderBy: { name: 'asc' } }),
      ])
    : [[], []]
  const lookup = await names([...history.map((h) => h.teamId), pending?.toTeamId ?? null], history.map((h) => h.offenderManagerId))
  // The sending side may withdraw the pending request; the receiving side decides it from its own list.
  const withdraw = manage && pending !== null && onSendingSide(actor, pending)
  return { history, pending, manage, withdraw, officers, teams, lookup }
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
