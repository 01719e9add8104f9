import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getChairBrief } from '../../../src/server/mappa/chair-brief'
import { addToAgenda, publishAgenda, scheduleMeeting } from '../../../src/server/mappa/meetings'
import { addAttendee } from '../../../src/server/mappa/run-meeting'
import type { Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'

// Issue 16 item 2: the chair's information panel, with need-to-know applied in the domain layer.
let w: World
let meetingId: string
let earlierId: string
let northPolice: Actor
let housing: Actor
const DAY = 86_400_000
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)
const PLAN_MARKER = 'PLAN-MARKER curfew 19:00'

beforeAll(async () => {
  w = await buildWorld()
  const tag = w.nps.code.split('-')[1]
  const cardiff = w.people.mappaCardiff.id
  await prisma.mappaNominal.create({ data: { offenderId: cardiff, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(60)}T00:00:00Z`) } })
  await prisma.mappaNominal.create({ data: { offenderId: w.people.restricted.id, category: 2, level: 3, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(60)}T00:00:00Z`) } })
  await prisma.riskManagementPlan.create({ data: { offenderId: cardiff, version: 1, supervision: PLAN_MARKER, monitoringAndControl: 'm', interventionsTreatment: 'i', victimSafetyPlanning: 'v', contingency: 'c', nextReviewDate: new Date(`${isoDay(30)}T00:00:00Z`), authorId: w.staff.otherTeamOfficer.id } })
  // A police force of another area and a housing provider attend under the duty to co-operate.
  const northForce = await prisma.agency.create({ data: { code: `POL-N-${tag}`, name: `North Police ${tag}`, kind: 'POLICE', region: 'NORTH_WALES' } })
  const housingAgency = await prisma.agency.create({ data: { code: `HOUSE-${tag}`, name: `Housing ${tag}`, kind: 'LOCAL_AUTHORITY', region: 'SOUTH_WALES' } })
  northPolice = await actorOf(await prisma.user.create({ data: { email: `npol-${tag}@llwybr.test`, name: 'DC North', roles: ['POLICE_OFFENDER_MANAGER'], agencyId: northForce.id } }))
  housing = await actorOf(await prisma.user.create({ data: { email: `house-${tag}@llwybr.test`, name: 'Housing Officer', roles: ['PARTNER_CASEWORKER'], agencyId: housingAgency.id } }))
  // An earlier approved meeting discussed the nominal; neither attendee was on its list.
  const earlier = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: new Date(Date.now() - 30 * DAY), chairId: w.staff.mappa.id, coordinatorId: w.staff.mappa.id, status: 'FINALISED', finalisedAt: new Date(Date.now() - 30 * DAY) } })
  earlierId = earlier.id
  await prisma.mappaAgendaItem.create({ data: { meetingId: earlier.id, offenderId: cardiff, reason: 'REVIEW', position: 1, levelDecision: 'CONTINUE', decidedLevel: 2, nextReviewDate: new Date(`${isoDay(60)}T00:00:00Z`), riskAssessment: 'EARLIER-MINUTES-MARKER' } })

  meetingId = (await scheduleMeeting(w.actors.mappa, { level: '2', startsAt: `${isoDay(-1)}T10:00`, venue: 'Cardiff', chairId: w.staff.mappa.id, coreAgencyIds: [w.nps.id, northForce.id], dutyToCooperateAgencyIds: [housingAgency.id] })).id
  const version = async () => (await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).version
  await addToAgenda(w.actors.mappa, { meetingId, version: await version(), crn: w.people.mappaCardiff.crn })
  await addAttendee(w.actors.mappa, { meetingId, userId: northPolice.userId })
  await addAttendee(w.actors.mappa, { meetingId, userId: housing.userId })
  await publishAgenda(w.actors.mappa, { meetingId, version: await version() })
})

describe('the chair’s information panel', () => {
  it('gives the chair the MAPPA facts, the RoSH summary, the plan in force and the last minutes', async () => {
    const brief = await getChairBrief(w.actors.mappa, meetingId, w.people.mappaCardiff.id)
    expect(brief).toMatchObject({ category: 1, level: 2, leadAgency: { name: w.nps.name }, offenderManager: { name: 'other-team' } })
    expect(brief.risk?.profile?.overallRosh).toBe('MEDIUM')
    expect(brief.risk?.plan?.supervision).toBe(PLAN_MARKER)
    expect(brief.lastMinutes).toMatchObject({ id: earlierId, levelDecision: 'CONTINUE', decidedLevel: 2 })
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.brief.view', actorUserId: w.staff.mappa.id, offenderId: w.people.mappaCardiff.id } })).toBe(1)
  })

  it('gives attendees without the grant or the record only the MAPPA facts', async () => {
    for (const attendee of [northPolice, housing]) {
      const brief = await getChairBrief(attendee, meetingId, w.people.mappaCardiff.id)
      expect(brief).toMatchObject({ category: 1, level: 2, leadAgency: { name: w.nps.name }, risk: null, lastMinutes: 'notOnDistribution' })
      expect(JSON.stringify(brief)).not.toContain('PLAN-MARKER')
      expect(JSON.stringify(brief)).not.toContain('EARLIER-MINUTES-MARKER')
    }
  })

  it('is not found for someone who does not read the meeting, a person they may not see, or one not on the agenda', async () => {
    await expect(getChairBrief(w.actors.officer, meetingId, w.people.mappaCardiff.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getChairBrief(w.actors.mappa, meetingId, w.people.mine.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getChairBrief(w.actors.mappa, 'not-a-uuid', w.people.mappaCardiff.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('a level 3 nominal on a level 2 agenda', () => {
  it('is added only once the warning is confirmed, and a limited-access one stays hidden from the panel', async () => {
    const version = async () => (await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).version
    const attempt = { meetingId, crn: w.people.restricted.crn }
    // The coordinator reaches the restricted person only through the restriction list: the senior is on it.
    await prisma.accessRestriction.create({ data: { offenderId: w.people.restricted.id, kind: 'RESTRICTION', userId: w.staff.mappa.id, reason: 'MAPPA coordinator' } })
    const refused = await addToAgenda(w.actors.mappa, { ...attempt, version: await version() }).catch((e: unknown) => e)
    expect(refused).toMatchObject({ code: 'VALIDATION', fieldErrors: { confirm: ['confirmOtherLevel'] }, details: { otherLevel: { level: 3, meetingLevel: 2, name: `${w.people.restricted.firstName} ${w.people.restricted.lastName}`, crn: w.people.restricted.crn } } })
    expect(await prisma.mappaAgendaItem.count({ where: { meetingId, offenderId: w.people.restricted.id } })).toBe(0)
    await addToAgenda(w.actors.mappa, { ...attempt, version: await version(), confirm: 'on' })
    expect(await prisma.mappaAgendaItem.count({ where: { meetingId, offenderId: w.people.restricted.id, status: 'LISTED' } })).toBe(1)
    // Housing is on the meeting's list but not the person's restriction list.
    await expect(getChairBrief(housing, meetingId, w.people.restricted.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

// The warning names the person it is about (re-walk of issue 16, item 6).
// MAPPA break test item 1: a level 1 nominal (managed by the lead agency alone) joined a level 2 agenda with no warning.
describe('a level 1 nominal on a level 2 agenda', () => {
  it('is added only once the warning that they are at level 1 is confirmed', async () => {
    const version = async () => (await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).version
    const person = w.people.otherTeam
    await prisma.mappaNominal.create({ data: { offenderId: person.id, category: 1, level: 1, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(60)}T00:00:00Z`) } })
    const refused = await addToAgenda(w.actors.mappa, { meetingId, version: await version(), crn: person.crn }).catch((e: unknown) => e)
    expect(refused).toMatchObject({ code: 'VALIDATION', fieldErrors: { confirm: ['confirmOtherLevel'] }, details: { otherLevel: { level: 1, meetingLevel: 2, name: `${person.firstName} ${person.lastName}`, crn: person.crn } } })
    expect(await prisma.mappaAgendaItem.count({ where: { meetingId, offenderId: person.id } })).toBe(0)
    await addToAgenda(w.actors.mappa, { meetingId, version: await version(), crn: person.crn, confirm: 'on' })
    expect(await prisma.mappaAgendaItem.count({ where: { meetingId, offenderId: person.id, status: 'LISTED' } })).toBe(1)
  })
})
