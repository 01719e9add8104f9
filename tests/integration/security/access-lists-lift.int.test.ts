import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { addAccessEntry, removeAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { liftRestriction } from '../../../src/server/limited-access/lift-restriction'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { buildWorld, type World } from '../../support/world'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'

// Issue 17 item 2: removing entries one by one never empties a restriction list (the offender manager and the senior
// are kept), so a senior lifts it altogether, with a reason, audited, effective on the next request.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const restrictedPerson = async () => {
  const person = await prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: 'Lift', lastName: `Lao${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id } })
  await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id, reason: 'High-profile case' })
  return person
}

describe('Lifting a restriction list', () => {
  it('cannot be done by removing the last entries, but a senior can lift it with a reason; audited', async () => {
    const person = await restrictedPerson()
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId: w.staff.police.id, reason: 'Conflict of interest' })
    const other = await prisma.accessRestriction.findFirstOrThrow({ where: { offenderId: person.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id } })
    await removeAccessEntry(w.actors.senior, { offenderId: person.id, entryId: other.id, reason: 'No longer related' })
    // Only the kept entries are left, and they cannot go: the person is still restricted.
    await expect(getOffender(w.actors.officer, person.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })

    await liftRestriction(w.actors.senior, { offenderId: person.id, reason: 'Media interest has ended' })
    expect(await prisma.accessRestriction.count({ where: { offenderId: person.id, kind: 'RESTRICTION' } })).toBe(0)
    expect((await getOffender(w.actors.officer, person.id)).id).toBe(person.id)
    // The exclusion list is a separate decision and stays.
    expect(await prisma.accessRestriction.count({ where: { offenderId: person.id, kind: 'EXCLUSION' } })).toBe(1)
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.access.lift', offenderId: person.id } })
    expect(event).toMatchObject({ actorUserId: w.staff.senior.id, reason: 'Media interest has ended' })
    expect(new Set((event.detail as { userIds: string[] }).userIds)).toEqual(new Set([w.staff.colleague.id, w.staff.senior.id]))
  })

  it('needs a reason, the permission and write scope, and a list to lift; a refusal changes nothing', async () => {
    const person = await restrictedPerson()
    const count = () => prisma.accessRestriction.count({ where: { offenderId: person.id, kind: 'RESTRICTION' } })
    await expect(liftRestriction(w.actors.senior, { offenderId: person.id, reason: '  ' })).rejects.toBeInstanceOf(ZodError)
    for (const actor of [w.actors.colleague, w.actors.police, w.actors.admin]) {
      await expect(liftRestriction(actor, { offenderId: person.id, reason: 'No longer needed' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    await expect(liftRestriction(w.actors.senior, { offenderId: w.people.north.id, reason: 'No longer needed' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await count()).toBe(3)
    await expect(liftRestriction(w.actors.senior, { offenderId: w.people.mine.id, reason: 'No longer needed' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['accessNoRestriction'] } })
    expect(await prisma.auditEvent.count({ where: { action: 'offender.access.lift', offenderId: { in: [person.id, w.people.mine.id] } } })).toBe(0)
  })
})
