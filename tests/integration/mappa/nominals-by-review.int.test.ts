import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findNominalsByReview } from '../../../src/server/mappa/nominals-by-review'
import { buildWorld, type World } from '../../support/world'

// Issue 15 item 15: a MAPPA coordinator's home lists their area's nominals by next review, not a probation caseload.
let w: World
beforeAll(async () => {
  w = await buildWorld()
  const nominal = (offenderId: string, area: 'SOUTH_WALES' | 'NORTH_WALES', nextReviewDate: string) =>
    // Level 1: managed by the lead agency, never on a meeting's agenda, so other files' meetings in this worker's
    // database do not pick these overdue nominals up (they once did, and that file's meeting could not be approved).
    prisma.mappaNominal.create({ data: { offenderId, area, category: 1, level: 1, leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(nextReviewDate) } })
  await nominal(w.people.mappaCardiff.id, 'SOUTH_WALES', '2020-01-02')
  await nominal(w.people.mappaNorth.id, 'NORTH_WALES', '2020-01-01')
})

describe('findNominalsByReview', () => {
  it('lists the nominals of the coordinator’s own area only, and audits each person listed', async () => {
    const ids = (await findNominalsByReview(w.actors.mappa)).map((n) => n.offender.id)
    expect(ids).toContain(w.people.mappaCardiff.id)
    expect(ids).not.toContain(w.people.mappaNorth.id)
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.nominal.list', actorUserId: w.staff.mappa.id, offenderId: w.people.mappaCardiff.id } })).toBe(1)
  })

  it('is FORBIDDEN to roles that do not run MAPPA', async () => {
    for (const actor of [w.actors.police, w.actors.officer, w.actors.admin]) {
      await expect(findNominalsByReview(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })
})
