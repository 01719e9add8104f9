import { randomInt, randomUUID } from 'node:crypto'
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client'
import { hashPassword } from '../../src/server/auth/passwords'

// Factories shared by the demo seed, the integration tests and the e2e fixtures. Unique columns get random
// values so parallel test workers never collide.

export const DEMO_PASSWORD = 'Llwybr-Demo-2026'
let demoHash: Promise<string> | null = null
/** argon2 is deliberately slow: hash the demo password once per process. */
export const demoPasswordHash = () => (demoHash ??= hashPassword(DEMO_PASSWORD))

const unique = () => randomUUID().slice(0, 8)
export const randomCrn = () => `${String.fromCharCode(65 + randomInt(26))}${randomInt(100000, 1000000)}`
export const randomPnc = () => `${randomInt(2000, 2026)}/${String(randomInt(0, 10_000_000)).padStart(7, '0')}${String.fromCharCode(65 + randomInt(26))}`

export async function createAgency(db: PrismaClient, data: Partial<Prisma.AgencyUncheckedCreateInput> = {}) {
  const id = unique()
  return db.agency.create({ data: { code: `AG-${id}`.toUpperCase(), name: `Agency ${id}`, kind: 'NPS', ...data } })
}

export async function createArea(db: PrismaClient, data: Partial<Prisma.AreaUncheckedCreateInput> & { agencyId: string }) {
  const id = unique()
  return db.area.create({ data: { code: `LDU-${id}`.toUpperCase(), name: `LDU ${id}`, region: 'SOUTH_WALES', ...data } })
}

export async function createTeam(db: PrismaClient, data: Partial<Prisma.TeamUncheckedCreateInput> & { agencyId: string }) {
  const id = unique()
  return db.team.create({ data: { code: `TEAM-${id}`.toUpperCase(), name: `Team ${id}`, ...data } })
}

export async function createUser(db: PrismaClient, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = unique()
  const agencyId = data.agencyId ?? (await createAgency(db)).id
  return db.user.create({
    data: { email: `user-${id}@llwybr.test`, name: `User ${id}`, roles: ['PROBATION_OFFICER'], passwordHash: await demoPasswordHash(), ...data, agencyId },
  })
}

export async function createOffender(db: PrismaClient, data: Partial<Prisma.OffenderUncheckedCreateInput> = {}) {
  const responsibleAgencyId = data.responsibleAgencyId ?? (await createAgency(db)).id
  return db.offender.create({
    data: {
      crn: randomCrn(),
      firstName: 'Test',
      lastName: `Person${unique()}`,
      dateOfBirth: new Date('1990-01-01'),
      sex: 'MALE',
      ...data,
      responsibleAgencyId,
    },
  })
}

export function createContact(db: PrismaClient, data: Omit<Prisma.ContactUncheckedCreateInput, 'type' | 'occurredAt' | 'notes'> & Partial<Prisma.ContactUncheckedCreateInput>) {
  return db.contact.create({ data: { type: 'CASE_NOTE', occurredAt: new Date(), notes: 'Case note.', ...data } })
}
