import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { queryIomCosts } from '../../../src/server/outcomes/iom-cost-query'
import { ZOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import { findUnitCosts, updateUnitCost } from '../../../src/server/schemes/unit-costs'
import { actorOf } from '../../support/actor'
import { buildOutcomeWorld, day } from './outcome-world'

let w: Awaited<ReturnType<typeof buildOutcomeWorld>>
const filter = () => ZOutcomeFilter.parse({ from: '2025-Q1', to: '2025-Q3', lduId: w.ldu.id })

beforeAll(async () => {
  w = await buildOutcomeWorld()
  const cohort = (strand: 'FIXED' | 'FLEX', name: string) => prisma.iomCohort.create({ data: { region: 'NORTH_WALES', strand, name: `${name} ${w.agency.code}`, createdById: w.officer.id } })
  const [fixed, flex] = [await cohort('FIXED', 'Fixed A'), await cohort('FLEX', 'Flex B')]
  const member = async (cohortId: string, selectedOn: string) => {
    const person = await w.person()
    await prisma.iomMember.create({ data: { cohortId, offenderId: person.id, ragReason: 'Selected', nextReviewOn: day('2027-01-01'), selectedOn: day(selectedOn) } })
    return person.id
  }
  const p1 = await member(fixed.id, '2025-01-15')
  await member(flex.id, '2025-03-31')
  const p3 = await member(fixed.id, '2025-09-01') // its 18 months are not over on 2026-11-30
  // Before selection: from 15 January 2024 (inclusive), proven before 15 July 2025.
  await w.proven(p1, { offence: '2024-01-15', proven: '2024-03-01', category: 'ACQUISITIVE' }) // counts: £5,930
  await w.proven(p1, { offence: '2024-01-14', proven: '2024-03-01', category: 'VIOLENCE' }) // a day too early
  await w.proven(p1, { offence: '2025-01-14', proven: '2025-07-14', category: 'VIOLENCE' }) // counts: £14,050
  await w.proven(p1, { offence: '2024-12-01', proven: '2025-07-15', category: 'VIOLENCE' }) // proven too late
  // After selection: committed by 14 January 2026, proven before 15 July 2026.
  await w.proven(p1, { offence: '2025-01-15', proven: '2025-02-01', category: 'DRUGS' }) // counts, not costed
  await w.proven(p1, { offence: '2026-01-14', proven: '2026-07-14', category: 'ACQUISITIVE' }) // counts: £5,930
  await w.proven(p1, { offence: '2026-01-15', proven: '2026-02-01', category: 'ACQUISITIVE' }) // a day too late
  await w.proven(p3, { offence: '2025-10-01', proven: '2025-11-01', category: 'VIOLENCE' }) // not yet followed up
})

describe('IOM reoffending and cost of crime per cohort and strand (issue 14, hand-worked)', () => {
  it('costs offences in the 12 months before and after selection at the Home Office unit costs', async () => {
    const rows = await queryIomCosts(filter(), '2026-11-30')
    expect(rows.map((r) => [r.strand, r.values])).toEqual([
      ['FIXED', { members: 2, followedUp: 1, reoffenders: 1, offencesBefore: 2, offencesAfter: 2, costBefore: 1_998_000, costAfter: 593_000, uncosted: 1 }],
      ['FLEX', { members: 1, followedUp: 1, reoffenders: 0, offencesBefore: 0, offencesAfter: 0, costBefore: 0, costAfter: 0, uncosted: 0 }],
    ])
  })

  it('uses an administrator’s new unit cost from then on; checks the form; audits the change', async () => {
    const admin = await actorOf(await prisma.user.create({ data: { email: `unit-costs-${w.agency.code}@llwybr.test`, name: 'Admin', roles: ['SYSTEM_ADMINISTRATOR'], agencyId: w.agency.id } }))
    const drugs = (await findUnitCosts(admin)).find((c) => c.category === 'DRUGS')!
    expect(drugs).toMatchObject({ costPence: null, priceYear: '2015/16' })
    await expect(updateUnitCost(admin, { category: 'DRUGS', version: drugs.version, cost: '1,000', source: 'Local estimate', priceYear: '15/16' })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['priceYear'], message: 'invalidPriceYear' })] })
    await expect(updateUnitCost(w.manager, { category: 'DRUGS', version: drugs.version, cost: '1000', source: 'x', priceYear: '2024' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    try {
      await updateUnitCost(admin, { category: 'DRUGS', version: drugs.version, cost: '£1,000', source: 'Local estimate', priceYear: '2024/25' })
      expect((await queryIomCosts(filter(), '2026-11-30'))[0]!.values).toMatchObject({ costAfter: 693_000, uncosted: 0 })
      await expect(updateUnitCost(admin, { category: 'DRUGS', version: drugs.version, cost: '', source: 'x', priceYear: '2024' })).rejects.toMatchObject({ code: 'CONFLICT' })
      // What is recorded, saved again, is nothing to save: no new version, no audit (break 56 F6).
      await expect(updateUnitCost(admin, { category: 'DRUGS', version: drugs.version + 1, cost: '1000', source: 'Local estimate', priceYear: '2024/25' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['nothingChanged'] } })
      expect((await findUnitCosts(admin)).find((c) => c.category === 'DRUGS')).toMatchObject({ version: drugs.version + 1 })
      expect(await prisma.auditEvent.count({ where: { action: 'unitCost.update', subjectId: 'DRUGS', actorUserId: admin.userId } })).toBe(1)
    } finally {
      // All of it, the Welsh source too (the update above cleared it): scheme-welsh-and-empty, in the same worker's
      // database, checks every published source has its Welsh, and failed after this file (folder run, 3 Dec).
      await prisma.crimeUnitCost.update({ where: { category: 'DRUGS' }, data: { costPence: null, source: drugs.source, sourceCy: drugs.sourceCy, priceYear: drugs.priceYear } })
    }
  })
})
