import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { dateToLondonLocal, londonLocalToDate } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { happenedAt } from '../../../src/server/mappa/happened-at'
import { recordMeetingClose } from '../../../src/server/mappa/meeting-close'
import { acknowledgeStatement } from '../../../src/server/mappa/run-meeting'
import { issueKey } from '../../../src/server/validation-messages'
import { scheduleLevel2 } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Issue 16 walk-through item 2: "Read to the meeting at 04:28" showed the click time for a meeting typed up later
// from paper. The statement takes the London time it was read, bounded by the set-up margin, now and the recorded end.
let w: World
const DAY = 86_400_000
const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10)
const formErrorOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const schedule = () =>
  scheduleLevel2(w, `${yesterday}T10:00`)
const statementAt = async (id: string) => (await prisma.mappaMeeting.findUniqueOrThrow({ where: { id } })).statementAt

beforeAll(async () => {
  w = await buildWorld()
})

describe('the time the statement was read', () => {
  it('is the London time given, from the set-up margin before the start, and never after the recorded end', async () => {
    const meetingId = await schedule()
    expect(await formErrorOf(acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '09:29' }))).toEqual({ time: ['happenedBeforeSetup'] })
    expect(issues(await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '4:28pm' }).catch((e: unknown) => e))).toEqual({ time: 'invalidTime' })
    await recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '11:30' })
    expect(await formErrorOf(acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '11:31' }))).toEqual({ time: ['happenedAfterEnd'] })
    expect(await statementAt(meetingId)).toBeNull()
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.meeting.statement', subjectId: meetingId } })).toBe(0)

    // It says whether it put the chair on the attendance list, for the page to tell them (walk 37 O6).
    expect(await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '09:30' })).toMatchObject({ chairAdded: true })
    expect(dateToLondonLocal((await statementAt(meetingId))!)).toBe(`${yesterday}T09:30`)
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.meeting.statement', subjectId: meetingId } })).toBe(1)
  })

  it('is never in the future, and other steps are bounded by the start itself', () => {
    const startsAt = londonLocalToDate(`${yesterday}T10:00`)!
    const now = londonLocalToDate(`${yesterday}T10:40`)!
    const at = (time: string, setup = true) => { try { return happenedAt({ startsAt, endedAt: null }, time, setup, now) } catch (e) { return (e as { fieldErrors: unknown }).fieldErrors } }
    expect(at('10:41')).toEqual({ time: ['happenedInFuture'] })
    expect(at('10:40')).toEqual(now)
    expect(at('09:45', false)).toEqual({ time: ['happenedBeforeStart'] })
    expect(at('09:45')).toEqual(londonLocalToDate(`${yesterday}T09:45`))
  })
})

// fix16b item 2: a blank "Read to the meeting at" was silently the click time (the form shows the default time, so a
// blank is the chair's own clearing of it: a field error), and "Meeting ended at" was taken before the statement or
// before an item recorded in the meeting. The timeline of the minutes is now always possible.
describe('the minutes timeline', () => {
  it('refuses a blank statement time instead of recording now', async () => {
    const meetingId = await schedule()
    expect(issues(await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '' }).catch((e: unknown) => e))).toEqual({ time: 'required' })
    expect(issues(await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '  ' }).catch((e: unknown) => e))).toEqual({ time: 'required' })
    expect(await statementAt(meetingId)).toBeNull()
  })

  it('refuses an end before the statement or before an item was discussed, but not before an item was typed up', async () => {
    const meetingId = await schedule()
    await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '10:30' })
    expect(await formErrorOf(recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '10:20' }))).toEqual({ endTime: ['endBeforeStatement'] })
    // Typed up at 15:00 that afternoon from the notes of a discussion at 10:40 (issue 16, left item 1): the typing
    // time says nothing about when the meeting ended.
    const typedUp = { recordedAt: londonLocalToDate(`${yesterday}T15:00`)!, recordedById: w.staff.mappa.id }
    await prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: w.people.mine.id, reason: 'ADDED', position: 1, discussedAt: londonLocalToDate(`${yesterday}T10:40`)!, ...typedUp } })
    await recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '11:00' })
    expect(dateToLondonLocal((await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).endedAt!)).toBe(`${yesterday}T11:00`)
    // An item discussed at 11:15 ends the meeting no earlier than that.
    await prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: w.people.otherTeam.id, reason: 'ADDED', position: 2, discussedAt: londonLocalToDate(`${yesterday}T11:15`)!, ...typedUp } })
    expect(await formErrorOf(recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Rhys Jones', endTime: '11:10' }))).toEqual({ endTime: ['endBeforeDiscussedItem'] })
    expect(await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ minuteTaker: 'Sian Pugh', endedAt: londonLocalToDate(`${yesterday}T11:00`) })
    // Strictly after (re-walk D1): ending at the minute the item was discussed from is refused too.
    expect(await formErrorOf(recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Rhys Jones', endTime: '11:15' }))).toEqual({ endTime: ['endBeforeDiscussedItem'] })
    await recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '11:16' })
    expect(dateToLondonLocal((await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).endedAt!)).toBe(`${yesterday}T11:16`)
  })
})
