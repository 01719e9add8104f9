import type { PrismaClient } from '../../src/generated/prisma/client'

const DAY = 86_400_000
const WEEK = 7 * DAY
const dateOnly = (t: number) => new Date(`${new Date(t).toISOString().slice(0, 10)}T00:00:00Z`)

type Ids = { providerId: string; coordinatorId: string; offenderId: string; officerName: string; probationAgencyId: string }

/**
 * A circle that has been running for two months round one of the demo officer's people: weekly meetings written
 * up by the volunteers, except last week's (overdue on the coordinator's dashboard) and yesterday's, which Alun
 * (the demo volunteer) still has to write; agreed goals, the officer in the outer circle and a first review.
 */
export async function seedRunningCircle(db: PrismaClient, ids: Ids) {
  const volunteers = await db.cosaVolunteer.findMany({ where: { agencyId: ids.providerId, firstName: { in: ['Alun', 'Eirlys', 'Dafydd', 'Mair'] } } })
  const by = (first: string) => volunteers.find((v) => v.firstName === first)!
  // Meetings end at 20:30 on the day before the seed runs, and weekly before that.
  const lastEnd = dateOnly(Date.now() - DAY).getTime() + 20.5 * 3_600_000
  const start = lastEnd - 8 * WEEK - 1.5 * 3_600_000
  const referral = await db.cosaReferral.create({
    data: { offenderId: ids.offenderId, providerAgencyId: ids.providerId, referredById: ids.coordinatorId, programme: 'COMMUNITY', eligibility: 'Sexual offence; on licence; isolated since release.', suitability: 'Motivated and accepts the boundaries of a circle.', consentToShare: true, status: 'ACCEPTED', decidedById: ids.coordinatorId, decidedAt: new Date(start - 4 * WEEK) },
  })
  const circle = await db.circle.create({
    data: {
      providerAgencyId: ids.providerId, coreMemberId: ids.offenderId, referralId: referral.id, coordinatorId: ids.coordinatorId, programme: 'COMMUNITY', status: 'ACTIVE',
      venue: 'Canolfan y Dref, Llangefni', venueRiskAssessedOn: dateOnly(start - 2 * WEEK), weekday: new Date(start).getUTCDay() || 7, startTime: '19:00', minutes: 90, everyWeeks: 1,
      startDate: dateOnly(start), plannedEndDate: dateOnly(start + 52 * WEEK),
      agreedGoals: 'Keep the job at the garden centre.\nRebuild contact with his sister, through her.\nJoin the walking group on Saturdays.', goalsAgreedOn: dateOnly(start + WEEK),
      members: { create: ['Alun', 'Eirlys', 'Dafydd', 'Mair'].map((first) => ({ volunteerId: by(first).id, kind: 'REGULAR' as const, joinedOn: dateOnly(start - WEEK) })) },
      outerMembers: { create: { agencyId: ids.probationAgencyId, name: ids.officerName, role: 'Offender manager', addedById: ids.coordinatorId } },
      reviews: { create: { kind: 'QUARTERLY', heldOn: dateOnly(start + 4 * WEEK), attendees: [`${ids.officerName} (Offender manager, National Probation Service)`], progress: 'Settled into the circle; attends every week. No new concerns from probation.', nextReviewOn: dateOnly(start + 17 * WEEK), recordedById: ids.coordinatorId } },
    },
  })
  const moods = ['ANXIOUS', 'SETTLED', 'SETTLED', 'LOW', 'SETTLED', 'POSITIVE', 'POSITIVE'] as const
  for (let k = 8; k >= 0; k--) {
    const endsAt = new Date(lastEnd - k * WEEK)
    const pair = k % 2 ? ['Eirlys', 'Dafydd'] : ['Alun', 'Mair']
    const team = k <= 1 ? ['Alun', 'Eirlys'] : pair
    const meeting = await db.circleMeeting.create({
      data: { circleId: circle.id, startsAt: new Date(endsAt.getTime() - 1.5 * 3_600_000), endsAt, assignments: { create: team.map((first) => ({ volunteerId: by(first).id, response: 'CONFIRMED' as const, assignedById: ids.coordinatorId })) } },
    })
    if (k <= 1) continue
    await db.circleMinutes.create({
      data: {
        meetingId: meeting.id, authorId: by(team[0]!).id, coreMemberAttended: true, presentVolunteerIds: team.map((first) => by(first).id),
        discussion: k > 5 ? 'Getting to know each other; talked about the week and the garden centre.' : 'His week at work, a difficult phone call with his sister, and plans for the weekend walk.',
        mood: moods[8 - k] ?? 'SETTLED', goalsProgress: k > 5 ? 'Goals agreed with the circle.' : 'At work every day; wrote to his sister through her partner.',
        submittedAt: new Date(endsAt.getTime() + 20 * 3_600_000),
      },
    })
  }
}
