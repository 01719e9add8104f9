import { addDays, addMinutes, addYears, subDays, subYears } from 'date-fns'
import { prisma } from '../../../src/server/db'
import { renewCalendarLink } from '../../../src/server/cosa/calendar'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// A running circle of a provider of its own, with two volunteers who have Llwybr accounts (Alun and Bethan), for the
// tests of a volunteer kept from the core member by a Limited Access list (break 28 D6, h17g items 2–3 of issue 17).

/**
 * Builds the circle round a new person (`personData` for the offender factory): Alun holds a pending place on the
 * meeting a week ahead (`coming`, where Bethan is confirmed), a confirmed one two weeks ahead (`confirmedComing`) and
 * one on a meeting held two days ago (`held`); Alun has a calendar link (`token`). `secrets`: every id and word of
 * the circle a kept-out volunteer must not read.
 */
export async function circleWithVolunteer(tag: string, personData: Parameters<typeof createOffender>[1] = {}) {
  const now = new Date()
  const provider = await prisma.agency.create({ data: { code: `VOL-EX-${tag}-${Date.now()}`, name: 'Volunteer exclusion provider', kind: 'THIRD_SECTOR' } })
  const coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  const person = await createOffender(prisma, { firstName: `Zephyrin${tag}`, ...personData })
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  const circle = await prisma.circle.create({
    data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: `Neuadd Gudd ${tag}`, venueRiskAssessedOn: now, weekday: 2, startTime: '19:00', minutes: 90, everyWeeks: 1, startDate: subDays(now, 30), plannedEndDate: addYears(now, 1) },
  })
  const volunteers = []
  for (const name of ['Alun', 'Bethan']) {
    const account = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] })
    const v = await prisma.cosaVolunteer.create({
      data: { agencyId: provider.id, userId: account.id, firstName: name, lastName: 'Griffiths', email: `${name}-${tag}-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(now, 2), trainingCompletedOn: subYears(now, 1) },
    })
    await prisma.circleMember.create({ data: { circleId: circle.id, volunteerId: v.id, kind: 'REGULAR', joinedOn: subDays(now, 30) } })
    volunteers.push({ id: v.id, userId: account.id, actor: await actorOf(account) })
  }
  const [alun, bethan] = volunteers as [(typeof volunteers)[0], (typeof volunteers)[0]]
  const coming = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt: addDays(now, 7), endsAt: addMinutes(addDays(now, 7), 90) } })
  const held = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt: subDays(now, 2), endsAt: addMinutes(subDays(now, 2), 90) } })
  const place = await prisma.circleAssignment.create({ data: { meetingId: coming.id, volunteerId: alun.id, assignedById: coordinator.userId } })
  await prisma.circleAssignment.create({ data: { meetingId: coming.id, volunteerId: bethan.id, assignedById: coordinator.userId, response: 'CONFIRMED' } })
  await prisma.circleAssignment.create({ data: { meetingId: held.id, volunteerId: alun.id, assignedById: coordinator.userId, response: 'CONFIRMED' } })
  // Confirmed, so the coming meeting would be in the feed.
  const confirmedComing = await prisma.circleMeeting.create({ data: { circleId: circle.id, startsAt: addDays(now, 14), endsAt: addMinutes(addDays(now, 14), 90) } })
  await prisma.circleAssignment.create({ data: { meetingId: confirmedComing.id, volunteerId: alun.id, assignedById: coordinator.userId, response: 'CONFIRMED' } })
  const { token } = await renewCalendarLink(alun.actor)
  const ids = [circle.id, coming.id, held.id, confirmedComing.id, place.id, person.id]
  return { coordinator, person, circle, alun, bethan, coming, held, confirmedComing, place, token, ids, secrets: [...ids, person.firstName, circle.venue!] }
}
