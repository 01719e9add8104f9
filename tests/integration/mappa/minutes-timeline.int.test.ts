import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { recordItem } from '../../../src/server/mappa/item-writes'
import { recordMeetingClose } from '../../../src/server/mappa/meeting-close'
import { acknowledgeStatement } from '../../../src/server/mappa/run-meeting'
import { scheduleLevel2 } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Re-walk of issue 16, D1 and D2: the minutes' timeline must be possible. The statement is read first, every nominal
// is discussed from a time not before it, and the meeting ends strictly after the statement and after every nominal's
// "Discussed from" time (an item discussed from 10:40 cannot belong to a meeting that ended at 10:40).
let w: World
const DAY = 86_400_000
const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10)
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)
const formErrorOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
const schedule = (time: string) =>
  scheduleLevel2(w, `${yesterday}T${time}`)
const listItems = (meetingId: string) =>
  Promise.all([w.people.mine, w.people.otherTeam].map((p, i) => prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: p.id, reason: 'ADDED', position: 10 + i }, select: { id: true } })))
const record = async (meetingId: string, itemId: string, discussedTime: string, confirmReplace?: string) => {
  const item = await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: itemId } })
  return recordItem(w.actors.mappa, { meetingId, itemId, version: item.version, riskAssessment: 'Reviewed.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', discussedTime, ...(confirmReplace ? { confirmReplace } : {}) })
}
const close = (meetingId: string, endTime: string) => recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime })
const meeting = (id: string) => prisma.mappaMeeting.findUniqueOrThrow({ where: { id } })

beforeAll(async () => {
  w = await buildWorld()
})

describe('the minutes’ timeline', () => {
  it('refuses an end equal to the last "Discussed from" time or to the statement (D1)', async () => {
    const meetingId = await schedule('10:00')
    const [first] = await listItems(meetingId)
    await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '10:05' })
    expect(await formErrorOf(close(meetingId, '10:05'))).toEqual({ endTime: ['endBeforeStatement'] })
    await record(meetingId, first!.id, '10:40')
    expect(await formErrorOf(close(meetingId, '10:40'))).toEqual({ endTime: ['endBeforeDiscussedItem'] })
    expect((await meeting(meetingId)).endedAt).toBeNull()
    await close(meetingId, '10:41')
    // After the close, no item is discussed from the minute the meeting ended.
    expect(await formErrorOf(record(meetingId, first!.id, '10:41', 'yes'))).toEqual({ discussedTime: ['happenedAfterEnd'] })
  })

  it('refuses a nominal discussed before the statement was read, and a statement read after a nominal was discussed (D2)', async () => {
    const meetingId = await schedule('14:00')
    const [first, second] = await listItems(meetingId)
    // Items typed up before the statement: the statement then cannot come after them.
    await record(meetingId, first!.id, '14:02')
    expect(await formErrorOf(acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '14:05' }))).toEqual({ time: ['statementAfterDiscussedItem'] })
    expect((await meeting(meetingId)).statementAt).toBeNull()
    await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '14:01' })
    // Once the statement is recorded, no nominal is discussed before it.
    expect(await formErrorOf(record(meetingId, second!.id, '14:00'))).toEqual({ discussedTime: ['discussedBeforeStatement'] })
    expect((await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: second!.id } })).recordedAt).toBeNull()
    await record(meetingId, second!.id, '14:01')
  })
})
