import { addYears, subYears } from 'date-fns'
import { expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { generateRota } from '../../../src/server/cosa/rota'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'

// sec19b (issue 17): a regular of a circle whose Llwybr account was put on the core member's exclusion list after
// they joined is never proposed for that person's meetings; the other regulars are.
it('the rota proposal leaves out a regular whose account is excluded from the core member', async () => {
  const today = new Date()
  const provider = await prisma.agency.create({ data: { code: `ROTA-EX-${Date.now()}`, name: 'Rota excluded provider', kind: 'THIRD_SECTOR' } })
  const coordinator = await actorOf(await createUser(prisma, { agencyId: provider.id, roles: ['COSA_COORDINATOR'] }))
  const person = await createOffender(prisma)
  const referral = await prisma.cosaReferral.create({ data: { offenderId: person.id, providerAgencyId: provider.id, referredById: coordinator.userId, programme: 'COMMUNITY', eligibility: 'e', suitability: 's', consentToShare: true, status: 'ACCEPTED' } })
  const circle = await prisma.circle.create({
    data: { providerAgencyId: provider.id, coreMemberId: person.id, referralId: referral.id, coordinatorId: coordinator.userId, programme: 'COMMUNITY', status: 'ACTIVE', venue: 'Hall', venueRiskAssessedOn: today, weekday: 2, startTime: '19:00', minutes: 90, everyWeeks: 1, startDate: today, plannedEndDate: addYears(today, 1) },
  })
  const regulars = []
  for (const name of ['Alaw', 'Bryn', 'Cerys', 'Dylan']) {
    const account = await createUser(prisma, { agencyId: provider.id, roles: ['COSA_VOLUNTEER'] })
    const v = await prisma.cosaVolunteer.create({
      data: {
        agencyId: provider.id, userId: account.id, firstName: name, lastName: 'Rota', email: `${name}-${Date.now()}@example.org`, dateOfBirth: new Date('1970-01-01'), homeArea: 'Bangor', stage: 'ACTIVE', referencesReceived: 2,
        dbsExpiresOn: addYears(today, 2), trainingCompletedOn: subYears(today, 1), maxCircles: 3, availability: { create: [{ weekday: 2, fromTime: '08:00', toTime: '22:30' }] },
      },
    })
    await prisma.circleMember.create({ data: { circleId: circle.id, volunteerId: v.id, kind: 'REGULAR', joinedOn: today } })
    regulars.push({ id: v.id, userId: account.id })
  }
  const [excluded] = regulars
  await prisma.accessRestriction.create({ data: { offenderId: person.id, kind: 'EXCLUSION', userId: excluded!.userId, reason: 'Neighbour of the family' } })

  await generateRota(coordinator, { circleIds: [circle.id], weeks: '4' })
  const onRota = async (volunteerId: string) => prisma.circleAssignment.count({ where: { volunteerId, meeting: { circleId: circle.id } } })
  expect(await prisma.circleMeeting.count({ where: { circleId: circle.id } })).toBeGreaterThan(0)
  expect(await onRota(excluded!.id)).toBe(0)
  for (const other of regulars.slice(1)) expect(await onRota(other.id)).toBeGreaterThan(0)
})
