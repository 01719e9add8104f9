import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { recordItem } from '../../../src/server/mappa/item-writes'
import { recordMeetingClose } from '../../../src/server/mappa/meeting-close'
import { acknowledgeStatement, addAttendee, markAttendance } from '../../../src/server/mappa/run-meeting'
import { approveAsSeen } from '../../support/approve-as-seen'
import { scheduleLevel2 } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Re-walk of issue 16, D4: minutes were approved with nobody on the attendance list, and the chair was never on it.
// Approval needs the chair and at least one other person marked present; reading the statement puts the chair on the
// list as present, with their agency, unless they are already on it.
let w: World
let nominalId: string
const DAY = 86_400_000
const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10)
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)
const formErrorOf = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]>; details?: unknown }) => ({ fieldErrors: e.fieldErrors, details: e.details }))
const schedule = (time: string) =>
  scheduleLevel2(w, `${yesterday}T${time}`, [w.nps.id, w.police.id])
const attendanceOf = (meetingId: string) => prisma.mappaAttendance.findMany({ where: { meetingId }, select: { userId: true, agencyId: true, status: true }, orderBy: { name: 'asc' } })

/** A meeting held yesterday with one nominal recorded and its close: only the attendance decides its approval. */
async function heldMeeting(time: string) {
  const meetingId = await schedule(time)
  const item = await prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: w.people.mine.id, nominalId, reason: 'ADDED', position: 1 } })
  return { meetingId, item }
}
async function recordAndClose(meetingId: string, itemId: string, at: string, end: string) {
  const item = await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: itemId } })
  await recordItem(w.actors.mappa, { meetingId, itemId, version: item.version, riskAssessment: 'Reviewed.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', discussedTime: at })
  await recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: end })
}

beforeAll(async () => {
  w = await buildWorld()
  nominalId = (await prisma.mappaNominal.create({ data: { offenderId: w.people.mine.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(200)}T00:00:00Z`) } })).id
})

describe('attendance and the approval of the minutes', () => {
  it('puts the chair on the list as present, with their agency, when the statement is read', async () => {
    const { meetingId } = await heldMeeting('09:00')
    expect(await attendanceOf(meetingId)).toEqual([])
    await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '09:02' })
    expect(await attendanceOf(meetingId)).toEqual([{ userId: w.staff.mappa.id, agencyId: w.staff.mappa.agencyId, status: 'PRESENT' }])
  })

  it('leaves a chair already on the list as they are', async () => {
    const { meetingId } = await heldMeeting('11:00')
    await addAttendee(w.actors.mappa, { meetingId, userId: w.staff.mappa.id, status: 'APOLOGIES' })
    await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '11:02' })
    expect(await attendanceOf(meetingId)).toEqual([{ userId: w.staff.mappa.id, agencyId: w.staff.mappa.agencyId, status: 'APOLOGIES' }])
  })

  it('refuses approval until the chair and one other person are present, pointing to the attendance list', async () => {
    const { meetingId, item } = await heldMeeting('14:00')
    await addAttendee(w.actors.mappa, { meetingId, userId: w.staff.mappa.id, status: 'ABSENT' })
    await acknowledgeStatement(w.actors.mappa, { confirm: 'on', meetingId, time: '14:02' })
    await recordAndClose(meetingId, item.id, '14:10', '14:30')
    const toAttendance = { fixAt: 'attendance' }
    expect(await formErrorOf(approveAsSeen(w.actors.mappa, meetingId))).toEqual({ fieldErrors: { _form: ['chairNotPresent'] }, details: toAttendance })
    const chairRow = await prisma.mappaAttendance.findFirstOrThrow({ where: { meetingId, userId: w.staff.mappa.id } })
    await markAttendance(w.actors.mappa, { meetingId, attendanceId: chairRow.id, status: 'PRESENT' })
    expect(await formErrorOf(approveAsSeen(w.actors.mappa, meetingId))).toEqual({ fieldErrors: { _form: ['tooFewPresent'] }, details: toAttendance })
    // Apologies do not make a meeting: only someone present does.
    await addAttendee(w.actors.mappa, { meetingId, agencyId: w.police.id, name: 'DS Evans', status: 'APOLOGIES' })
    expect(await formErrorOf(approveAsSeen(w.actors.mappa, meetingId))).toEqual({ fieldErrors: { _form: ['tooFewPresent'] }, details: toAttendance })
    expect((await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe('PUBLISHED')
    await addAttendee(w.actors.mappa, { meetingId, userId: w.staff.police.id, status: 'PRESENT' })
    await approveAsSeen(w.actors.mappa, meetingId)
    expect((await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe('FINALISED')
  })
})
