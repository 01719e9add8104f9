import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { createOffender } from '../../factories'
import { approveAsSeen } from '../../support/approve-as-seen'
import { buildWorld, type World } from '../../support/world'

// Walk 41 F3: the chair pressed "Approve the minutes" once per missing thing (statement, then the close, then the
// nominals), and the last refusal did not say which nominal was still to record.
const DAY = 86_400_000
const day = (offset: number) => new Date(`${new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)}T00:00:00Z`)
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const refusal = (p: Promise<unknown>) => p.then(() => 'approved', (e: { code?: string; fieldErrors?: unknown; details?: unknown }) => ({ code: e.code, fieldErrors: e.fieldErrors, details: e.details }))

/** A level 2 meeting held yesterday with nothing done: no statement, one attendee unmarked, no close, two nominals unrecorded (the second restricted from the chair). */
async function bareMeeting() {
  const yesterday = new Date(day(-1).getTime() + 10 * 3_600_000)
  const shown = await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId: w.staff.officer.id })
  const m = await prisma.mappaMeeting.create({ data: { area: 'SOUTH_WALES', level: 2, startsAt: yesterday, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coordinatorId: w.staff.mappa.id, status: 'PUBLISHED', publishedAt: yesterday } })
  await prisma.mappaInvitation.createMany({ data: [w.nps.id, w.police.id].map((agencyId) => ({ meetingId: m.id, agencyId, kind: 'CORE' as const })) })
  await prisma.mappaAttendance.create({ data: { meetingId: m.id, agencyId: w.nps.id, userId: w.staff.officer.id, name: 'Officer', status: 'EXPECTED' } })
  const list = async (offenderId: string, position: number) => {
    // Reviewed far off, so no other file's new meeting finds them due (heard-at-other-level, CI run 42).
    const nominal = await prisma.mappaNominal.create({ data: { offenderId, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: day(-100), nextReviewDate: day(200) } })
    await prisma.mappaAgendaItem.create({ data: { meetingId: m.id, offenderId, nominalId: nominal.id, reason: 'REVIEW', position } })
  }
  // Only the senior is on the second person's restriction list, not the chair.
  const restricted = await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId: w.staff.colleague.id })
  await prisma.accessRestriction.create({ data: { offenderId: restricted.id, kind: 'RESTRICTION', userId: w.staff.senior.id, reason: 'High-profile case' } })
  await list(shown.id, 3)
  await list(restricted.id, 7)
  return { meetingId: m.id, shown }
}

describe('a refused approval of the minutes', () => {
  it('lists every gap at once and names the nominals still to record as the run page numbers them', async () => {
    const { meetingId, shown } = await bareMeeting()
    const who = `1. ${shown.firstName} ${shown.lastName} (${shown.crn})`
    expect(await refusal(approveAsSeen(w.actors.mappa, meetingId))).toEqual({
      code: 'VALIDATION',
      fieldErrors: { _form: ['statementNotRead', 'attendanceUnmarked', 'meetingCloseMissing', 'itemsUndecided'] },
      // The restricted person keeps their place and nothing that identifies them (ADR 0023).
      details: { fixAt: 'attendance', messageNames: { undecided: { en: `${who}, 2. Restricted record`, cy: `${who}, 2. Cofnod cyfyngedig` } } },
    })
    expect(await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: 'PUBLISHED', finalisedAt: null })
  })

  it('names only what is still missing once the rest is done', async () => {
    const { meetingId } = await bareMeeting()
    const yesterday = new Date(day(-1).getTime() + 10 * 3_600_000)
    await prisma.mappaMeeting.update({ where: { id: meetingId }, data: { statementAt: yesterday, minuteTaker: 'Sian Pugh', endedAt: new Date(yesterday.getTime() + 3_600_000) } })
    await prisma.mappaAttendance.updateMany({ where: { meetingId }, data: { status: 'PRESENT' } })
    // Everyone is marked, but the chair is not on the list: the attendance gap is now who was present.
    expect(await refusal(approveAsSeen(w.actors.mappa, meetingId))).toMatchObject({ fieldErrors: { _form: ['chairNotPresent', 'itemsUndecided'] }, details: { fixAt: 'attendance' } })
  })
})
