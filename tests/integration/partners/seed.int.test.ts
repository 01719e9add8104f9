import { beforeAll, describe, expect, it } from 'vitest'
import { seedPartners } from '../../../prisma/seed/partners'
import { prisma } from '../../../src/server/db'
import { partnerQueue } from '../../../src/server/partners/partner-queue'
import { getPersonReferrals } from '../../../src/server/partners/person-referrals'
import type { Actor } from '../../../src/server/policy'
import { createOffender, createUser } from '../../factories'
import { actorOf } from '../../support/actor'
import { buildWorld, type World } from '../../support/world'

// The demo seed must give the partner caseworker something to show: the e2e journey and the demo rely on it.
let w: World
let jade: Actor

beforeAll(async () => {
  w = await buildWorld()
  const dyfodol = await prisma.agency.create({ data: { code: `DYF-${w.tag}`, name: `Dyfodol ${w.tag}`, kind: 'THIRD_SECTOR' } })
  jade = await actorOf(await createUser(prisma, { agencyId: dyfodol.id, roles: ['PARTNER_CASEWORKER'] }))
  for (const lastName of ['Zephaniah', 'Yorath', 'Xavier', 'Aaronson', 'Abbott']) {
    await createOffender(prisma, { lastName: `${lastName}${w.tag}`, responsibleAgencyId: w.nps.id, offenderManagerId: w.staff.officer.id, teamId: w.teamA.id, lduId: w.cardiff.id })
  }
  await seedPartners(prisma, { officerId: w.staff.officer.id, partnerUserId: jade.userId, partnerAgencyId: dyfodol.id })
})

describe('the partners demo seed', () => {
  it('gives the caseworker a near-breach referral to decide, one being worked on time and one completed', async () => {
    const queue = await partnerQueue(jade)
    expect(queue.incoming).toHaveLength(1)
    expect(queue.incoming[0]!.clock).toMatchObject({ stage: 'ASSESSMENT', state: 'NEAR_BREACH' })
    expect(queue.working).toHaveLength(1)
    expect(queue.working[0]!.clock).toMatchObject({ stage: 'MET', state: 'MET' })
    expect(queue.closed.map((r) => [r.status, r.outcome])).toEqual([['COMPLETED', 'ACHIEVED']])
  })

  it('leaves the first person of the officer’s caseload by name unreferred, and shows the updates to the officer', async () => {
    const first = await prisma.offender.findFirstOrThrow({ where: { offenderManagerId: w.staff.officer.id }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }] })
    expect(await prisma.partnerReferral.count({ where: { offenderId: first.id } })).toBe(0)
    const worked = await prisma.partnerReferral.findFirstOrThrow({ where: { status: 'ACCEPTED', caseworkerId: jade.userId } })
    const { referrals } = await getPersonReferrals(w.actors.officer, worked.offenderId)
    expect(referrals[0]!.updates.map((u) => u.kind)).toEqual(['REFERRED', 'ACCEPTED', 'FIRST_APPOINTMENT', 'ASSESSED', 'CARE_PLAN', 'PROGRESS'])
  })
})
