import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getAccessLists } from '../../../src/server/limited-access/get-access-lists'
import { addAccessEntry, removeAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { buildWorld, type World } from '../../support/world'
import { fixtureCrn, nextFixtureNumber } from '../../support/unique'

// Issue 17: Limited Access lists managed on screen by seniors; each change audited and effective on the next request.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const entry = (offenderId: string, kind: 'EXCLUSION' | 'RESTRICTION', userId: string) => prisma.accessRestriction.findFirst({ where: { offenderId, kind, userId } })

describe('Limited Access lists on screen', () => {
  it('are refused to roles without the permission, and out of the senior\'s write scope', async () => {
    for (const actor of [w.actors.officer, w.actors.police, w.actors.mappa, w.actors.admin]) {
      await expect(addAccessEntry(actor, { offenderId: w.people.mine.id, kind: 'EXCLUSION', userId: w.staff.colleague.id, reason: 'Neighbour' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
      expect(await getAccessLists(actor, w.people.mine.id)).toBeNull()
    }
    await expect(addAccessEntry(w.actors.senior, { offenderId: w.people.north.id, kind: 'EXCLUSION', userId: w.staff.colleague.id, reason: 'Neighbour' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await entry(w.people.mine.id, 'EXCLUSION', w.staff.colleague.id)).toBeNull()
  })

  it('exclude a user from the next request on, and let them back in when removed; both audited', async () => {
    const person = w.people.otherTeam
    expect((await getOffender(w.actors.officer, person.id)).id).toBe(person.id)
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason: 'Officer lives next door' })
    await expect(getOffender(w.actors.officer, person.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const lists = await getAccessLists(w.actors.senior, person.id)
    expect(lists?.exclusions.map((e) => [e.user.name, e.reason])).toEqual([['officer', 'Officer lives next door']])
    expect(await prisma.auditEvent.findFirst({ where: { action: 'offender.access.add', offenderId: person.id, actorUserId: w.staff.senior.id } })).toMatchObject({ reason: 'Officer lives next door' })

    // Coming off the list says why, as going on it did (issue 17, left item 4): without a reason nothing changes.
    for (const reason of [undefined, '', '   ']) {
      await expect(removeAccessEntry(w.actors.senior, { offenderId: person.id, entryId: lists!.exclusions[0]!.id, reason })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['reason'] })] })
    }
    await expect(getOffender(w.actors.officer, person.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await removeAccessEntry(w.actors.senior, { offenderId: person.id, entryId: lists!.exclusions[0]!.id, reason: 'No longer related' })
    expect((await getOffender(w.actors.officer, person.id)).id).toBe(person.id)
    expect(await prisma.auditEvent.findMany({ where: { action: 'offender.access.remove', offenderId: person.id }, select: { reason: true } })).toEqual([{ reason: 'No longer related' }])
  })

  it('never exclude the offender manager or oneself, nor list someone twice; bad input writes nothing', async () => {
    const person = w.people.colleagues
    const add = (userId: string) => addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId, reason: 'Test' })
    await expect(add(w.staff.colleague.id)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { userId: ['accessExcludeManager'] } })
    await expect(add(w.staff.senior.id)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { userId: ['accessExcludeSelf'] } })
    await add(w.staff.police.id)
    await expect(add(w.staff.police.id)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { userId: ['accessAlreadyListed'] } })
    for (const bad of [{ kind: 'EVERYONE' }, { reason: '' }, { userId: 'nobody' }]) {
      await expect(addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId: w.staff.mappa.id, reason: 'Test', ...bad })).rejects.toBeInstanceOf(ZodError)
    }
    expect(await entry(person.id, 'EXCLUSION', w.staff.mappa.id)).toBeNull()
  })

  it('never name someone on both lists, either way round, as the exclusion would win unseen (break 72 F6)', async () => {
    const person = await prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: 'Both', lastName: `Lists${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id } })
    const add = (kind: 'EXCLUSION' | 'RESTRICTION', userId: string) => addAccessEntry(w.actors.senior, { offenderId: person.id, kind, userId, reason: 'Test' })
    await add('EXCLUSION', w.staff.mappa.id)
    await expect(add('RESTRICTION', w.staff.mappa.id)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { userId: ['accessOnExclusionList'] } })
    expect(await entry(person.id, 'RESTRICTION', w.staff.mappa.id)).toBeNull()
    await add('RESTRICTION', w.staff.otherSenior.id)
    await expect(add('EXCLUSION', w.staff.otherSenior.id)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { userId: ['accessOnRestrictionList'] } })
    expect(await entry(person.id, 'EXCLUSION', w.staff.otherSenior.id)).toBeNull()
  })

  it('offer every role that reads a person, COSA and partners included, and no one who reads no record (walk 27 D2; break 28 D6, where an exclusion now takes effect for a volunteer)', async () => {
    const person = w.people.colleagues
    const coordinator = await prisma.user.create({ data: { email: `cosa-${w.tag}@example.org`, name: `Cosa ${w.tag}`, roles: ['COSA_COORDINATOR'], agencyId: w.thirdSector.id } })
    const partner = await prisma.user.create({ data: { email: `partner-${w.tag}@example.org`, name: `Partner ${w.tag}`, roles: ['PARTNER_CASEWORKER'], agencyId: w.thirdSector.id } })
    const offered = new Set((await getAccessLists(w.actors.senior, person.id))!.staff.map((s) => s.id))
    // The data protection lead reads every break-glass opening's person and reason: they can be kept out too (break 50 F2).
    for (const id of [coordinator.id, partner.id, w.staff.volunteer.id, w.staff.police.id, w.staff.mappa.id, w.staff.dataProtectionLead.id]) expect(offered.has(id)).toBe(true)
    for (const id of [w.staff.manager.id, w.staff.admin.id]) expect(offered.has(id)).toBe(false)
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId: coordinator.id, reason: 'Coordinator is his cousin' })
    expect(await entry(person.id, 'EXCLUSION', coordinator.id)).not.toBeNull()
    // The server takes only whom the picker offers.
    await expect(addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'EXCLUSION', userId: w.staff.manager.id, reason: 'Test' })).rejects.toMatchObject({ fieldErrors: { userId: ['accessChooseUser'] } })
    expect(await entry(person.id, 'EXCLUSION', w.staff.manager.id)).toBeNull()
  })

  it('keep the offender manager and the one adding on a restriction list, so the record is never orphaned', async () => {
    const person = await prisma.offender.create({ data: { crn: fixtureCrn(await nextFixtureNumber(prisma)), firstName: 'Profile', lastName: `High${w.tag}`, dateOfBirth: new Date('1980-01-01'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id } })
    await addAccessEntry(w.actors.senior, { offenderId: person.id, kind: 'RESTRICTION', userId: w.staff.otherSenior.id, reason: 'High-profile case' })
    const lists = await getAccessLists(w.actors.senior, person.id)
    expect(new Set(lists?.restrictions.map((e) => e.user.name))).toEqual(new Set(['other-senior', 'colleague', 'senior']))
    expect(lists?.restrictions.filter((e) => e.isKept).map((e) => e.user.name).sort()).toEqual(['colleague', 'senior'])
    // Effective at once: the team colleague who read it a moment ago no longer can; those listed still can.
    await expect(getOffender(w.actors.officer, person.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await getOffender(w.actors.colleague, person.id)).id).toBe(person.id)
    expect((await getOffender(w.actors.otherSenior, person.id)).id).toBe(person.id)

    for (const kept of lists!.restrictions.filter((e) => e.isKept)) {
      await expect(removeAccessEntry(w.actors.senior, { offenderId: person.id, entryId: kept.id, reason: 'No longer related' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['accessKeepOnRestriction'] } })
    }
    const other = lists!.restrictions.find((e) => e.user.name === 'other-senior')!
    await removeAccessEntry(w.actors.senior, { offenderId: person.id, entryId: other.id, reason: 'No longer related' })
    await expect(getOffender(w.actors.otherSenior, person.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // A second senior taking the same entry off a moment later is told it has gone, not that the record does not exist (break 38 D1).
    await expect(removeAccessEntry(w.actors.senior, { offenderId: person.id, entryId: other.id, reason: 'Also no longer related' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['accessAlreadyRemoved'] }, details: { stale: true } })
    expect(await prisma.auditEvent.count({ where: { action: 'offender.access.remove', offenderId: person.id, reason: 'Also no longer related' } })).toBe(0)
    // An entry of another person cannot be removed through this one.
    const elsewhere = await prisma.accessRestriction.findFirstOrThrow({ where: { offenderId: w.people.restricted.id } })
    await expect(removeAccessEntry(w.actors.senior, { offenderId: person.id, entryId: elsewhere.id, reason: 'No longer related' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['accessAlreadyRemoved'] }, details: { stale: true } })
    expect(await prisma.accessRestriction.count({ where: { id: elsewhere.id } })).toBe(1)
  })
})
