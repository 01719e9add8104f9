import { addDays, addYears, subDays, subYears } from 'date-fns'
import { prisma } from '../../../src/server/db'
import { addOuterMember } from '../../../src/server/cosa/circle-life'
import { circleRecord } from '../../../src/server/cosa/circle-record'
import { activateCircle, setUpCircle } from '../../../src/server/cosa/circles'
import type { Actor } from '../../../src/server/policy'
import { todayInLondon } from '../../../src/lib/dates'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// A started circle for the tests of a circle's dates (issue 16 item 11; cosa16 items 1–3): circle-dates and cosa-last.

const iso = (d: Date) => d.toISOString().slice(0, 10)
export const today = todayInLondon()
/** The London date `n` days from today, `YYYY-MM-DD`. */
export const inDays = (n: number) => iso(addDays(new Date(`${today}T00:00:00Z`), n))
/**
 * A meeting day of the fixture's Tuesday pattern: the first Tuesday at least four weeks ahead, plus `weeks` weeks.
 * Dates counted as "28 days from today" fell on a Tuesday only on Tuesdays, so the tests passed on that day alone
 * (clean-clone run 13, a Wednesday: the first meeting moved to the next Tuesday).
 */
export function meetingDay(weeks = 0): string {
  const fourWeeks = new Date(`${inDays(28)}T00:00:00Z`).getUTCDay()
  return inDays(28 + ((2 - fourWeeks + 7) % 7) + 7 * weeks)
}
/** A circle's current version, for the steps that claim it. */
export const version = async (id: string) => (await prisma.circle.findUniqueOrThrow({ where: { id } })).version
/**
 * The setup form of a Tuesday 19:00 weekly pattern from `startDate` (by default the first Tuesday four weeks ahead), with
 * the cancelling of meetings it may cause confirmed (asked first: pattern-change-keeps.int.test.ts, fix16a item 2).
 */
export const pattern = async (id: string, startDate = meetingDay()) => ({ circleId: id, version: await version(id), venue: 'Neuadd', venueRiskAssessedOn: today, weekday: '2', startTime: '19:00', minutes: '90', everyWeeks: '1', startDate, plannedEndDate: inDays(400), confirm: 'on' })

/** A forming circle of four regulars with its pattern set (first meeting in four weeks), started today, with an outer member. */
export async function startedCircle(coordinator: Actor, provider: { id: string }) {
  const person = await createOffender(prisma)
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  const id = (await prisma.circle.create({ data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY' } })).id
  for (let n = 0; n < 4; n++) {
    const v = await prisma.cosaVolunteer.create({
      data: { agencyId: provider.id, firstName: `D${n}`, lastName: 'Dates', email: `d${n}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Rhyl', stage: 'ACTIVE', referencesReceived: 2, dbsExpiresOn: addYears(new Date(), 2), trainingCompletedOn: subYears(new Date(), 1), availability: { create: [2, 3].map((weekday) => ({ weekday, fromTime: '18:00', toTime: '21:30' })) } },
    })
    await prisma.circleMember.create({ data: { circleId: id, volunteerId: v.id, kind: 'REGULAR', joinedOn: subDays(new Date(), 7) } })
  }
  await setUpCircle(coordinator, await pattern(id))
  await activateCircle(coordinator, { circleId: id, version: await version(id) })
  await addOuterMember(coordinator, { circleId: id, agencyId: person.responsibleAgencyId, name: 'Siân Officer', role: 'Offender manager', email: '' })
  return { id, coreMemberId: person.id, outer: (await circleRecord(coordinator, id)).outerMembers[0]!.id }
}

/** A provider agency (its code starts with `code`) and a COSA coordinator of it, for a test file's beforeAll. */
export async function coordinatorOfNewProvider(code: string): Promise<{ provider: { id: string }; coordinator: Actor }> {
  const provider = await prisma.agency.create({ data: { code: `${code}-${Date.now()}`, name: `${code} provider`, kind: 'THIRD_SECTOR' } })
  return { provider, coordinator: await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] })) }
}
