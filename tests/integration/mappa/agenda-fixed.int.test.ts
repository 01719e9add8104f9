import { beforeAll, describe, expect, it } from 'vitest'
import { dateToLondonLocal } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { recordItem } from '../../../src/server/mappa/item-writes'
import { addToAgenda, deferAgendaItem, moveAgendaItem, publishAgenda, refreshAgenda } from '../../../src/server/mappa/meetings'
import { getMeeting } from '../../../src/server/mappa/queries'
import { acceptReferral, submitReferral } from '../../../src/server/mappa/referrals'
import { acknowledgeStatement } from '../../../src/server/mappa/run-meeting'
import { agendaSent, agendaWorld, isoDay, meetingVersion as version } from '../../support/mappa-agenda'
import type { World } from '../../support/world'

// Re-walk of issue 16, D3: after a meeting had been held (statement read, a nominal recorded, the close recorded) the
// agenda could still be added to, refreshed, reordered and published. Once held, the agenda is fixed: every write that
// changes it is refused; only a nominal the meeting did not discuss may still be deferred.
let w: World
let schedule: (startsAt: string) => Promise<string>
const yesterday = isoDay(-1)
const formErrorOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
const refusalOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]>; details?: unknown }) => [e.fieldErrors, e.details])
const agendaOf = (meetingId: string) => prisma.mappaAgendaItem.findMany({ where: { meetingId }, orderBy: { position: 'asc' }, select: { offenderId: true, status: true, position: true } })

beforeAll(async () => {
  ;({ w, schedule } = await agendaWorld())
})

describe('a held meeting’s agenda is fixed', () => {
  it('refuses adding, refreshing, moving and publishing once the statement was read; nothing changes', async () => {
    const meetingId = await schedule(`${yesterday}T10:00`)
    const items = await Promise.all([w.people.mine, w.people.colleagues].map((p, i) =>
      prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: p.id, reason: 'ADDED', position: 10 + i }, select: { id: true } })))
    // Not yet held: the agenda may still be ordered.
    await moveAgendaItem(w.actors.mappa, { meetingId, version: await version(meetingId), itemId: items[1]!.id, direction: 'up' })
    expect((await getMeeting(w.actors.mappa, meetingId)).agendaFixed).toBe(false)
    // Never published: the statement publishes it, as the chair agreed (walk 20, D7).
    await acknowledgeStatement(w.actors.mappa, { meetingId, time: '10:05', confirm: 'on' })
    const before = await agendaOf(meetingId)
    const refused = {
      add: await refusalOf(addToAgenda(w.actors.mappa, { meetingId, version: await version(meetingId), crn: w.people.mappaCardiff.crn, confirm: 'on' })),
      refresh: await refusalOf(refreshAgenda(w.actors.mappa, { meetingId, version: await version(meetingId) })),
      move: await refusalOf(moveAgendaItem(w.actors.mappa, { meetingId, version: await version(meetingId), itemId: items[0]!.id, direction: 'up' })),
      publish: await refusalOf(publishAgenda(w.actors.mappa, { meetingId, version: await version(meetingId) })),
    }
    // Told with the reload, without the script too (a stale refusal).
    const fixed = [{ _form: ['agendaFixed'] }, { stale: true }]
    expect(refused).toEqual({ add: fixed, refresh: fixed, move: fixed, publish: fixed })
    expect(await agendaOf(meetingId)).toEqual(before)
    expect((await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe('PUBLISHED')
    expect((await getMeeting(w.actors.mappa, meetingId)).agendaFixed).toBe(true)
  })

  it('still defers a nominal the held meeting did not discuss, never one it recorded', async () => {
    const meetingId = await schedule(`${yesterday}T14:00`)
    const [discussed, notReached] = await Promise.all([w.people.north, w.people.excluded].map((p, i) =>
      prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: p.id, reason: 'ADDED', position: 10 + i }, select: { id: true, version: true } })))
    await agendaSent(meetingId)
    await recordItem(w.actors.mappa, { meetingId, itemId: discussed!.id, version: discussed!.version, riskAssessment: 'Reviewed.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', discussedTime: '14:10' })
    expect(await formErrorOf(deferAgendaItem(w.actors.mappa, { meetingId, version: await version(meetingId), itemId: discussed!.id, deferReason: 'Out of time' }))).toEqual({ _form: ['recordedNotDeferred'] })
    await deferAgendaItem(w.actors.mappa, { meetingId, version: await version(meetingId), itemId: notReached!.id, deferReason: 'Out of time' })
    expect(await agendaOf(meetingId)).toEqual([
      { offenderId: w.people.north.id, status: 'LISTED', position: 10 },
      { offenderId: w.people.excluded.id, status: 'DEFERRED', position: 11 },
    ])
  })

  it('refuses accepting a referral onto a meeting held in its set-up margin', async () => {
    const startsAt = dateToLondonLocal(new Date(Date.now() + 20 * 60_000)).slice(0, 16)
    const meetingId = await schedule(startsAt)
    await acknowledgeStatement(w.actors.mappa, { meetingId })
    await submitReferral(w.actors.otherTeamOfficer, { offenderId: w.people.otherTeam.id, category: '1', levelSought: '2', area: 'SOUTH_WALES', indexOffence: 'Wounding', sentence: '4 years', reason: 'Escalating threats.' })
    const referral = await prisma.mappaReferral.findFirstOrThrow({ where: { offenderId: w.people.otherTeam.id, status: 'SUBMITTED' } })
    expect(await formErrorOf(acceptReferral(w.actors.mappa, { referralId: referral.id, version: referral.version, meetingId }))).toEqual({ meetingId: ['agendaFixed'] })
    expect(await prisma.mappaAgendaItem.count({ where: { meetingId } })).toBe(0)
  })
})

// Walk/break 46: a CRN pasted with a zero-width space inside was refused as "not a CRN" on the agenda while the
// search found it. The agenda takes the CRN the user sees.
describe('a CRN pasted with invisible characters inside is added to the agenda', () => {
  it('adds the nominal whose CRN it shows', async () => {
    const meetingId = await schedule(`${isoDay(9)}T10:00`)
    const crn = w.people.mappaCardiff.crn
    const pasted = ` ${crn.slice(0, 3)}\u200B${crn.slice(3, 5)}\u00AD${crn.slice(5).toLowerCase()} `
    await addToAgenda(w.actors.mappa, { meetingId, version: await version(meetingId), crn: pasted, confirm: 'on' })
    expect((await agendaOf(meetingId)).map((i) => i.offenderId)).toContain(w.people.mappaCardiff.id)
  })
})
