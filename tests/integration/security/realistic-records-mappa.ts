import { prisma } from '../../../src/server/db'
import { minutesFingerprint } from '../../../src/server/mappa/minutes-fingerprint'
import { createOffender } from '../../factories'
import type { World } from '../../support/world'

const DAY = 86_400_000
const day = (offset: number) => new Date(`${new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)}T00:00:00Z`)

/**
 * The meetings and serious case reviews the realistic inputs of approving minutes, recording an item and a review's
 * steps change (issue 17, the suite): South Wales meetings the world's MAPPA coordinator chairs, about nominals the
 * world's officer manages, and reviews of such nominals. Output: the records, with the fingerprint of the minutes to
 * approve as the chair read them.
 */
export async function mappaRecords(w: World) {
  const officer = w.staff.officer.id
  const nominal = async () => {
    const person = await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId: officer })
    // Reviews far off: a due nominal left in this worker's database joins every later file's South Wales level 2
    // agenda (CI run 42: heard-at-other-level; meeting-run's approval in a mappa + security run).
    return prisma.mappaNominal.create({ data: { offenderId: person.id, category: 2, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: day(-100), nextReviewDate: day(200) } })
  }
  const yesterday = new Date(day(-1).getTime() + 10 * 3_600_000)
  /** A level 2 meeting held yesterday on its published agenda, the statement read; `closed` also names its minute taker and end time. */
  const meeting = async (closed: boolean) => {
    const m = await prisma.mappaMeeting.create({
      data: { area: 'SOUTH_WALES', level: 2, startsAt: yesterday, venue: 'Cardiff Bay', chairId: w.staff.mappa.id, coordinatorId: w.staff.mappa.id, statementAt: yesterday, status: 'PUBLISHED', publishedAt: yesterday, ...(closed ? { minuteTaker: 'Sian Pugh', endedAt: new Date(yesterday.getTime() + 2 * 3_600_000) } : {}) },
    })
    await prisma.mappaInvitation.createMany({ data: [w.nps.id, w.police.id].map((agencyId) => ({ meetingId: m.id, agencyId, kind: 'CORE' as const })) })
    return m
  }
  const item = async (meetingId: string, decided: boolean) => {
    const n = await nominal()
    const decision = decided ? { riskAssessment: 'Risk to a former partner remains', levelDecision: 'CONTINUE' as const, decidedLevel: 2, disclosureConsidered: false, nextReviewDate: day(84), recordedAt: yesterday, recordedById: w.staff.mappa.id } : {}
    return prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: n.offenderId, nominalId: n.id, reason: 'REVIEW', position: 1, informationShared: 'Police: no new intelligence', ...decision } })
  }
  const toApprove = await meeting(true)
  await item(toApprove.id, true)
  // The chair and one other present (re-walk of issue 16, D4).
  await prisma.mappaAttendance.createMany({ data: [{ meetingId: toApprove.id, agencyId: w.nps.id, userId: officer, name: 'Officer', status: 'PRESENT' }, { meetingId: toApprove.id, agencyId: w.nps.id, userId: w.staff.mappa.id, name: 'Chair', status: 'PRESENT' }] })
  const recording = await meeting(false)
  const review = async () => {
    const n = await nominal()
    return prisma.mappaSeriousCaseReview.create({
      data: { offenderId: n.offenderId, area: 'SOUTH_WALES', offenceDate: day(-20), offenceSummary: 'Serious assault on a former partner', termsOfReference: 'How the risk was managed', commissionedById: w.staff.mappa.id, agencies: { create: [{ agencyId: w.nps.id }] } },
    })
  }
  const tracked = await review()
  return {
    toApprove,
    approvedFingerprint: await minutesFingerprint(prisma, toApprove.id),
    recording,
    itemToRecord: await item(recording.id, false),
    reviewToAct: await review(),
    reviewToEdit: await review(),
    reviewAction: await prisma.mappaReviewAction.create({ data: { reviewId: tracked.id, description: 'Share new relationships the same day', ownerAgencyId: w.police.id, dueDate: day(30) } }),
  }
}

export type MappaRecords = Awaited<ReturnType<typeof mappaRecords>>
