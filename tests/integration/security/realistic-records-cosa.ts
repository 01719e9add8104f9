import { prisma } from '../../../src/server/db'
import type { Actor } from '../../../src/server/policy'
import { createOffender } from '../../factories'
import type { World } from '../../support/world'

const DAY = 86_400_000
const day = (offset: number) => new Date(`${new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)}T00:00:00Z`)
/** An evening meeting `offset` days away (19:00–20:30 UTC: inside every volunteer's availability here, in either clock). */
const evening = (offset: number) => ({ startsAt: new Date(day(offset).getTime() + 19 * 3_600_000), endsAt: new Date(day(offset).getTime() + 20.5 * 3_600_000) })
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000)

/**
 * The circles, meetings and concerns the realistic inputs of a circle's life change (issue 17, the suite): each in the
 * scope of the role that may change it (circles of the COSA coordinator caller's provider round people the world's
 * officer manages; the portal volunteer on the rota), each step with its own record so the steps never meet.
 * Input: the world, the coordinator caller and the portal volunteer (the world volunteer's record at that provider).
 * Output: the records, by the step that changes them.
 */
export async function cosaRecords(w: World, coordinator: Actor, portalVolunteer: { id: string }) {
  const provider = coordinator.agencyId
  const officer = w.staff.officer.id
  let n = 0
  // A vetted volunteer of the provider, free every evening, so a pattern, a rota or an assignment finds no conflict.
  const vetted = () =>
    prisma.cosaVolunteer.create({
      data: {
        agencyId: provider, firstName: `Vetted${++n}`, lastName: `Life${w.tag}`, email: `life-${n}-${w.tag}@example.org`, dateOfBirth: day(-40 * 365), homeArea: 'Cardiff', stage: 'ACTIVE',
        referencesReceived: 2, dbsExpiresOn: day(700), trainingCompletedOn: day(-300), maxCircles: 3,
        availability: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, fromTime: '08:00', toTime: '22:30' })) },
      },
    })
  const regulars = async (count: number) => Promise.all(Array.from({ length: count }, vetted))
  /** A circle round a person the officer manages, at a stage; running ones met weekly on Tuesdays since 200 days ago. */
  const circle = async (status: 'FORMING' | 'ACTIVE' | 'ENDING', members: { id: string }[]) => {
    const person = await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId: officer })
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider, referredById: officer, programme: 'COMMUNITY', eligibility: 'Sexual offence; on licence', suitability: 'Motivated', consentToShare: true, status: 'ACCEPTED' } })
    const pattern = { venue: 'Neuadd y Dref', weekday: 2, startTime: '19:00', minutes: 90, everyWeeks: 1 }
    const stage =
      status === 'FORMING'
        ? { ...pattern, venueRiskAssessedOn: day(0), startDate: day(28), plannedEndDate: day(400) }
        : { ...pattern, venueRiskAssessedOn: day(-210), startDate: day(-200), startedOn: day(-200), plannedEndDate: day(165), ...(status === 'ENDING' ? { endingReason: 'Planned year complete', endingFrom: day(0) } : {}) }
    const c = await prisma.circle.create({ data: { providerAgencyId: provider, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status, ...stage } })
    await prisma.circleMember.createMany({ data: members.map((v) => ({ circleId: c.id, volunteerId: v.id, kind: 'REGULAR' as const, joinedOn: day(-200) })) })
    return c
  }
  const outerMember = (circleId: string) => prisma.circleOuterMember.create({ data: { circleId, agencyId: w.nps.id, name: 'Siân Officer', role: 'Offender manager', addedById: coordinator.userId } })
  const meeting = (circleId: string, at: { startsAt: Date; endsAt: Date }) => prisma.circleMeeting.create({ data: { circleId, ...at } })
  const onRota = (meetingId: string, volunteerId: string, response: 'PENDING' | 'CONFIRMED') => prisma.circleAssignment.create({ data: { meetingId, volunteerId, response, assignedById: coordinator.userId } })

  // The rota: one circle to generate meetings for; one with a meeting to staff, one to thin out and one to cancel.
  const staffed = await regulars(3)
  const rotaCircle = await circle('ACTIVE', staffed)
  const toStaff = await meeting(rotaCircle.id, evening(9))
  const toThin = await meeting(rotaCircle.id, evening(10))
  // The portal volunteer's circle: a meeting to answer, one held three hours ago to write up, concerns about it.
  const portalCircle = await circle('ACTIVE', [portalVolunteer, ...(await regulars(2))])
  const toAnswer = await meeting(portalCircle.id, evening(11))
  const held = await meeting(portalCircle.id, { startsAt: hoursAgo(4.5), endsAt: hoursAgo(3) })
  const concern = (status: 'RAISED' | 'PASSED_ON') =>
    prisma.cosaConcern.create({
      data: { circleId: portalCircle.id, volunteerId: portalVolunteer.id, urgency: 'ROUTINE', description: 'Seemed low about his tenancy', status, ...(status === 'PASSED_ON' ? { riskJudgement: 'Low risk; officer told', passedAt: hoursAgo(1), passedById: coordinator.userId } : {}) },
    })
  // The close needs its end review and questionnaire; the review and the removal each an outer member of their own.
  const toClose = await circle('ENDING', await regulars(1))
  await prisma.circleReview.create({ data: { circleId: toClose.id, kind: 'END', heldOn: day(0), attendees: ['Siân Officer (Offender manager)'], progress: 'Ready to move on', recordedById: coordinator.userId } })
  await prisma.circleQuestionnaire.create({ data: { circleId: toClose.id, completedOn: day(0), feltSupported: 5, lessIsolated: 4, copingBetter: 4, confidentFuture: 4, recordedById: coordinator.userId } })
  const toReview = await circle('ACTIVE', await regulars(1))
  const toShrink = await circle('ACTIVE', await regulars(1))
  return {
    toActivate: await circle('FORMING', await regulars(4)),
    toGenerate: await circle('ACTIVE', await regulars(3)),
    rota: { toStaff, joiner: staffed[0]!, toThin, dropping: await onRota(toThin.id, staffed[1]!.id, 'CONFIRMED'), pending: await onRota(toThin.id, staffed[2]!.id, 'PENDING'), toCancel: await meeting(rotaCircle.id, evening(12)) },
    portal: { circle: portalCircle, toAnswer: await onRota(toAnswer.id, portalVolunteer.id, 'PENDING'), held, writer: await onRota(held.id, portalVolunteer.id, 'CONFIRMED') },
    concerns: { toPass: await concern('RAISED'), toClose: await concern('PASSED_ON') },
    toEnd: await circle('ACTIVE', await regulars(1)),
    toResume: await circle('ENDING', await regulars(1)),
    toReview,
    reviewer: await outerMember(toReview.id),
    toAsk: await circle('ENDING', await regulars(1)),
    toClose,
    toShrink,
    leaving: await outerMember(toShrink.id),
    supervised: await vetted(),
  }
}

export type CosaRecords = Awaited<ReturnType<typeof cosaRecords>>
