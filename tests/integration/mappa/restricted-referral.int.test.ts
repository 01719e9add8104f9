import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { getReferral, getMappaOverview } from '../../../src/server/mappa/queries'
import { buildWorld, type World } from '../../support/world'

// Issue 16 MAPPA fix item 3: a referral about a Limited Access person the coordinator cannot see is still counted as
// waiting, shown as an "access restricted" row with nothing identifying, and stays unreadable.
let w: World
let referralId: string

beforeAll(async () => {
  w = await buildWorld()
  // Restricted to the senior alone: the area's coordinator (w.actors.mappa) is not on its access list.
  const offender = w.people.restricted
  referralId = (
    await prisma.mappaReferral.create({
      data: { offenderId: offender.id, category: 1, levelSought: 2, area: 'SOUTH_WALES', indexOffence: 'Wounding', sentence: '4 years', reason: 'Risk to a known adult.', documentIds: [], referringAgencyId: w.nps.id, referredById: w.staff.senior.id },
    })
  ).id
})

describe('a referral about someone the coordinator may not see', () => {
  it('is counted as waiting and listed as a restricted row carrying only when it came (no CRN, issue 17 defect 6)', async () => {
    const offender = await prisma.offender.findUniqueOrThrow({ where: { id: w.people.restricted.id } })
    const overview = await getMappaOverview(w.actors.mappa)
    expect(overview.referrals.some((r) => r.offender.crn === offender.crn)).toBe(false)
    expect(overview.restrictedReferrals).toEqual([{ restricted: true, createdAt: expect.any(Date) }])
    expect(overview.waiting).toBe(overview.referrals.length + 1)
    const row = JSON.stringify(overview.restrictedReferrals)
    for (const secret of [referralId, offender.id, offender.crn, offender.firstName, offender.lastName]) expect(row).not.toContain(secret)
  })

  it('stays unreadable to the coordinator', async () => {
    await expect(getReferral(w.actors.mappa, referralId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
