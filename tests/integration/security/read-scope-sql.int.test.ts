import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Prisma } from '../../../src/generated/prisma/client'
import type { Role } from '../../../src/generated/prisma/enums'
import { prisma } from '../../../src/server/db'
import { laoVisibleSql, offenderReadScope, offenderReadScopeSql, offenderVisible, offenderWritable, offenderWriteScope, offenderWriteScopeSql, type Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'
import { buildWorld, type World } from '../../support/world'

/**
 * The read scope in SQL (offenderReadScopeSql, for the caseload's one-statement page, issue 18 item 1) selects
 * exactly the people the Prisma scope (offenderReadScope) does, for every role and every scope case: the world's
 * own, team, LDU, other team, north, excluded, restricted and MAPPA-flagged people, and here break-glass (open,
 * ended, not yet started, someone else's), a pending and a decided transfer to the team, MAPPA nominals (open,
 * ended, another area), MAPPA referrals (submitted, returned), IOM and deregistered flags and a person with no
 * team or LDU. With Limited Access on top (laoVisibleSql) it matches offenderVisible too.
 */
let w: World
let extra: Record<string, { id: string }>
let actors: Record<string, Actor>
let everyone: string[]

const day = 24 * 60 * 60 * 1000

beforeAll(async () => {
  w = await buildWorld()
  const person = async (label: string, at: { teamId: string | null; lduId: string | null; managerId: string | null }) => {
    const n = await nextFixtureNumber(prisma)
    return prisma.offender.create({
      data: {
        crn: fixtureCrn(n),
        firstName: label,
        lastName: `${label}${w.tag}`,
        dateOfBirth: new Date('1991-02-03'),
        sex: 'FEMALE',
        responsibleAgencyId: w.nps.id,
        offenderManagerId: at.managerId,
        teamId: at.teamId,
        lduId: at.lduId,
      },
    })
  }
  const north = { teamId: w.teamNorth.id, lduId: w.people.north.lduId, managerId: w.staff.northOfficer.id }
  const otherTeam = { teamId: w.teamB.id, lduId: w.cardiff.id, managerId: w.staff.otherTeamOfficer.id }
  extra = {
    glassOpen: await person('GlassOpen', north),
    glassEnded: await person('GlassEnded', north),
    glassLater: await person('GlassLater', north),
    glassOthers: await person('GlassOthers', north),
    policeGlass: await person('PoliceGlass', north),
    transferPending: await person('TransferPending', north),
    transferAccepted: await person('TransferAccepted', north),
    nominalSouth: await person('NominalSouth', north),
    nominalEnded: await person('NominalEnded', north),
    nominalNorth: await person('NominalNorth', otherTeam),
    referralSubmitted: await person('ReferralSubmitted', north),
    referralReturned: await person('ReferralReturned', north),
    iomCardiff: await person('IomCardiff', otherTeam),
    iomNorth: await person('IomNorth', north),
    mappaDeregistered: await person('MappaDeregistered', otherTeam),
    nowhere: await person('Nowhere', { teamId: null, lduId: null, managerId: null }),
  }
  const now = Date.now()
  const glass = (offenderId: string, userId: string, from: number, until: number) =>
    prisma.breakGlassAccess.create({ data: { offenderId, userId, reason: 'Urgent risk call', from: new Date(from), until: new Date(until) } })
  await glass(extra.glassOpen!.id, w.staff.officer.id, now - day, now + day)
  await glass(extra.glassEnded!.id, w.staff.officer.id, now - 2 * day, now - day)
  await glass(extra.glassLater!.id, w.staff.officer.id, now + day, now + 2 * day)
  await glass(extra.glassOthers!.id, w.staff.northOfficer.id, now - day, now + day)
  await glass(extra.policeGlass!.id, w.staff.police.id, now - day, now + day)
  const transfer = (offenderId: string, status: 'PENDING' | 'ACCEPTED') =>
    prisma.transferRequest.create({ data: { offenderId, fromTeamId: w.teamNorth.id, toTeamId: w.teamA.id, reason: 'Moved to Cardiff', status, requestedById: w.staff.northOfficer.id } })
  await transfer(extra.transferPending!.id, 'PENDING')
  await transfer(extra.transferAccepted!.id, 'ACCEPTED')
  const nominal = (offenderId: string, area: 'SOUTH_WALES' | 'NORTH_WALES', endedAt: Date | null) =>
    prisma.mappaNominal.create({
      data: { offenderId, category: 1, level: 2, area, leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date('2027-01-01'), endedAt },
    })
  await nominal(extra.nominalSouth!.id, 'SOUTH_WALES', null)
  await nominal(extra.nominalEnded!.id, 'SOUTH_WALES', new Date('2026-06-01'))
  await nominal(extra.nominalNorth!.id, 'NORTH_WALES', null)
  const referral = (offenderId: string, status: 'SUBMITTED' | 'RETURNED') =>
    prisma.mappaReferral.create({
      data: { offenderId, category: 1, levelSought: 2, area: 'SOUTH_WALES', indexOffence: 'Assault', sentence: 'Licence', reason: 'Risk to partner', referringAgencyId: w.nps.id, referredById: w.staff.northOfficer.id, status },
    })
  await referral(extra.referralSubmitted!.id, 'SUBMITTED')
  await referral(extra.referralReturned!.id, 'RETURNED')
  const flag = (offenderId: string, type: 'IOM' | 'MAPPA', deregisteredAt: Date | null = null) =>
    prisma.riskFlag.create({ data: { offenderId, type, level: type === 'MAPPA' ? 2 : null, category: type === 'MAPPA' ? 1 : null, registeredAt: new Date('2026-01-01'), deregisteredAt } })
  await flag(extra.iomCardiff!.id, 'IOM')
  await flag(extra.iomNorth!.id, 'IOM')
  await flag(extra.mappaDeregistered!.id, 'MAPPA', new Date('2026-03-01'))

  // Every role alone, and combinations that OR scopes together (a probation officer who also coordinates MAPPA).
  const user = async (name: string, roles: Role[], teamId: string | null, agencyId = w.nps.id) =>
    actorOf(await prisma.user.create({ data: { email: `${name}-${w.tag}@llwybr.test`, name, roles, agencyId, teamId } }))
  actors = {
    ...w.actors,
    noTeamOfficer: await user('no-team', ['PROBATION_OFFICER'], null),
    officerAndMappa: await user('officer-mappa', ['PROBATION_OFFICER', 'MAPPA_COORDINATOR'], w.teamNorth.id),
    northSenior: await user('north-senior', ['SENIOR_PROBATION_OFFICER'], w.teamNorth.id),
    noRegionMappa: await user('no-region-mappa', ['MAPPA_COORDINATOR'], null),
    cosaCoordinator: await user('cosa-coordinator', ['COSA_COORDINATOR'], null, w.thirdSector.id),
    partner: await user('partner', ['PARTNER_CASEWORKER'], null, w.thirdSector.id),
  }
  everyone = [...Object.values(w.people), ...Object.values(extra)].map((p) => p.id)
})

// Break-glass lists are read whole by other files sharing this worker's database (break-glass.int.test.ts counts
// accesses starting tomorrow): leave none of these behind.
afterAll(async () => {
  await prisma.breakGlassAccess.deleteMany({ where: { offenderId: { in: Object.values(extra).map((p) => p.id) } } })
})

const sorted = (rows: { id: string }[]) => rows.map((r) => r.id).sort()

async function bySql(actor: Actor, condition: Prisma.Sql) {
  return sorted(await prisma.$queryRaw<{ id: string }[]>`SELECT o.id::text AS id FROM "Offender" o WHERE ${condition} AND o.id = ANY(${everyone}::uuid[])`)
}
async function byPrisma(where: Prisma.OffenderWhereInput) {
  return sorted(await prisma.offender.findMany({ where: { AND: [where, { id: { in: everyone } }] }, select: { id: true } }))
}

describe('the read scope in SQL (issue 18 item 1)', () => {
  it('selects exactly the people the Prisma scope selects, for every role and scope case', async () => {
    const o = Prisma.raw('o')
    for (const [name, actor] of Object.entries(actors)) {
      const expected = await byPrisma(offenderReadScope(actor))
      expect({ name, ids: await bySql(actor, offenderReadScopeSql(actor, o)) }).toEqual({ name, ids: expected })
      const visible = await byPrisma(offenderVisible(actor))
      expect({ name, ids: await bySql(actor, Prisma.sql`${offenderReadScopeSql(actor, o)} AND ${laoVisibleSql(actor, Prisma.sql`o.id`)}`) }).toEqual({ name, ids: visible })
    }
  })

  it('the write scope in SQL selects exactly the people the Prisma write scope selects (issue 18 item 2)', async () => {
    const o = Prisma.raw('o')
    for (const [name, actor] of Object.entries(actors)) {
      expect({ name, ids: await bySql(actor, offenderWriteScopeSql(actor, o)) }).toEqual({ name, ids: await byPrisma(offenderWriteScope(actor)) })
      const writable = await byPrisma(offenderWritable(actor))
      expect({ name, ids: await bySql(actor, Prisma.sql`${offenderWriteScopeSql(actor, o)} AND ${laoVisibleSql(actor, Prisma.sql`o.id`)}`) }).toEqual({ name, ids: writable })
    }
    // Each side of the rules that differ from reading: a team case is read-only for an officer, not for a senior;
    // neither break-glass nor a pending transfer opens a case for change.
    const writes = async (actor: Actor) => bySql(actor, offenderWriteScopeSql(actor, o))
    expect(await writes(actors.officer!)).toContain(w.people.mine.id)
    for (const out of [w.people.colleagues, extra.glassOpen]) expect(await writes(actors.officer!)).not.toContain(out!.id)
    expect(await writes(actors.senior!)).toEqual(expect.arrayContaining([w.people.mine.id, w.people.colleagues.id, w.people.otherTeam.id]))
    expect(await writes(actors.senior!)).not.toContain(extra.transferPending!.id)
    expect(await writes(actors.mappa!)).toContain(extra.nominalSouth!.id)
  })

  it('has a case on each side of every rule, so the comparison cannot pass on empty scopes', async () => {
    const o = Prisma.raw('o')
    const reached = async (actor: Actor) => bySql(actor, offenderReadScopeSql(actor, o))
    const officer = await reached(actors.officer!)
    expect(officer).toEqual(expect.arrayContaining([w.people.mine.id, w.people.colleagues.id, w.people.otherTeam.id, extra.glassOpen!.id]))
    for (const out of [w.people.north, extra.glassEnded, extra.glassLater, extra.glassOthers, extra.nowhere]) expect(officer).not.toContain(out!.id)
    const senior = await reached(actors.senior!)
    expect(senior).toContain(extra.transferPending!.id)
    expect(senior).not.toContain(extra.transferAccepted!.id)
    for (const role of ['police', 'mappa'] as const) {
      const scope = await reached(actors[role]!)
      expect(scope).toEqual(expect.arrayContaining([w.people.mappaCardiff.id, extra.nominalSouth!.id]))
      for (const out of [w.people.mappaNorth, extra.nominalEnded, extra.nominalNorth, extra.mappaDeregistered, w.people.mine]) expect(scope).not.toContain(out!.id)
    }
    expect(await reached(actors.police!)).toEqual(expect.arrayContaining([extra.iomCardiff!.id, extra.policeGlass!.id]))
    expect(await reached(actors.police!)).not.toContain(extra.iomNorth!.id)
    expect(await reached(actors.mappa!)).toContain(extra.referralSubmitted!.id)
    expect(await reached(actors.mappa!)).not.toContain(extra.referralReturned!.id)
    for (const none of ['manager', 'admin', 'volunteer', 'cosaCoordinator', 'partner', 'noRegionMappa']) expect(await reached(actors[none]!)).toEqual([])
  })
})
