import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getPersonalDetails } from '../../../src/server/offenders/get-personal-details'
import { updatePersonalDetails } from '../../../src/server/offenders/update-personal-details'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const details = (extra: Record<string, unknown> = {}) => ({
  offenderId: w.people.mine.id,
  version: 1,
  preferredLanguage: 'cy',
  phone: '029 2000 0000',
  addressLine1: '12 Heol y Parc',
  town: 'Caerdydd',
  postcode: 'cf10 1aa',
  isVeteran: 'on',
  ...extra,
})

describe('personal details', () => {
  it('updates the details and records each changed field with who changed it', async () => {
    const result = await updatePersonalDetails(w.actors.officer, details())
    expect(result.version).toBe(2)
    const saved = await prisma.offender.findUniqueOrThrow({ where: { id: w.people.mine.id } })
    expect(saved).toMatchObject({ preferredLanguage: 'cy', postcode: 'CF10 1AA', isVeteran: true, noFixedAbode: false })
    const { offender, changedBy } = await getPersonalDetails(w.actors.officer, w.people.mine.id)
    const postcode = offender.detailChanges.find((c) => c.field === 'postcode')
    expect(postcode).toMatchObject({ oldValue: null, newValue: 'CF10 1AA', changedById: w.staff.officer.id })
    expect(changedBy[w.staff.officer.id]).toBe('officer')
    expect(await prisma.auditEvent.count({ where: { action: 'offender.updateDetails', offenderId: w.people.mine.id } })).toBe(1)
  })

  it('refuses a stale version, a missing address, a bad postcode, and read-only or out-of-scope staff', async () => {
    await expect(updatePersonalDetails(w.actors.officer, details({ version: 1 }))).rejects.toMatchObject({ code: 'CONFLICT' })
    // With a wrong answer too, still told of the other save first (walk 61 F1).
    await expect(updatePersonalDetails(w.actors.officer, details({ version: 1, postcode: '1,2.34' }))).rejects.toMatchObject({ code: 'CONFLICT' })
    const noAddress = await updatePersonalDetails(w.actors.officer, details({ version: 2, addressLine1: '' })).catch((e: unknown) => e)
    expect((noAddress as ZodError).issues[0]).toMatchObject({ path: ['addressLine1'], message: 'addressRequired' })
    await expect(updatePersonalDetails(w.actors.officer, details({ version: 2, postcode: 'NOT A CODE' }))).rejects.toBeInstanceOf(ZodError)
    await expect(updatePersonalDetails(w.actors.colleague, details({ version: 2 }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(updatePersonalDetails(w.actors.northOfficer, details({ version: 2 }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updatePersonalDetails(w.actors.police, details({ offenderId: w.people.mappaCardiff.id }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect((await prisma.offender.findUniqueOrThrow({ where: { id: w.people.mine.id } })).version).toBe(2)
  })

  it('accepts no fixed abode without an address', async () => {
    await updatePersonalDetails(w.actors.officer, details({ version: 2, noFixedAbode: 'on', addressLine1: '', postcode: '' }))
    expect(await prisma.offender.findUniqueOrThrow({ where: { id: w.people.mine.id } })).toMatchObject({ noFixedAbode: true, addressLine1: null })
  })
})
