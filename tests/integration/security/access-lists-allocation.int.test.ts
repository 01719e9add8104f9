import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { allocate } from '../../../src/server/allocation/allocate'
import { addAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { buildWorld, type World } from '../../support/world'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'

// Issue 17 item 3: a reallocation brings the new offender manager onto the restriction list in the same transaction,
// and takes off the previous one only if the app (not a senior) had put them there.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const restrictedPerson = async (name: string) =>
  prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: name, lastName: `Lao${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id } })
const listed = async (offenderId: string) =>
  (await prisma.accessRestriction.findMany({ where: { offenderId, kind: 'RESTRICTION' }, select: { user: { select: { name: true } }, automatic: true } })).map((e) => `${e.user.name}${e.automatic ? '*' : ''}`).sort()
const reallocate = (offenderId: string, to: string) => allocate(w.actors.senior, { offenderId, offenderManagerId: to, reason: 'Caseload balancing' })

describe('A reallocation and the restriction list', () => {
  it('adds the new offender manager and removes the previous one the app had kept; audited', async () => {
    const person = await restrictedPerson('Realloc')
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id, reason: 'High-profile case' })
    expect(await listed(person.id)).toEqual(['colleague*', 'other-senior', 'senior*'])
    await expect(getOffender(w.actors.officer, person.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })

    await reallocate(person.id, w.staff.officer.id)
    expect(await listed(person.id)).toEqual(['officer*', 'other-senior', 'senior*'])
    expect((await getOffender(w.actors.officer, person.id)).id).toBe(person.id)
    await expect(getOffender(w.actors.colleague, person.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const events = await prisma.auditEvent.findMany({ where: { offenderId: person.id, action: { in: ['offender.access.add', 'offender.access.remove'] }, detail: { path: ['cause'], equals: 'allocation' } }, orderBy: { id: 'asc' } })
    expect(events.map((e) => [e.action, (e.detail as { userId: string }).userId, e.reason])).toEqual([
      ['offender.access.add', w.staff.officer.id, 'Caseload balancing'],
      ['offender.access.remove', w.staff.colleague.id, 'Caseload balancing'],
    ])

    // Back again: the officer, added by the app, leaves with the case.
    await reallocate(person.id, w.staff.colleague.id)
    expect(await listed(person.id)).toEqual(['colleague*', 'other-senior', 'senior*'])
  })

  it('keeps a previous offender manager whom a senior named on the list', async () => {
    const person = await restrictedPerson('Named')
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'RESTRICTION', userId: w.staff.colleague.id, reason: 'Only the manager' })
    expect(await listed(person.id)).toEqual(['colleague', 'senior*'])
    await reallocate(person.id, w.staff.officer.id)
    expect(await listed(person.id)).toEqual(['colleague', 'officer*', 'senior*'])
    expect((await getOffender(w.actors.colleague, person.id)).id).toBe(person.id)
    expect((await getOffender(w.actors.officer, person.id)).id).toBe(person.id)
  })

  it('leaves a person with no restriction list unrestricted', async () => {
    const person = await restrictedPerson('Open')
    await reallocate(person.id, w.staff.officer.id)
    expect(await listed(person.id)).toEqual([])
    expect((await getOffender(w.actors.colleague, person.id)).id).toBe(person.id)
  })
})
