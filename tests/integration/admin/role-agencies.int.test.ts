import { beforeAll, describe, expect, it } from 'vitest'
import { AgencyKind, type Role } from '../../../src/generated/prisma/enums'
import { prisma } from '../../../src/server/db'
import { updateAgency } from '../../../src/server/agencies/save-agency'
import { roleAgencyKinds } from '../../../src/lib/role-agencies'
import { createUser } from '../../../src/server/users/create-user'
import { updateUser } from '../../../src/server/users/update-user'
import { buildWorld, type World } from '../../support/world'
import { holdMisfitRoles } from '../../support/misfit-roles'

// Break 65 F8: a user of the National Probation Service given the police role saw police-only intelligence.
const kinds = Object.values(AgencyKind)
const pairs = (Object.entries(roleAgencyKinds) as [Role, readonly AgencyKind[]][]).flatMap(([role, fit]) => kinds.map((kind) => [role, kind, fit.includes(kind)] as const))

let w: World
const agencyOf = {} as Record<AgencyKind, { id: string; name: string }>
let made = 0
beforeAll(async () => {
  w = await buildWorld()
  for (const kind of kinds) agencyOf[kind] = await prisma.agency.create({ data: { code: `RA-${kind}-${w.tag}`.toUpperCase(), name: `Agency ${kind} ${w.tag}`, nameCy: `Asiantaeth ${kind}`, kind }, select: { id: true, name: true } })
})
const newUser = (roles: Role, agencyId: string) => ({ name: 'Catrin Lloyd', email: `ra-${w.tag}-${++made}@llwybr.test`, agencyId, teamId: '', roles, locale: 'en', password: 'Bara-brith-and-cawl-2026' })

describe('a user’s roles must fit their agency (break 65 F8)', () => {
  it('refuses creating a police offender manager at the NPS, naming both, and saves nothing', async () => {
    const before = await prisma.user.count()
    await expect(createUser(w.actors.admin, newUser('POLICE_OFFENDER_MANAGER', w.nps.id))).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { roles: ['roleNotForAgency'] },
      details: { messageNames: { role: { en: 'Police offender manager' }, agency: { en: w.nps.name } } },
    })
    expect(await prisma.user.count()).toBe(before)
  })

  it('creates a user in a role that fits their agency', async () => {
    const { id } = await createUser(w.actors.admin, newUser('COSA_COORDINATOR', agencyOf.THIRD_SECTOR.id))
    expect(await prisma.user.findUniqueOrThrow({ where: { id }, select: { roles: true } })).toEqual({ roles: ['COSA_COORDINATOR'] })
  })

  it('refuses moving a police offender manager to the NPS, and saves nothing', async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: w.staff.police.id } })
    const move = { userId: user.id, version: user.version, name: user.name, agencyId: w.nps.id, teamId: '', roles: user.roles, locale: 'en', status: 'ACTIVE' }
    await expect(updateUser(w.actors.admin, move)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { roles: ['roleNotForAgency'] } })
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ agencyId: w.police.id, version: user.version })
  })

  // Every role at every agency kind, through update (no password hashing per row): fitting pairs saved, others refused.
  it.each(pairs)('%s at an agency of kind %s: fits %s', async (role, kind, fits) => {
    const user = await prisma.user.create({ data: { email: `ra-${w.tag}-${++made}@llwybr.test`, name: 'Table', roles: ['STRATEGIC_MANAGER'], agencyId: w.nps.id } })
    const save = updateUser(w.actors.admin, { userId: user.id, version: user.version, name: 'Table', agencyId: agencyOf[kind].id, teamId: '', roles: role, locale: 'en', status: 'ACTIVE' })
    if (fits) await expect(save).resolves.toMatchObject({ id: user.id })
    else await expect(save).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { roles: ['roleNotForAgency'] } })
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(fits ? [role] : ['STRATEGIC_MANAGER'])
  })

  it('refuses changing an agency’s kind while its users hold roles that would not fit, naming them (review 65b K1)', async () => {
    const agency = await prisma.agency.create({ data: { code: `RA-KIND-${w.tag}`, name: 'Kind change', kind: 'POLICE' } })
    for (const [name, roles] of [['Owain Rees', ['POLICE_OFFENDER_MANAGER']], ['Angharad Bowen', ['POLICE_OFFENDER_MANAGER']], ['Not named', ['STRATEGIC_MANAGER']]] as [string, Role[]][]) await prisma.user.create({ data: { email: `ra-${w.tag}-${++made}@llwybr.test`, name, roles, agencyId: agency.id } })
    const change = (kind: AgencyKind, version: number) => updateAgency(w.actors.admin, { agencyId: agency.id, version, name: agency.name, nameCy: '', kind, region: '', active: 'on' })
    await expect(change('NPS', agency.version)).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { kind: ['agencyKindLeavesRoles'] }, details: { messageNames: { names: { en: 'Angharad Bowen and Owain Rees', cy: 'Angharad Bowen ac Owain Rees' } } } })
    expect((await prisma.agency.findUniqueOrThrow({ where: { id: agency.id } })).kind).toBe('POLICE')
    await prisma.user.updateMany({ where: { agencyId: agency.id, roles: { has: 'POLICE_OFFENDER_MANAGER' } }, data: { roles: ['MAPPA_COORDINATOR'] } })
    await expect(change('NPS', agency.version)).resolves.toMatchObject({ id: agency.id })
  })

  it('names five and counts the rest when more would not fit', async () => {
    const agency = await prisma.agency.create({ data: { code: `RA-MANY-${w.tag}`, name: 'Many', kind: 'THIRD_SECTOR' } })
    for (const n of [1, 2, 3, 4, 5, 6, 7]) await prisma.user.create({ data: { email: `ra-${w.tag}-${++made}@llwybr.test`, name: `Volunteer ${n}`, roles: ['COSA_VOLUNTEER'], agencyId: agency.id } })
    await expect(updateAgency(w.actors.admin, { agencyId: agency.id, version: agency.version, name: agency.name, nameCy: '', kind: 'HEALTH_BOARD', region: '', active: 'on' })).rejects.toMatchObject({
      fieldErrors: { kind: ['agencyKindLeavesRolesMore'] },
      details: { messageNames: { names: 'Volunteer 1, Volunteer 2, Volunteer 3, Volunteer 4, Volunteer 5', count: '2' } },
    })
  })

  it('disables, or changes the language of, an account whose roles do not fit without first untangling them (review 65b B1)', async () => {
    const user = await prisma.user.create({ data: { email: `ra-${w.tag}-${++made}@llwybr.test`, name: 'Old account', roles: ['PROBATION_OFFICER'], agencyId: w.nps.id } })
    await holdMisfitRoles(user.id)
    const save = { userId: user.id, version: user.version, name: user.name, agencyId: w.nps.id, teamId: '', roles: ['PROBATION_OFFICER', 'POLICE_OFFENDER_MANAGER'], locale: 'cy', status: 'DISABLED' }
    await expect(updateUser(w.actors.admin, save)).resolves.toMatchObject({ id: user.id })
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { status: true, locale: true } })).toEqual({ status: 'DISABLED', locale: 'cy' })
    // The roles in another order (as the form sends them) are no change either, in the application and the database.
    await expect(updateUser(w.actors.admin, { ...save, version: user.version + 1, roles: ['POLICE_OFFENDER_MANAGER', 'PROBATION_OFFICER'], locale: 'en' })).resolves.toMatchObject({ id: user.id })
    // Adding a role checks the role added: one that does not fit is refused with its field message.
    await expect(updateUser(w.actors.admin, { ...save, version: user.version + 2, roles: ['PROBATION_OFFICER', 'POLICE_OFFENDER_MANAGER', 'COSA_VOLUNTEER'] })).rejects.toMatchObject({ fieldErrors: { roles: ['roleNotForAgency'] } })
  })

  it('reads a repeated role once, so a hand-made post cannot pass a new role off as no change (review 66 B1)', async () => {
    const user = await prisma.user.create({ data: { email: `ra-${w.tag}-${++made}@llwybr.test`, name: 'Repeated', roles: ['PROBATION_OFFICER'], agencyId: w.nps.id } })
    const save = { userId: user.id, name: user.name, agencyId: w.nps.id, teamId: '', locale: 'en', status: 'ACTIVE' }
    await expect(updateUser(w.actors.admin, { ...save, version: user.version, roles: ['PROBATION_OFFICER', 'PROBATION_OFFICER'] })).resolves.toMatchObject({ id: user.id })
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).roles).toEqual(['PROBATION_OFFICER'])
    await expect(updateUser(w.actors.admin, { ...save, version: user.version + 1, roles: ['PROBATION_OFFICER', 'POLICE_OFFENDER_MANAGER'] })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { roles: ['roleNotForAgency'] } })
  })
})
