import { beforeAll, describe, expect, it } from 'vitest'
import { dateToLondonLocal } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { recordItem } from '../../../src/server/mappa/item-writes'
import { recordMeetingClose } from '../../../src/server/mappa/meeting-close'
import { scheduleMeeting } from '../../../src/server/mappa/meetings'
import { acknowledgeStatement } from '../../../src/server/mappa/run-meeting'
import { buildWorld, type World } from '../../support/world'

// Issue 16, left item 1: each nominal's minutes say when the meeting discussed them ("discussed from"), a London time
// on the meeting's day, optional and defaulted from the agenda's order; the meeting's end is after every discussion
// and the statement, and the typing-up time plays no part.
let w: World
const DAY = 86_400_000
const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10)
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)
const formErrorOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
let meetingId: string
let items: { id: string; version: number }[]
const discussed = async (id: string) => {
  const at = (await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id } })).discussedAt
  return at && dateToLondonLocal(at).slice(11)
}
const record = (n: number, discussedTime?: string) =>
  prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: items[n]!.id } }).then((item) =>
    recordItem(w.actors.mappa, { meetingId, itemId: item.id, version: item.version, riskAssessment: 'Reviewed.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', ...(discussedTime === undefined ? {} : { discussedTime }) }))

beforeAll(async () => {
  w = await buildWorld()
  meetingId = (await scheduleMeeting(w.actors.mappa, { level: '2', startsAt: `${yesterday}T10:00`, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coreAgencyIds: [w.nps.id], dutyToCooperateAgencyIds: [] })).id
  items = await Promise.all([w.people.mine, w.people.otherTeam, w.people.mappaCardiff].map((p, i) =>
    prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: p.id, reason: 'ADDED', position: 10 + i }, select: { id: true, version: true } })))
  await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '10:05' })
})

describe('when each nominal was discussed', () => {
  it('defaults to the statement for the first item and to the item before for the next; a time given is kept', async () => {
    await record(0)
    expect(await discussed(items[0]!.id)).toBe('10:05')
    await record(1, '10:40')
    expect(await discussed(items[1]!.id)).toBe('10:40')
  })

  it('is bounded by the start and now, refused with a field error and nothing saved', async () => {
    expect(await formErrorOf(record(2, '09:50'))).toEqual({ discussedTime: ['happenedBeforeStart'] })
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: items[2]!.id } })).toMatchObject({ recordedAt: null, discussedAt: null, riskAssessment: null })
  })

  it('bounds the end of the meeting, and once it has ended, no discussion is after it', async () => {
    await record(2, '11:20')
    expect(await formErrorOf(recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '11:00' }))).toEqual({ endTime: ['endBeforeDiscussedItem'] })
    expect((await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).endedAt).toBeNull()
    await recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '11:30' })
    // Re-recorded after the close (typed up later), the discussion still cannot move past the end.
    const before = await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: items[2]!.id } })
    const again = (time: string) => recordItem(w.actors.mappa, { meetingId, itemId: before.id, version: before.version, riskAssessment: 'Changed.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', discussedTime: time, confirmReplace: 'yes' })
    expect(await formErrorOf(again('11:45'))).toEqual({ discussedTime: ['happenedAfterEnd'] })
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ riskAssessment: 'Reviewed.', version: before.version })
    await again('11:25')
    expect(await discussed(before.id)).toBe('11:25')
  })
})
