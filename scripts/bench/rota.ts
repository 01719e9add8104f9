import { addDays } from 'date-fns'
import type { PrismaClient } from '../../src/generated/prisma/client'
import { entry, timeIt, type BenchEntry } from './stats'

const CIRCLES = 50
const VOLUNTEERS = 300
const WEEKS = 12

/**
 * A provider with 50 active circles, 300 vetted volunteers (8 members a circle, up to 3 circles each) and twelve
 * weeks of weekly meetings: the rota proposal (load its inputs, then propose) against the bare queries that load
 * those inputs. Nothing is saved by the proposal, so every run sees the same rota.
 */
export async function measureRotaProposal(prisma: PrismaClient, n: number): Promise<BenchEntry> {
  const { loadRotaInputs } = await import('../../src/server/cosa/rota-inputs')
  const { proposeRota } = await import('../../src/server/cosa/rota-propose')
  const { meetingsFromPattern } = await import('../../src/server/cosa/rota-pattern')
  const provider = await prisma.agency.create({ data: { code: `BENCH-COSA-${Date.now()}`, name: 'Bench circles', kind: 'THIRD_SECTOR' } })
  const coordinator = await prisma.user.create({ data: { email: `bench-cosa-${Date.now()}@llwybr.test`, name: 'Bench coordinator', roles: ['COSA_COORDINATOR'], agencyId: provider.id } })
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`)
  await prisma.cosaVolunteer.createMany({
    data: Array.from({ length: VOLUNTEERS }, (_, i) => ({
      agencyId: provider.id, firstName: `Vol${i}`, lastName: 'Bench', email: `vol${i}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Wales',
      stage: 'ACTIVE' as const, referencesReceived: 2, dbsExpiresOn: addDays(today, 30 + (i % 900)), trainingCompletedOn: addDays(today, -100), maxCircles: 3,
    })),
  })
  const volunteers = await prisma.cosaVolunteer.findMany({ where: { agencyId: provider.id }, select: { id: true }, orderBy: { firstName: 'asc' } })
  // Evenings on five days of the week each, so every pattern below has people free.
  await prisma.cosaAvailability.createMany({ data: volunteers.flatMap((v, i) => [1, 2, 3, 4, 5, 6, 7].filter((d) => (d + i) % 7 < 5).map((weekday) => ({ volunteerId: v.id, weekday, fromTime: '17:30', toTime: '21:30' }))) })
  const people = await prisma.offender.findMany({ take: CIRCLES, select: { id: true }, orderBy: { crn: 'asc' } })
  for (const [c, person] of people.entries()) {
    const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: coordinator.id, programme: 'COMMUNITY', eligibility: 'bench', suitability: 'bench', consentToShare: true, status: 'ACCEPTED' } })
    const circle = await prisma.circle.create({
      data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.id, programme: 'COMMUNITY', status: 'ACTIVE', venue: 'Hall', venueRiskAssessedOn: today, weekday: (c % 7) + 1, startTime: c % 2 ? '18:00' : '19:00', minutes: 90, everyWeeks: 1, startDate: today },
    })
    await prisma.circleMember.createMany({ data: Array.from({ length: 8 }, (_, k) => ({ circleId: circle.id, volunteerId: volunteers[(c * 6 + k) % VOLUNTEERS]!.id, kind: k < 6 ? ('REGULAR' as const) : ('COVER' as const), joinedOn: today })) })
    const meetings = meetingsFromPattern({ circleId: circle.id, coreMemberId: person.id, firstDate: addDays(today, 1).toISOString().slice(0, 10), weekday: circle.weekday!, startTime: circle.startTime!, minutes: 90, everyWeeks: 1, count: WEEKS })
    await prisma.circleMeeting.createMany({ data: meetings.map((m) => ({ circleId: circle.id, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) })) })
  }
  const from = today
  const to = addDays(today, WEEKS * 7 + 8)
  const load = () => loadRotaInputs(prisma, provider.id, from, to)
  const propose = async () => {
    const inputs = await load()
    return proposeRota({ meetings: inputs.meetings, volunteers: inputs.volunteers, members: inputs.members, existing: inputs.assignments })
  }
  const { assignments, conflicts } = await propose()
  const meetings = await prisma.circleMeeting.count({ where: { circle: { providerAgencyId: provider.id } } })
  console.log(`rota: ${meetings} meetings, ${assignments.length} assignments proposed, ${conflicts.length} conflicts`)
  return entry(`COSA rota proposal (${CIRCLES} circles × ${WEEKS} weeks × ${VOLUNTEERS} volunteers)`, assignments.length, await timeIt(n, propose), await timeIt(n, load))
}
