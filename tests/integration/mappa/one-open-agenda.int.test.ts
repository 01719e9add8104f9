import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addToAgenda } from '../../../src/server/mappa/meetings'
import { acceptReferral, submitReferral } from '../../../src/server/mappa/referrals'
import { agendaWorld, isoDay, meetingVersion as version } from '../../support/mappa-agenda'
import type { World } from '../../support/world'

// Issue 16 (left item 2): MAPPA guidance reviews a nominal at one meeting at a time, so a nominal already listed on
// another open agenda (not approved, not cancelled) is refused with that meeting named, also when two coordinators
// add them to two meetings in the same instant.
let w: World
let scheduleAt: (startsAt: string, coreAgencyIds?: string[]) => Promise<string>
const schedule = (day: number) => scheduleAt(`${isoDay(day)}T10:00`, [w.nps.id, w.police.id])
const add = async (meetingId: string, crn: string) => addToAgenda(w.actors.mappa, { meetingId, version: await version(meetingId), crn })
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: unknown; details?: unknown }) => ({ fieldErrors: e.fieldErrors, details: e.details }))
const listed = (offenderId: string) => prisma.mappaAgendaItem.findMany({ where: { offenderId, status: 'LISTED', meeting: { status: { in: ['SCHEDULED', 'PUBLISHED'] } } }, select: { meetingId: true } })

beforeAll(async () => {
  // Reviews not yet due: scheduling lists neither, so each joins an agenda only when added.
  ;({ w, schedule: scheduleAt } = await agendaWorld())
})

describe('a nominal on one open agenda at a time', () => {
  it('refuses adding a nominal listed on another open meeting, naming it; deferred there or approved, it may be added', async () => {
    const first = await schedule(10)
    const second = await schedule(20)
    await add(first, w.people.mappaCardiff.crn)
    const refused = await refusal(add(second, w.people.mappaCardiff.crn))
    expect(refused).toEqual({ fieldErrors: { crn: ['onAnotherAgenda'] }, details: { otherMeeting: { id: first, level: 2, startsAt: expect.any(Date) } } })
    expect(await listed(w.people.mappaCardiff.id)).toEqual([{ meetingId: first }])
    // Deferred on the first meeting, the nominal is free for the next one.
    await prisma.mappaAgendaItem.updateMany({ where: { meetingId: first, offenderId: w.people.mappaCardiff.id }, data: { status: 'DEFERRED' } })
    await add(second, w.people.mappaCardiff.crn)
    // A cancelled meeting holds nobody either.
    await prisma.mappaMeeting.update({ where: { id: second }, data: { status: 'CANCELLED' } })
    await prisma.mappaAgendaItem.updateMany({ where: { meetingId: first, offenderId: w.people.mappaCardiff.id }, data: { status: 'LISTED' } })
    expect(await listed(w.people.mappaCardiff.id)).toEqual([{ meetingId: first }])
  })

  it('refuses accepting a referral onto a meeting while the person is listed on another open one', async () => {
    const first = await schedule(11)
    const second = await schedule(21)
    await add(first, w.people.otherTeam.crn)
    // Referred by the person's own offender manager: a referral is a write to the record (ADR 0022).
    await submitReferral(w.actors.otherTeamOfficer, { offenderId: w.people.otherTeam.id, category: '1', levelSought: '2', area: 'SOUTH_WALES', indexOffence: 'Wounding', sentence: '4 years', reason: 'Escalating threats.' })
    const referral = await prisma.mappaReferral.findFirstOrThrow({ where: { offenderId: w.people.otherTeam.id, status: 'SUBMITTED' } })
    const refused = await refusal(acceptReferral(w.actors.mappa, { referralId: referral.id, version: referral.version, meetingId: second }))
    expect(refused?.fieldErrors).toEqual({ meetingId: ['onAnotherAgenda'] })
    expect((await prisma.mappaReferral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe('SUBMITTED')
    expect(await listed(w.people.otherTeam.id)).toEqual([{ meetingId: first }])
  })

  it('says a nominal at another level is on another agenda before asking to confirm the level: the tick could not help', async () => {
    const person = w.people.colleagues
    await prisma.mappaNominal.create({ data: { offenderId: person.id, category: 2, level: 3, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(200)}T00:00:00Z`) } })
    const first = await schedule(13)
    const second = await schedule(23)
    await addToAgenda(w.actors.mappa, { meetingId: first, version: await version(first), crn: person.crn, confirm: 'on' })
    const refused = await refusal(add(second, person.crn))
    expect(refused?.fieldErrors).toEqual({ crn: ['onAnotherAgenda'] })
  })

  it('lists the nominal once when two coordinators add them to two meetings in the same instant', async () => {
    const person = await prisma.offender.findUniqueOrThrow({ where: { id: w.people.mappaCardiff.id } })
    await prisma.mappaAgendaItem.updateMany({ where: { offenderId: person.id }, data: { status: 'DEFERRED' } })
    const meetings = [await schedule(12), await schedule(22)]
    const settled = await Promise.allSettled(meetings.map((m) => add(m, person.crn)))
    expect(settled.map((s) => s.status).sort()).toEqual(['fulfilled', 'rejected'])
    const rejected = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult
    expect((rejected.reason as { fieldErrors?: unknown }).fieldErrors).toEqual({ crn: ['onAnotherAgenda'] })
    expect((await listed(person.id)).length).toBe(1)
  })
})
