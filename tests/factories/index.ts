import type { Prisma, PrismaClient } from '../../src/generated/prisma/client'
import type { AgencyKind, Role } from '../../src/generated/prisma/enums'
import { hashPassword } from '../../src/server/auth/passwords'
import { roleFitsAgency } from '../../src/lib/role-agencies'
import { fixtureCrn, hexTag, nextFixtureNumber } from '../support/unique'

// Factories shared by the demo seed, the integration tests and the e2e fixtures. Unique columns get values from
// the database's fixture sequence (tests/support/unique.ts), never random ones.

export const DEMO_PASSWORD = 'Llwybr-Demo-2026'
let demoHash: Promise<string> | null = null
/** argon2 is deliberately slow: hash the demo password once per process. */
export const demoPasswordHash = () => (demoHash ??= hashPassword(DEMO_PASSWORD))

const unique = async (db: PrismaClient) => hexTag(await nextFixtureNumber(db))

export async function createAgency(db: PrismaClient, data: Partial<Prisma.AgencyUncheckedCreateInput> = {}) {
  const id = await unique(db)
  return db.agency.create({ data: { code: `AG-${id}`.toUpperCase(), name: `Agency ${id}`, kind: 'NPS', ...data } })
}

export async function createArea(db: PrismaClient, data: Partial<Prisma.AreaUncheckedCreateInput> & { agencyId: string }) {
  const id = await unique(db)
  return db.area.create({ data: { code: `LDU-${id}`.toUpperCase(), name: `LDU ${id}`, region: 'SOUTH_WALES', ...data } })
}

export async function createTeam(db: PrismaClient, data: Partial<Prisma.TeamUncheckedCreateInput> & { agencyId: string }) {
  const id = await unique(db)
  return db.team.create({ data: { code: `TEAM-${id}`.toUpperCase(), name: `Team ${id}`, ...data } })
}

const kindsByPreference: AgencyKind[] = ['NPS', 'THIRD_SECTOR', 'POLICE', 'CRC', 'PRISON', 'LOCAL_AUTHORITY', 'HEALTH_BOARD', 'YOT', 'DWP', 'OTHER']

/** The kind of agency a new user of these roles can belong to (the NPS where it fits; ADR 0030). Throws when no kind fits them all. */
export function agencyKindFor(roles: readonly Role[]): AgencyKind {
  const kind = kindsByPreference.find((k) => roles.every((r) => roleFitsAgency(r, k)))
  if (!kind) throw new Error(`No agency kind fits the roles ${roles.join(', ')}`)
  return kind
}

/** A user; without an agency, a new one of a kind their roles fit (review 65b T2: never a COSA coordinator at the NPS). */
export async function createUser(db: PrismaClient, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = await unique(db)
  const roles = (data.roles ?? ['PROBATION_OFFICER']) as Role[]
  const agencyId = data.agencyId ?? (await createAgency(db, { kind: agencyKindFor(roles) })).id
  return db.user.create({
    data: { email: `user-${id}@llwybr.test`, name: `User ${id}`, passwordHash: await demoPasswordHash(), ...data, roles, agencyId },
  })
}

export async function createOffender(db: PrismaClient, data: Partial<Prisma.OffenderUncheckedCreateInput> = {}) {
  const responsibleAgencyId = data.responsibleAgencyId ?? (await createAgency(db)).id
  return db.offender.create({
    data: {
      crn: fixtureCrn(await nextFixtureNumber(db)),
      firstName: 'Test',
      lastName: `Person${await unique(db)}`,
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
