import { describe, expect, it } from 'vitest'
import { AgencyKind, Role } from '../../../src/generated/prisma/enums'
import { prisma } from '../../../src/server/db'
import { loadActorForUser } from '../../../src/server/auth/load-actor'
import { roleFitsAgency } from '../../../src/lib/role-agencies'
import { createAgency, createUser } from '../../factories'
import { holdMisfitRoles } from '../../support/misfit-roles'

// Review 65b S1: the rule that a user's roles fit their agency's kind (break 65 F8, ADR 0030) held only when an
// administrator saved the user form; accounts already holding a misfit role kept it and its access.
const pairs = Object.values(Role).flatMap((role) => Object.values(AgencyKind).map((kind) => [role, kind] as const))
const refusal = (p: Promise<unknown>) => p.then(() => 'saved', (e: Error) => (/does not fit|would not fit/.test(e.message) ? 'refused' : e.message))

describe('the database keeps every user’s roles within their agency’s kind', () => {
  it('has the same table as the application, pair by pair', async () => {
    const rows = await prisma.$queryRaw<{ role: Role; kind: AgencyKind; fits: boolean }[]>`
      SELECT r::text AS role, k::text AS kind, "llwybr_role_fits_agency"(r, k) AS fits
      FROM unnest(enum_range(NULL::"Role")) r CROSS JOIN unnest(enum_range(NULL::"AgencyKind")) k`
    expect(rows).toHaveLength(pairs.length)
    for (const { role, kind, fits } of rows) expect({ role, kind, fits }).toEqual({ role, kind, fits: roleFitsAgency(role, kind) })
  })

  it('refuses a misfit however the row is written: insert, roles changed, agency changed', async () => {
    const nps = await createAgency(prisma, { kind: 'NPS' })
    const police = await createAgency(prisma, { kind: 'POLICE' })
    expect(await refusal(createUser(prisma, { agencyId: nps.id, roles: ['POLICE_OFFENDER_MANAGER'] }))).toBe('refused')
    const officer = await createUser(prisma, { agencyId: nps.id, roles: ['PROBATION_OFFICER'] })
    expect(await refusal(prisma.user.update({ where: { id: officer.id }, data: { roles: ['PROBATION_OFFICER', 'COSA_VOLUNTEER'] } }))).toBe('refused')
    expect(await refusal(prisma.user.update({ where: { id: officer.id }, data: { agencyId: police.id } }))).toBe('refused')
    expect(await prisma.user.findUniqueOrThrow({ where: { id: officer.id }, select: { roles: true, agencyId: true } })).toEqual({ roles: ['PROBATION_OFFICER'], agencyId: nps.id })
    expect(await refusal(prisma.user.update({ where: { id: officer.id }, data: { roles: ['SENIOR_PROBATION_OFFICER'], name: 'Promoted' } }))).toBe('saved')
  })

  it('checks within the same agency only the roles added, as the user screen does (review 66 B1)', async () => {
    const nps = await createAgency(prisma, { kind: 'NPS' })
    const user = await createUser(prisma, { agencyId: nps.id, roles: ['PROBATION_OFFICER'] })
    await holdMisfitRoles(user.id)
    expect(await refusal(prisma.user.update({ where: { id: user.id }, data: { roles: ['POLICE_OFFENDER_MANAGER', 'PROBATION_OFFICER'], status: 'DISABLED' } }))).toBe('saved')
    expect(await refusal(prisma.user.update({ where: { id: user.id }, data: { roles: ['POLICE_OFFENDER_MANAGER', 'PROBATION_OFFICER', 'STRATEGIC_MANAGER'] } }))).toBe('saved')
    expect(await refusal(prisma.user.update({ where: { id: user.id }, data: { roles: ['POLICE_OFFENDER_MANAGER', 'COSA_VOLUNTEER'] } }))).toBe('refused')
  })

  it('refuses an agency kind its users’ roles would not fit, and allows one they all fit', async () => {
    const agency = await createAgency(prisma, { kind: 'NPS' })
    await createUser(prisma, { agencyId: agency.id, roles: ['MAPPA_COORDINATOR'] })
    expect(await refusal(prisma.agency.update({ where: { id: agency.id }, data: { kind: 'CRC' } }))).toBe('refused')
    expect(await refusal(prisma.agency.update({ where: { id: agency.id }, data: { kind: 'PRISON', name: 'Renamed' } }))).toBe('saved')
    expect(await refusal(prisma.agency.update({ where: { id: agency.id }, data: { name: 'Renamed again' } }))).toBe('saved')
  })

  it('leaves a misfit role out of the actor should one reach the table another way', async () => {
    const nps = await createAgency(prisma, { kind: 'NPS' })
    const user = await createUser(prisma, { agencyId: nps.id, roles: ['PROBATION_OFFICER'] })
    await holdMisfitRoles(user.id)
    expect((await loadActorForUser(prisma, user.id))?.roles).toEqual(['PROBATION_OFFICER'])
  })
})
