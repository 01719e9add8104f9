import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { recordMeetingClose } from '../../../src/server/mappa/meeting-close'
import { addToAgenda, deferAgendaItem, moveAgendaItem, publishAgenda, refreshAgenda, scheduleMeeting } from '../../../src/server/mappa/meetings'
import { getMeetingRoom } from '../../../src/server/mappa/room'
import { acknowledgeStatement, addAttendee, markAttendance, removeAttendee } from '../../../src/server/mappa/run-meeting'
import { addAction, recordItem, saveItemDraft } from '../../../src/server/mappa/item-writes'
import { issueKey } from '../../../src/server/validation-messages'
import { approveAsSeen } from '../../support/approve-as-seen'
import { buildWorld, type World } from '../../support/world'

// Issue 16 items 1 and 3: the minutes carry a disclosure decision per nominal and the close of the meeting; once
// approved, the meeting refuses every write and changes nothing.
let w: World
let meetingId: string
const DAY = 86_400_000
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)
const issues = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))
const formErrorOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors)
const listed = () => prisma.mappaAgendaItem.findMany({ where: { meetingId, status: 'LISTED' }, orderBy: { position: 'asc' } })

beforeAll(async () => {
  w = await buildWorld()
  await prisma.mappaNominal.create({ data: { offenderId: w.people.mappaCardiff.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(-1)}T00:00:00Z`) } })
  meetingId = (await scheduleMeeting(w.actors.mappa, { level: '2', startsAt: `${isoDay(-1)}T10:00`, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coreAgencyIds: [w.nps.id, w.police.id], dutyToCooperateAgencyIds: [] })).id
  await addAttendee(w.actors.mappa, { meetingId, userId: w.staff.police.id, status: 'PRESENT' })
  await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId })
})

describe('the disclosure decision', () => {
  it('needs a yes or no; a yes needs the decision, and to disclose needs to whom, by whom and why; a no keeps its reason and none of the rest', async () => {
    const item = (await listed()).find((i) => i.offenderId === w.people.mappaCardiff.id)!
    const record = { meetingId, itemId: item.id, version: item.version, riskAssessment: 'Risk to children in the household.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84) }
    expect(issues(await recordItem(w.actors.mappa, record).catch((e: unknown) => e))).toEqual({ disclosureConsidered: 'chooseOption' })
    expect(issues(await recordItem(w.actors.mappa, { ...record, disclosureConsidered: 'yes', disclosureTo: 'New partner' }).catch((e: unknown) => e))).toEqual({ disclosureDecision: 'chooseOption' })
    expect(issues(await recordItem(w.actors.mappa, { ...record, disclosureConsidered: 'yes', disclosureDecision: 'DISCLOSE', disclosureTo: 'New partner' }).catch((e: unknown) => e))).toEqual({
      disclosureBy: 'disclosureDetailRequired',
      disclosureReason: 'disclosureDetailRequired',
    })
    expect((await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).recordedAt).toBeNull()
    // Walk 45 F1: the reason typed beside a "no" is kept.
    await recordItem(w.actors.mappa, { ...record, disclosureConsidered: 'no', disclosureDecision: 'DISCLOSE', disclosureTo: 'Typed, then changed to no', disclosureReason: 'Considered at the last review' })
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ disclosureConsidered: false, disclosureDecision: null, disclosureTo: null, disclosureBy: null, disclosureReason: 'Considered at the last review' })
    const again = await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })
    await recordItem(w.actors.mappa, { ...record, version: again.version, confirmReplace: 'yes', disclosureConsidered: 'yes', disclosureDecision: 'DISCLOSE', disclosureTo: 'New partner, Ms A', disclosureBy: 'Police, DS Evans', disclosureReason: 'She has two children under 10.' })
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ disclosureConsidered: true, disclosureDecision: 'DISCLOSE', disclosureTo: 'New partner, Ms A', disclosureBy: 'Police, DS Evans' })
    // Walk 45 F1: considered and not disclosed, with why; whatever was typed as to whom or by whom is not kept.
    const third = await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })
    const withheld = { ...record, version: third.version, confirmReplace: 'yes', disclosureConsidered: 'yes', disclosureDecision: 'WITHHOLD', disclosureTo: 'New partner, Ms A' }
    expect(issues(await recordItem(w.actors.mappa, withheld).catch((e: unknown) => e))).toEqual({ disclosureReason: 'disclosureWithheldReason' })
    await recordItem(w.actors.mappa, { ...withheld, disclosureReason: 'No third party at risk: the partnership has ended.' })
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ disclosureConsidered: true, disclosureDecision: 'WITHHOLD', disclosureTo: null, disclosureBy: null, disclosureReason: 'No third party at risk: the partnership has ended.' })
  })
})

describe('the close of the meeting', () => {
  it('names the minute-taker and an end time after the start, and approval waits for it', async () => {
    for (const item of await listed()) {
      if (item.recordedAt) continue
      await recordItem(w.actors.mappa, { meetingId, itemId: item.id, version: item.version, riskAssessment: 'Reviewed.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no' })
    }
    expect(await formErrorOf(approveAsSeen(w.actors.mappa, meetingId))).toEqual({ _form: ['meetingCloseMissing'] })
    expect(issues(await recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: '', endTime: '25:00' }).catch((e: unknown) => e))).toEqual({ minuteTaker: 'minuteTakerRequired', endTime: 'invalidTime' })
    expect(await formErrorOf(recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '09:30' }))).toEqual({ endTime: ['endBeforeStart'] })
    await expect(recordMeetingClose(w.actors.officer, { meetingId, minuteTaker: 'X', endTime: '12:00' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '12:15' })
    const meeting = await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })
    expect(meeting.minuteTaker).toBe('Sian Pugh')
    expect(meeting.endedAt!.getTime() - meeting.startsAt.getTime()).toBe(135 * 60_000)
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.meeting.close', subjectId: meetingId } })).toBe(1)
  })
})

describe('an approved meeting', () => {
  it('is read-only for the chair’s screen and refuses every write, changing nothing', async () => {
    const [item] = await listed()
    await addAction(w.actors.mappa, { meetingId, itemId: item!.id, version: item!.version, description: 'Share the disclosure letter', ownerAgencyId: w.police.id, dueDate: isoDay(7) })
    await approveAsSeen(w.actors.mappa, meetingId)
    expect((await getMeetingRoom(w.actors.mappa, meetingId)).isOpen).toBe(false)

    const snapshot = async () => ({
      meeting: await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } }),
      items: await prisma.mappaAgendaItem.findMany({ where: { meetingId }, orderBy: { position: 'asc' } }),
      attendance: await prisma.mappaAttendance.findMany({ where: { meetingId }, orderBy: { id: 'asc' } }),
      actions: await prisma.mappaAction.findMany({ where: { meetingId }, orderBy: { id: 'asc' } }),
    })
    const before = await snapshot()
    const audits = await prisma.auditEvent.count({ where: { subjectId: meetingId } })
    const { version } = before.meeting
    const first = before.items[0]!
    const attendee = before.attendance[0]!
    // Each write is started in turn, so every refusal is awaited where it happens.
    const writes: [string, () => Promise<unknown>][] = [
      ['addAttendee', () => addAttendee(w.actors.mappa, { meetingId, agencyId: w.police.id, name: 'Late arrival' })],
      ['markAttendance', () => markAttendance(w.actors.mappa, { meetingId, attendanceId: attendee.id, status: 'ABSENT' })],
      ['removeAttendee', () => removeAttendee(w.actors.mappa, { meetingId, attendanceId: attendee.id })],
      ['acknowledgeStatement', () => acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId })],
      ['saveItemDraft', () => saveItemDraft(w.actors.mappa, { meetingId, itemId: first.id, version: first.version, riskAssessment: 'late edit' })],
      ['recordItem', () => recordItem(w.actors.mappa, { meetingId, itemId: first.id, version: first.version, riskAssessment: 'late', levelDecision: 'RAISE', nextReviewDate: isoDay(30), disclosureConsidered: 'no' })],
      ['addAction', () => addAction(w.actors.mappa, { meetingId, itemId: first.id, version: first.version, description: 'Late action', ownerAgencyId: w.nps.id, dueDate: isoDay(7) })],
      ['recordMeetingClose', () => recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Someone else', endTime: '13:00' })],
      ['approveMinutes', () => approveAsSeen(w.actors.mappa, meetingId)],
      ['refreshAgenda', () => refreshAgenda(w.actors.mappa, { meetingId, version })],
      ['addToAgenda', () => addToAgenda(w.actors.mappa, { meetingId, version, crn: w.people.mappaCardiff.crn })],
      ['deferAgendaItem', () => deferAgendaItem(w.actors.mappa, { meetingId, version, itemId: first.id, deferReason: 'late' })],
      ['moveAgendaItem', () => moveAgendaItem(w.actors.mappa, { meetingId, version, itemId: first.id, direction: 'down' })],
      ['publishAgenda', () => publishAgenda(w.actors.mappa, { meetingId, version })],
    ]
    for (const [name, write] of writes) expect([name, await formErrorOf(write())]).toEqual([name, { _form: ['meetingClosed'] }])
    // Break 60 F5, F11: a record that moved on, handed to the page without the script (a stale refusal with its reload).
    for (const [name, write] of writes) expect([name, await write().then(() => null, (e: { details?: unknown }) => e.details)]).toEqual([name, { stale: true }])
    expect(await snapshot()).toEqual(before)
    expect(await prisma.auditEvent.count({ where: { subjectId: meetingId } })).toBe(audits)
  })
})
