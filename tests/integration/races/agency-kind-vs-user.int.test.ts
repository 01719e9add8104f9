import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { updateAgency } from '../../../src/server/agencies/save-agency'
import { updateUser } from '../../../src/server/users/update-user'
import { buildWorld, type World } from '../../support/world'

// Break 66 F4 (review 65b B5): one administrator changed a charity to a police force while another gave a user there
// the COSA volunteer role; both were told "Changes saved" (3 of 15 tries), leaving a volunteer at a police force.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const ROUNDS = 12

describe('a change of an agency’s kind and a user’s roles there, at the same moment', () => {
  it('saves one; the other is refused with its field message, and no misfit is left', async () => {
    let bothSaved = 0
    for (let i = 0; i < ROUNDS; i++) {
      const agency = await prisma.agency.create({ data: { code: `RACE-${w.tag}-${i}`.toUpperCase(), name: `Race ${i}`, kind: 'THIRD_SECTOR' } })
      const user = await prisma.user.create({ data: { email: `race-${w.tag}-${i}@llwybr.test`, name: `Race ${i}`, roles: ['STRATEGIC_MANAGER'], agencyId: agency.id } })
      const results = await Promise.allSettled([
        updateAgency(w.actors.admin, { agencyId: agency.id, version: agency.version, name: agency.name, nameCy: '', kind: 'POLICE', region: '', active: 'on' }),
        updateUser(w.actors.admin, { userId: user.id, version: user.version, name: user.name, agencyId: agency.id, teamId: '', roles: 'COSA_VOLUNTEER', locale: 'en', status: 'ACTIVE' }),
      ])
      const refusals = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { fieldErrors?: unknown }).fieldErrors ?? String(r.reason)] : []))
      if (!refusals.length) bothSaved++
      for (const refusal of refusals) expect([{ kind: ['agencyKindLeavesRoles'] }, { roles: ['roleNotForAgency'] }]).toContainEqual(refusal)
      const [row] = await prisma.$queryRaw<{ misfits: bigint }[]>`
        SELECT count(*) AS misfits FROM "User" u JOIN "Agency" a ON a.id = u."agencyId" CROSS JOIN LATERAL unnest(u.roles) r
        WHERE u.id = ${user.id}::uuid AND NOT "llwybr_role_fits_agency"(r, a.kind)`
      expect(Number(row!.misfits)).toBe(0)
    }
    expect(bothSaved).toBe(0)
  })
})
