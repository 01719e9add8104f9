import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { issueKey } from '../../../src/server/validation-messages'
import { createUser } from '../../../src/server/users/create-user'
import { updateUser } from '../../../src/server/users/update-user'
import en from '../../../src/i18n/messages/en'
import cy from '../../../src/i18n/messages/cy'
import { buildWorld, type World } from '../../support/world'

// Issue 15 item 18: "administrators see no case data" means no account is both an administrator and a case worker.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

let made = 0
const newUser = (roles: string[]) => ({
  name: 'Dafydd Pugh', email: `dafydd-${w.tag}-${++made}@llwybr.test`, agencyId: w.nps.id, teamId: '', roles, locale: 'cy', password: 'Bara-brith-and-cawl-2026',
})

/** The field and catalogue key a refused input reports, as the form shows it. */
async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ZodError)
  return (error as ZodError).issues.map((i) => ({ field: i.path[0], key: issueKey(i).key }))
}

describe('System administrator with a case-work role', () => {
  it('is refused on create with a field error on roles, and no user is written', async () => {
    const before = await prisma.user.count()
    for (const role of ['PROBATION_OFFICER', 'PARTNER_CASEWORKER', 'COSA_VOLUNTEER', 'MAPPA_COORDINATOR']) {
      expect(await refusal(createUser(w.actors.admin, newUser(['SYSTEM_ADMINISTRATOR', role])))).toEqual([{ field: 'roles', key: 'adminNoCaseWork' }])
    }
    expect(await prisma.user.count()).toBe(before)
    expect(en.validation.adminNoCaseWork).toMatch(/administrator/)
    expect(cy.validation.adminNoCaseWork).toMatch(/gweinyddwr/)
  })

  it('is refused on update, and the account keeps its roles', async () => {
    const officer = await prisma.user.findUniqueOrThrow({ where: { id: w.staff.officer.id } })
    const input = { userId: officer.id, version: officer.version, name: officer.name, agencyId: officer.agencyId, teamId: officer.teamId ?? '', roles: ['PROBATION_OFFICER', 'SYSTEM_ADMINISTRATOR'], locale: 'en', status: 'ACTIVE' }
    expect(await refusal(updateUser(w.actors.admin, input))).toEqual([{ field: 'roles', key: 'adminNoCaseWork' }])
    expect((await prisma.user.findUniqueOrThrow({ where: { id: officer.id } })).roles).toEqual(['PROBATION_OFFICER'])
  })

  it('still allows an administrator who also reads aggregate figures', async () => {
    const { id } = await createUser(w.actors.admin, newUser(['SYSTEM_ADMINISTRATOR', 'STRATEGIC_MANAGER']))
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).roles).toEqual(['SYSTEM_ADMINISTRATOR', 'STRATEGIC_MANAGER'])
  })

  it('is refused by the database too, whatever writes the row (migration admin_without_case_work)', async () => {
    const write = prisma.user.create({ data: { email: `direct-${w.tag}@llwybr.test`, name: 'Direct', roles: ['SYSTEM_ADMINISTRATOR', 'POLICE_OFFENDER_MANAGER'], agencyId: w.police.id } })
    await expect(write).rejects.toThrow(/User_admin_without_case_work_check/)
  })
})
