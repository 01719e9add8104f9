import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { decideTransfer, requestTransfer } from '../../../src/server/allocation/transfer'
import { addAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { mergeOffenders } from '../../../src/server/offenders/merge-offenders'
import type { Actor } from '../../../src/server/policy'
import { createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'

// sec18b item 2 (issue 17): every path that changes who manages a person keeps the automatic restriction-list entries
// right in the same transaction (a reallocation: access-lists-allocation.int.test.ts); manual entries are never touched.
let w: World
let receivingSenior: Actor
beforeAll(async () => {
  w = await buildWorld()
  receivingSenior = await actorOf(await createUser(prisma, { roles: ['SENIOR_PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamB.id }))
})

const personManagedBy = async (name: string, managerId: string) =>
  prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: name, lastName: `Lao${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: managerId, teamId: w.teamA.id, lduId: w.cardiff.id } })
const listed = async (offenderId: string) =>
  (await prisma.accessRestriction.findMany({ where: { offenderId, kind: 'RESTRICTION' }, select: { userId: true, automatic: true } })).map((e) => `${e.userId === receivingSenior.userId ? 'receiving' : nameOf(e.userId)}${e.automatic ? '*' : ''}`).sort()
const nameOf = (userId: string) => Object.entries(w.staff).find(([, u]) => u.id === userId)?.[0] ?? userId
const causes = async (offenderId: string, cause: string) =>
  (await prisma.auditEvent.findMany({ where: { offenderId, action: { in: ['offender.access.add', 'offender.access.remove'] }, detail: { path: ['cause'], equals: cause } }, orderBy: { id: 'asc' } })).map((e) => [e.action, nameOf((e.detail as { userId: string }).userId)])

/** The sending senior asks team B to take the case; the receiving senior (named on the list so they can see it) accepts. */
async function transferToTeamB(offenderId: string) {
  const { id } = await requestTransfer(w.actors.senior, { offenderId, toTeamId: w.teamB.id, reason: 'Moved to Butetown' })
  const { version } = await prisma.transferRequest.findUniqueOrThrow({ where: { id } })
  await decideTransfer(receivingSenior, { transferId: id, version, decision: 'ACCEPT' })
}

describe('an accepted transfer and the restriction list', () => {
  it('takes off the sending offender manager the app had put on it, in the same transaction; audited', async () => {
    const person = await personManagedBy('Transfer', w.staff.colleague.id)
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'RESTRICTION', userId: receivingSenior.userId, reason: 'Receiving senior' })
    expect(await listed(person.id)).toEqual(['colleague*', 'receiving', 'senior*'])

    await transferToTeamB(person.id)
    expect(await listed(person.id)).toEqual(['receiving', 'senior*'])
    await expect(getOffender(w.actors.colleague, person.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await getOffender(receivingSenior, person.id)).id).toBe(person.id)
    expect(await causes(person.id, 'transfer')).toEqual([['offender.access.remove', 'colleague']])
  })

  it('keeps an offender manager a senior named on the list, and leaves an unrestricted person unrestricted', async () => {
    const named = await personManagedBy('NamedTransfer', w.staff.colleague.id)
    await addAccessEntry(w.actors.senior, { offenderId: named.id, kind: 'RESTRICTION', userId: w.staff.colleague.id, reason: 'Only the manager' })
    await addAccessEntry(w.actors.senior, { offenderId: named.id, kind: 'RESTRICTION', userId: receivingSenior.userId, reason: 'Receiving senior' })
    await transferToTeamB(named.id)
    expect(await listed(named.id)).toEqual(['colleague', 'receiving', 'senior*'])

    const open = await personManagedBy('OpenTransfer', w.staff.colleague.id)
    await transferToTeamB(open.id)
    expect(await listed(open.id)).toEqual([])
  })
})

describe('a merge and the restriction list', () => {
  it('puts the kept record’s offender manager on the list it takes from the duplicate, and drops the duplicate’s', async () => {
    const kept = await personManagedBy('Kept', w.staff.officer.id)
    const duplicate = await personManagedBy('Duplicate', w.staff.colleague.id)
    await addAccessEntry(w.actors.senior, { offenderId: duplicate.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id, reason: 'High-profile case' })
    expect(await listed(duplicate.id)).toEqual(['colleague*', 'otherSenior', 'senior*'])

    await mergeOffenders(w.actors.senior, { keepId: kept.id, mergeCrn: duplicate.crn, reason: 'Same person' })
    // The named entry stays as named (manual), the app's entries stay the app's, and the kept manager can see their case.
    expect(await listed(kept.id)).toEqual(['officer*', 'otherSenior', 'senior*'])
    expect((await getOffender(w.actors.officer, kept.id)).id).toBe(kept.id)
    await expect(getOffender(w.actors.colleague, kept.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await causes(kept.id, 'merge')).toEqual([['offender.access.add', 'officer']])
  })

  it('is refused when the kept record’s offender manager is excluded from the duplicate; nothing moves', async () => {
    const kept = await personManagedBy('KeptEx', w.staff.officer.id)
    const duplicate = await personManagedBy('DuplicateEx', w.staff.colleague.id)
    await addAccessEntry(w.actors.senior, { offenderId: duplicate.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason: 'Neighbour of staff' })
    await expect(mergeOffenders(w.actors.senior, { keepId: kept.id, mergeCrn: duplicate.crn, reason: 'Same person' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { mergeCrn: ['mergeManagerExcluded'] } })
    expect(await prisma.offender.count({ where: { id: duplicate.id } })).toBe(1)
    expect(await prisma.accessRestriction.count({ where: { offenderId: kept.id } })).toBe(0)
  })
})
