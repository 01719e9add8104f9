import { prisma } from '../../../src/server/db'
import type { Role } from '../../../src/generated/prisma/enums'
import { can, type Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import type { World } from '../../support/world'
import type { RoleCaller } from './role-actors'

/** Someone holding the permission a realistic input needs, but for whom its record is out of scope. */
export type Outsider = { who: string; actor: Actor }

/** The officer who reads the world officer's people (same local delivery unit) but may not change them (team B). */
export const OTHER_TEAM_OFFICER = 'an officer of another team'

/**
 * For each role that submits realistic inputs, the users of that same role for whom those inputs' records are out of
 * scope (issue 17, the suite; sec19a item 2): an officer of another team and of another region, a senior of another
 * region, police of another force, a MAPPA coordinator of another area (and, for a meeting's steps, a chair of another
 * meeting; for approving its minutes, a coordinator of the area who is not its chair), a COSA coordinator of another provider, volunteers off the circle, a partner caseworker of another service;
 * and the world's senior, excluded from the world officer's person (an exclusion is made on that person here); the
 * officer of another team is excluded from the North Wales person, whom the realistic break-glass input opens.
 * Strategic managers and administrators have no record scope: their actions are reference data or their own.
 * Input: the world and its callers. Output: the outsiders by role, and the excluded senior.
 */
export async function scopeOutsiders(w: World, callers: RoleCaller[]) {
  const user = async (name: string, roles: Role[], agencyId: string, teamId: string | null = null) =>
    actorOf(await prisma.user.create({ data: { email: `${name}-${w.tag}@llwybr.test`, name, roles, agencyId, teamId } }))
  const agency = (code: string, kind: 'POLICE' | 'THIRD_SECTOR' | 'LOCAL_AUTHORITY', region: 'NORTH_WALES' | 'SOUTH_WALES') =>
    prisma.agency.create({ data: { code: `${code}-${w.tag}`.toUpperCase(), name: `${code} ${w.tag}`, kind, region } })
  const provider = callers.find((c) => c.role === 'COSA_COORDINATOR')!.actor.agencyId
  const otherProvider = await agency('other-circles', 'THIRD_SECTOR', 'SOUTH_WALES')
  /** A volunteer user with a volunteer record at `agencyId`, on no circle of the test's records. */
  const volunteer = async (name: string, agencyId: string) => {
    const actor = await user(name, ['COSA_VOLUNTEER'], agencyId)
    await prisma.cosaVolunteer.create({ data: { agencyId, userId: actor.userId, firstName: name, lastName: `Outsider${w.tag}`, email: `${name}-${w.tag}@example.org`, dateOfBirth: new Date('1975-01-01'), homeArea: 'Cardiff', stage: 'ACTIVE' } })
    return actor
  }
  await prisma.accessRestriction.create({ data: { offenderId: w.people.mine.id, kind: 'EXCLUSION', userId: w.staff.senior.id, reason: 'Related to the person' } })
  // Break-glass opens a record out of scope, never a Limited Access one kept from the user (docs/decisions/0014): the
  // officer of another team is excluded from the person the realistic input breaks glass on.
  await prisma.accessRestriction.create({ data: { offenderId: w.people.north.id, kind: 'EXCLUSION', userId: w.staff.otherTeamOfficer.id, reason: 'Knows the family' } })
  const byRole: Partial<Record<Role, Outsider[]>> = {
    PROBATION_OFFICER: [
      { who: OTHER_TEAM_OFFICER, actor: w.actors.otherTeamOfficer },
      { who: 'an officer of another region', actor: w.actors.northOfficer },
    ],
    SENIOR_PROBATION_OFFICER: [{ who: 'a senior of another region', actor: await user('north-senior', ['SENIOR_PROBATION_OFFICER'], w.nps.id, w.teamNorth.id) }],
    POLICE_OFFENDER_MANAGER: [{ who: 'police of another force', actor: await user('north-police', ['POLICE_OFFENDER_MANAGER'], (await agency('north-police', 'POLICE', 'NORTH_WALES')).id) }],
    MAPPA_COORDINATOR: [
      { who: 'a MAPPA coordinator of another area', actor: await user('north-mappa', ['MAPPA_COORDINATOR'], w.nps.id, w.teamNorth.id) },
    ],
    COSA_COORDINATOR: [{ who: 'a COSA coordinator of another provider', actor: await user('other-coordinator', ['COSA_COORDINATOR'], otherProvider.id) }],
    COSA_VOLUNTEER: [
      { who: 'a volunteer of the provider not on the circle', actor: await volunteer('same-provider-volunteer', provider) },
      { who: 'a volunteer of another provider', actor: await volunteer('other-provider-volunteer', otherProvider.id) },
    ],
    PARTNER_CASEWORKER: [{ who: 'a caseworker of another service', actor: await user('other-caseworker', ['PARTNER_CASEWORKER'], (await agency('other-council', 'LOCAL_AUTHORITY', 'SOUTH_WALES')).id) }],
  }
  return {
    byRole,
    /** For the steps of running a meeting: a senior who chairs another meeting of the area, and not this one. */
    otherChair: { who: 'a chair who is not the meeting’s', actor: await chairOfAnother(w) } satisfies Outsider,
    /** For approving the minutes, the chair's alone: the area's other coordinators run its meetings but do not approve. */
    coordinatorNotChair: { who: 'a MAPPA coordinator of the area who does not chair the meeting', actor: await user('other-chair', ['MAPPA_COORDINATOR'], w.nps.id, w.teamB.id) } satisfies Outsider,
    /** For inputs naming the world officer's person: the senior may change their team's people, but not this one. */
    excluded: { who: 'a senior excluded from the person', actor: w.actors.senior } satisfies Outsider,
    /** For inputs naming a circle or one of its records: a coordinator of its own provider excluded from its core member. */
    excludedCoordinator: { who: 'a COSA coordinator of the provider excluded from the core member', actor: await coordinatorExcludedFromCircles(w, provider) } satisfies Outsider,
  }
}

/**
 * A coordinator of the provider, excluded from the core member of every circle the provider runs and every person
 * referred to it (issue 17, h17c item 1): they hold cosa.manage for the provider's circles, but may not work on those (ADR 0023), even with a guessed id.
 */
async function coordinatorExcludedFromCircles(w: World, provider: string): Promise<Actor> {
  const user = await prisma.user.create({ data: { email: `excluded-coordinator-${w.tag}@llwybr.test`, name: 'Excluded coordinator', roles: ['COSA_COORDINATOR'], agencyId: provider } })
  const circles = await prisma.circle.findMany({ where: { providerAgencyId: provider }, select: { coreMemberId: true } })
  const referrals = await prisma.cosaReferral.findMany({ where: { providerAgencyId: provider }, select: { offenderId: true } })
  const people = new Set([...circles.map((c) => c.coreMemberId), ...referrals.map((r) => r.offenderId)])
  await prisma.accessRestriction.createMany({ data: [...people].map((offenderId) => ({ offenderId, kind: 'EXCLUSION' as const, userId: user.id, reason: 'Knows the family' })) })
  return actorOf(user)
}

/** The world's other senior, made chair of a South Wales meeting of their own (chairs are probation managers too). */
async function chairOfAnother(w: World): Promise<Actor> {
  await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date(Date.now() + 20 * 86_400_000), venue: 'Cardiff Bay', chairId: w.staff.otherSenior.id, coordinatorId: w.staff.mappa.id } })
  return w.actors.otherSenior
}

export type ScopeOutsiders = Awaited<ReturnType<typeof scopeOutsiders>>

/**
 * Every outsider who may break glass opens every person with a reason, as if in an emergency (walk 54 F1, break 54 F3:
 * police recorded intelligence through an opening): an opening widens reading only, so each outsider must still be
 * refused every change and write nothing (docs/decisions/0014). Limited Access still keeps the excluded ones out.
 * Input: the outsiders, and the people the realistic break-glass input itself opens (left unopened, so it is refused
 * as it was). Output: how many openings were made.
 */
export async function openEverythingByBreakGlass(outsiders: ScopeOutsiders, except: string[]): Promise<number> {
  const actors = [...Object.values(outsiders.byRole).flat(), outsiders.otherChair, outsiders.coordinatorNotChair, outsiders.excluded, outsiders.excludedCoordinator]
    .map((o) => o.actor)
    .filter((a, n, all) => can(a, 'offender.breakGlass') && all.findIndex((b) => b.userId === a.userId) === n)
  const people = await prisma.offender.findMany({ where: { id: { notIn: except } }, select: { id: true } })
  const from = new Date(Date.now() - 60_000)
  const until = new Date(Date.now() + 8 * 3_600_000)
  const data = actors.flatMap((a) => people.map((p) => ({ userId: a.userId, offenderId: p.id, reason: 'Emergency call from the custody suite about this person', from, until })))
  await prisma.breakGlassAccess.createMany({ data })
  return data.length
}
