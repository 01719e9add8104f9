import type { PrismaClient } from '../../src/generated/prisma/client'
import { londonInstant } from '../../src/server/cosa/rota-time'

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
  // Meetings run 19:00–20:30 London time on the weekday before the seed runs, weekly for nine weeks. The circle's
  // four volunteers are free that evening, so its pattern, their availability, its minutes and a proposal all agree
  // (issue 16 item 8; prisma/seed checks in tests/integration/cosa/seed.int.test.ts).
  const yesterday = dateOnly(Date.now() - DAY).getTime()
  const at = (day: number, clock: string) => londonInstant(new Date(day).toISOString().slice(0, 10), clock)
  const start = at(yesterday - 8 * WEEK, '19:00')
  const weekday = new Date(yesterday).getUTCDay() || 7
  for (const v of volunteers) {
    if (!(await db.cosaAvailability.count({ where: { volunteerId: v.id, weekday, fromTime: { lte: '19:00' }, toTime: { gte: '20:30' } } })))
      await db.cosaAvailability.create({ data: { volunteerId: v.id, weekday, fromTime: '18:00', toTime: '21:30' } })
  }
  const referral = await db.cosaReferral.create({
    data: { offenderId: ids.offenderId, providerAgencyId: ids.providerId, referredById: ids.coordinatorId, programme: 'COMMUNITY', eligibility: 'Sexual offence; on licence; isolated since release.', suitability: 'Motivated and accepts the boundaries of a circle.', consentToShare: true, status: 'ACCEPTED', decidedById: ids.coordinatorId, decidedAt: new Date(start - 4 * WEEK) },
  })
  const circle = await db.circle.create({
    data: {
      providerAgencyId: ids.providerId, coreMemberId: ids.offenderId, referralId: referral.id, coordinatorId: ids.coordinatorId, programme: 'COMMUNITY', status: 'ACTIVE',
      venue: 'Canolfan y Dref, Llangefni', venueRiskAssessedOn: dateOnly(start - 2 * WEEK), weekday, startTime: '19:00', minutes: 90, everyWeeks: 1,
      startedOn: dateOnly(start - WEEK), startDate: dateOnly(start), patternFrom: dateOnly(start), plannedEndDate: dateOnly(start + 52 * WEEK),
      agreedGoals: 'Keep the job at the garden centre.\nRebuild contact with his sister, through her.\nJoin the walking group on Saturdays.', goalsAgreedOn: dateOnly(start + WEEK),
      members: { create: ['Alun', 'Eirlys', 'Dafydd', 'Mair'].map((first) => ({ volunteerId: by(first).id, kind: 'REGULAR' as const, joinedOn: dateOnly(start - WEEK) })) },
      outerMembers: { create: { agencyId: ids.probationAgencyId, name: ids.officerName, role: 'Offender manager', addedById: ids.coordinatorId } },
      reviews: { create: { kind: 'QUARTERLY', heldOn: dateOnly(start + 4 * WEEK), attendees: [`${ids.officerName} (Offender manager, National Probation Service)`], progress: 'Settled into the circle; attends every week. No new concerns from probation.', nextReviewOn: dateOnly(start + 17 * WEEK), recordedById: ids.coordinatorId } },
    },
  })
  const moods = ['ANXIOUS', 'SETTLED', 'SETTLED', 'LOW', 'SETTLED', 'POSITIVE', 'POSITIVE'] as const
  for (let k = 8; k >= 0; k--) {
    const startsAt = new Date(at(yesterday - k * WEEK, '19:00'))
    const endsAt = new Date(at(yesterday - k * WEEK, '20:30'))
    const pair = k % 2 ? ['Eirlys', 'Dafydd'] : ['Alun', 'Mair']
    const team = k <= 1 ? ['Alun', 'Eirlys'] : pair
    const meeting = await db.circleMeeting.create({
      data: { circleId: circle.id, startsAt, endsAt, assignments: { create: team.map((first) => ({ volunteerId: by(first).id, response: 'CONFIRMED' as const, assignedById: ids.coordinatorId })) } },
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
