import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addAction, recordItem, saveItemDraft } from '../../../src/server/mappa/item-writes'
import { recordMeetingClose } from '../../../src/server/mappa/meeting-close'
import { publishAgenda } from '../../../src/server/mappa/meetings'
import { acknowledgeStatement } from '../../../src/server/mappa/run-meeting'
import { isoDay, meetingVersion, scheduleLevel2 } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Walk 20, D7: a meeting was run (statement read, agenda fixed) with its agenda never published, so the invited
// agencies never saw it. Reading the statement asks first and publishes the agenda; recording a nominal or the close
// before that is refused, since either would fix an agenda nobody was sent.
let w: World
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: { fieldErrors?: Record<string, string[]> }) => e.fieldErrors ?? e)
const meeting = (id: string) => prisma.mappaMeeting.findUniqueOrThrow({ where: { id }, select: { status: true, statementAt: true, publishedAt: true } })
async function withItem(time: string) {
  const meetingId = await scheduleLevel2(w, `${isoDay(-1)}T${time}`, undefined, { sent: false })
  const item = await prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: w.people.mine.id, reason: 'ADDED', position: 1 } })
  return { meetingId, item }
}

beforeAll(async () => {
  w = await buildWorld()
})

describe('a meeting whose agenda was never published', () => {
  it('asks before the statement, then publishes the agenda with it; nothing changes until asked', async () => {
    const { meetingId } = await withItem('10:00')
    expect(await refusal(acknowledgeStatement(w.actors.mappa, { meetingId, time: '10:05' }))).toEqual({ confirm: ['confirmPublishOnStatement'] })
    expect(await meeting(meetingId)).toEqual({ status: 'SCHEDULED', statementAt: null, publishedAt: null })
    await acknowledgeStatement(w.actors.mappa, { meetingId, time: '10:05', confirm: 'on' })
    expect(await meeting(meetingId)).toMatchObject({ status: 'PUBLISHED', statementAt: expect.any(Date), publishedAt: expect.any(Date) })
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'mappa.meeting.statement', subjectId: meetingId } })
    expect(audit.detail).toMatchObject({ published: true })
  })

  it('refuses recording a nominal, its actions, a draft or the close before the agenda is published', async () => {
    const { meetingId, item } = await withItem('12:00')
    const record = () => recordItem(w.actors.mappa, { meetingId, itemId: item.id, version: item.version, riskAssessment: 'Reviewed.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', discussedTime: '12:10' })
    expect(await refusal(record())).toEqual({ _form: ['agendaNotPublished'] })
    expect(await refusal(recordMeetingClose(w.actors.mappa, { meetingId, minuteTaker: 'Sian Pugh', endTime: '12:30' }))).toEqual({ _form: ['agendaNotPublished'] })
    // Nor anything else recorded about the nominal: an action or a draft would be minutes of a meeting not yet held (break test 22, D1).
    expect(await refusal(addAction(w.actors.mappa, { meetingId, itemId: item.id, version: item.version, description: 'Visit the hostel', ownerAgencyId: w.nps.id, dueDate: isoDay(30) }))).toEqual({ _form: ['agendaNotPublished'] })
    expect(await refusal(saveItemDraft(w.actors.mappa, { meetingId, itemId: item.id, version: item.version, riskAssessment: 'Draft' }))).toEqual({ _form: ['agendaNotPublished'] })
    expect(await prisma.mappaAction.count({ where: { agendaItemId: item.id } })).toBe(0)
    expect((await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).recordedAt).toBeNull()
    await publishAgenda(w.actors.mappa, { meetingId, version: await meetingVersion(meetingId) })
    // Published again from another tab: told it was, with the reload (a stale refusal).
    await expect(publishAgenda(w.actors.mappa, { meetingId, version: await meetingVersion(meetingId) })).rejects.toMatchObject({ fieldErrors: { _form: ['alreadyPublished'] }, details: { stale: true } })
    await record()
    // Published already: the statement asks nothing.
    await acknowledgeStatement(w.actors.mappa, { meetingId, time: '12:05' })
    expect(await meeting(meetingId)).toMatchObject({ status: 'PUBLISHED', statementAt: expect.any(Date) })
  })

  it('asks nothing when the agenda lists nobody: there is nothing the agencies were not sent', async () => {
    const meetingId = await scheduleLevel2(w, `${isoDay(-1)}T14:00`, undefined, { sent: false })
    await acknowledgeStatement(w.actors.mappa, { meetingId, time: '14:05' })
    expect(await meeting(meetingId)).toMatchObject({ status: 'SCHEDULED', statementAt: expect.any(Date) })
  })
})
