import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { createOffender } from '../../../src/server/offenders/create-offender'
import { findLikelyDuplicates } from '../../../src/server/offenders/find-duplicates'
import { fixtureCrn, letterTag, nextFixtureNumber } from '../../support/unique'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const person = (extra: Record<string, unknown> = {}) => ({ firstName: 'Eirwen', lastName: `Pughe${w.tag}`, dateOfBirth: '1991-04-12', sex: 'FEMALE', idempotencyKey: randomUUID(), ...extra })

describe('creating a person', () => {
  it('creates the record in the officer’s team, allocated to them, once per submission, audited', async () => {
    const input = person()
    const { id } = await createOffender(w.actors.officer, input)
    expect((await createOffender(w.actors.officer, input)).id).toBe(id)
    expect(await prisma.offender.findUniqueOrThrow({ where: { id } })).toMatchObject({ teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId: w.staff.officer.id, sex: 'FEMALE' })
    expect(await prisma.auditEvent.count({ where: { action: 'offender.create', subjectId: id } })).toBe(1)
  })

  it('shows likely duplicates first (similar name, same date of birth) and saves only when confirmed', async () => {
    const first = await createOffender(w.actors.officer, person({ lastName: `Prydderch${w.tag}`, dateOfBirth: '1985-02-03' }))
    const again = person({ firstName: 'Eirwyn', lastName: `Prydderch${w.tag}`, dateOfBirth: '1985-02-03' })
    await expect(createOffender(w.actors.officer, again)).rejects.toMatchObject({ code: 'CONFLICT', details: { duplicates: [expect.objectContaining({ id: first.id })], shownByForm: true } })
    const confirmed = await createOffender(w.actors.officer, { ...again, confirmedNotDuplicate: 'on' })
    expect(confirmed.id).not.toBe(first.id)
  })

  it('names an out-of-scope duplicate by CRN only', async () => {
    const north = await prisma.offender.findUniqueOrThrow({ where: { id: w.people.north.id } })
    const error = await createOffender(w.actors.officer, person({ firstName: north.firstName, lastName: north.lastName, dateOfBirth: '1990-05-01', sex: 'MALE' })).catch((e: { details?: { duplicates: unknown[] } }) => e)
    expect((error as { details: { duplicates: unknown[] } }).details.duplicates).toContainEqual({ crn: north.crn, id: null, name: null, dateOfBirth: null })
    expect(JSON.stringify(error)).not.toContain(north.lastName)
  })

  // Issue 17 defect 6 (ADR 0023): a Limited Access person the creator is kept from is never named, not even by CRN,
  // but is a match (review 67 B1: hidden, the excluded officer made and managed a second record of her neighbour).
  const excludedPerson = async (firstName: string, extra: { pncId?: string; lastName?: string } = {}) => {
    const n = await nextFixtureNumber(prisma)
    const p = await prisma.offender.create({ data: { crn: fixtureCrn(n), firstName, lastName: `Hidden${letterTag(n)}`, dateOfBirth: new Date('1962-03-04'), sex: 'MALE', responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id, ...extra } })
    await prisma.accessRestriction.create({ data: { offenderId: p.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason: 'Neighbour of staff' } })
    return p
  }
  const duplicatesFor = (actor: typeof w.actors.officer, p: { firstName: string; lastName: string; dateOfBirth: string; pncId?: string }) =>
    prisma.$transaction(async (tx) => (await findLikelyDuplicates(tx, actor, { ...p, dateOfBirth: new Date(`${p.dateOfBirth}T00:00:00Z`) })).shown)

  it('names a Limited Access duplicate the creator is excluded from by nothing at all, matched by name and date of birth', async () => {
    const hidden = await excludedPerson('Gwenllian')
    const typed = { firstName: hidden.firstName, lastName: hidden.lastName, dateOfBirth: '1962-03-04' }
    // A colleague not on the list is shown them, named.
    expect((await duplicatesFor(w.actors.colleague, typed)).map((d) => d.id)).toContain(hidden.id)
    const forOfficer = await duplicatesFor(w.actors.officer, typed)
    expect(forOfficer).toEqual([{ crn: null, id: null, name: null, dateOfBirth: null }])
    for (const identifier of [hidden.crn, hidden.id, hidden.lastName]) expect(JSON.stringify(forOfficer)).not.toContain(identifier)
  })

  it('writes on the hidden person’s audit that the creator was told of them, refused or not (review 67b S1)', async () => {
    const hidden = await excludedPerson('Audited')
    const input = person({ firstName: hidden.firstName, lastName: hidden.lastName, dateOfBirth: '1962-03-04', sex: 'MALE' })
    const told = () => prisma.auditEvent.count({ where: { action: 'offender.duplicateMatch', offenderId: hidden.id, actorUserId: w.staff.officer.id } })
    const refusal = await createOffender(w.actors.officer, input).catch((e: { code?: string; details?: { duplicates: unknown[] } }) => e)
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { duplicates: [{ crn: null, id: null, name: null, dateOfBirth: null }] } })
    expect(JSON.stringify(refusal)).not.toContain(hidden.id)
    expect(await told()).toBe(1)
    const { id } = await createOffender(w.actors.officer, { ...input, confirmedNotDuplicate: 'on' })
    expect(await told()).toBe(2)
    expect((await prisma.auditEvent.findFirstOrThrow({ where: { action: 'offender.create', subjectId: id } })).detail).toMatchObject({ limitedMatchIds: [hidden.id] })
  })

  it('keeps the closest matches first, the nameless one among them (review 67 B2: the order was lost)', async () => {
    // The namesakes first, the closest last: an unordered read returns it last.
    const base = `Crowd${letterTag(await nextFixtureNumber(prisma))}`
    const crowd = await Promise.all(Array.from({ length: 21 }, () => nextFixtureNumber(prisma)))
    await prisma.offender.createMany({ data: crowd.map((n) => ({ crn: fixtureCrn(n), firstName: 'Crowded', lastName: `${base}${letterTag(n)}`, dateOfBirth: new Date('1962-03-04'), sex: 'MALE' as const, responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id })) })
    const hidden = await excludedPerson('Crowded', { lastName: base })
    const typed = { firstName: 'Crowded', lastName: base, dateOfBirth: '1962-03-04' }
    const forOfficer = await duplicatesFor(w.actors.officer, typed)
    expect(forOfficer).toHaveLength(20)
    // The exact name is the closest: first for the colleague, and first (nameless) for the officer kept from them.
    expect((await duplicatesFor(w.actors.colleague, typed))[0]!.id).toBe(hidden.id)
    expect(forOfficer[0]).toEqual({ crn: null, id: null, name: null, dateOfBirth: null })
  })

  it('shows a Limited Access person matched by the PNC id typed as a row that identifies nothing', async () => {
    const pncId = `2019/${String((await nextFixtureNumber(prisma)) % 10_000_000).padStart(7, '0')}K`
    const hidden = await excludedPerson('Pncmatch', { pncId })
    const duplicates = await duplicatesFor(w.actors.officer, { firstName: 'Someone', lastName: `Else${w.tag}`, dateOfBirth: '1991-04-12', pncId })
    expect(duplicates).toEqual([{ crn: null, id: null, name: null, dateOfBirth: null }])
    expect(JSON.stringify(duplicates)).not.toContain(hidden.crn)
  })

  // A full run's shared database holds every test world's "Excluded…" person, all born on the same day: more than
  // the check's 20 near namesakes crowded out the exact match (clean-clone CI, 1 Dec). The closest come first.
  it('puts the same PNC id and the closest name first when more than 20 people are alike', async () => {
    const crowd = await Promise.all(Array.from({ length: 24 }, () => nextFixtureNumber(prisma)))
    await prisma.offender.createMany({ data: crowd.map((n) => ({ crn: fixtureCrn(n), firstName: 'Eilonwy', lastName: `Crowd${letterTag(n)}`, dateOfBirth: new Date('1985-02-03'), sex: 'FEMALE' as const, responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.colleague.id, teamId: w.teamA.id, lduId: w.cardiff.id })) })
    const exact = crowd.at(-1)!
    const error = await createOffender(w.actors.officer, person({ firstName: 'Eilonwy', lastName: `Crowd${letterTag(exact)}`, dateOfBirth: '1985-02-03' })).catch((e: { details?: { duplicates: { crn: string | null }[] } }) => e)
    const duplicates = (error as { details: { duplicates: { crn: string | null }[] } }).details.duplicates
    // The exact match was inserted last, so without the order a scan stops before it; namesakes whose letters make the
    // same trigrams tie with it, so it is among the first 20, not necessarily first (clean-clone run).
    expect(duplicates).toHaveLength(20)
    expect(duplicates.map((d) => d.crn)).toContain(fixtureCrn(exact))
  })

  it('rejects bad input and roles without the grant, saving nothing', async () => {
    const before = await prisma.offender.count()
    await expect(createOffender(w.actors.officer, person({ dateOfBirth: '2999-01-01' }))).rejects.toBeInstanceOf(ZodError)
    await expect(createOffender(w.actors.officer, person({ pncId: 'nonsense' }))).rejects.toBeInstanceOf(ZodError)
    await expect(createOffender(w.actors.police, person())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await prisma.offender.count()).toBe(before)
  })
})
