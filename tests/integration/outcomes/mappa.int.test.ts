import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { queryMappa } from '../../../src/server/outcomes/mappa-query'
import { ZOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import { buildOutcomeWorld, day } from './outcome-world'

let lduId: string
beforeAll(async () => {
  const w = await buildOutcomeWorld()
  lduId = w.ldu.id
  const nominal = async (o: { category: number; level: number; start: string; ended?: string }) => {
    const person = await w.person()
    const n = await prisma.mappaNominal.create({ data: { offenderId: person.id, category: o.category, level: o.level, area: 'NORTH_WALES', leadAgencyId: w.agency.id, startDate: day(o.start), nextReviewDate: day('2031-01-01'), endedAt: o.ended ? day(o.ended) : null } })
    return { person, n }
  }
  const one = await nominal({ category: 1, level: 1, start: '2025-01-10' })
  // Raised from 2 to 3 at 00:30 on 1 April (BST): in London that is Q2, so at the end of Q1 they were at level 2.
  const two = await nominal({ category: 2, level: 3, start: '2024-12-01' })
  await prisma.mappaLevelChange.create({ data: { nominalId: two.n.id, fromLevel: 2, toLevel: 3, reason: 'Escalating risk', changedById: w.officer.id, changedAt: new Date('2025-03-31T23:30:00Z') } })
  await nominal({ category: 3, level: 1, start: '2025-01-05', ended: '2025-03-15' })
  await w.proven(one.person.id, { offence: '2025-02-01', proven: '2025-05-10', category: 'VIOLENCE' })
  await w.proven(one.person.id, { offence: '2025-02-02', proven: '2025-05-11' })
  await w.proven(one.person.id, { offence: '2025-01-02', proven: '2025-05-12', category: 'SEXUAL' }) // before they were a nominal
  await prisma.mappaSeriousCaseReview.create({ data: { offenderId: two.person.id, area: 'NORTH_WALES', offenceDate: day('2025-05-01'), offenceSummary: 'Summary', termsOfReference: 'Terms', commissionedById: w.officer.id, createdAt: new Date('2025-05-20T10:00:00Z') } })
})

describe('MAPPA figures (hand-worked)', () => {
  it('counts nominals at each quarter end at the level they held then, level changes, serious further offences and reviews', async () => {
    const rows = await queryMappa(ZOutcomeFilter.parse({ from: '2025-Q1', to: '2025-Q2', lduId }))
    const zero = { category3: 0, category4: 0, levelChanges: 0, seriousFurtherOffences: 0, seriousCaseReviews: 0 }
    expect(rows.find((r) => r.quarter === '2025-Q1')?.values).toEqual({ ...zero, nominals: 2, level1: 1, level2: 1, level3: 0, category1: 1, category2: 1 })
    expect(rows.find((r) => r.quarter === '2025-Q2')?.values).toEqual({ ...zero, nominals: 2, level1: 1, level2: 0, level3: 1, category1: 1, category2: 1, levelChanges: 1, seriousFurtherOffences: 1, seriousCaseReviews: 1 })
  })
})
