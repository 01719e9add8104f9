import { afterAll, describe, expect, it } from 'vitest'
import { todayInLondon } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { jobs } from '../../../src/server/jobs/registry'
import { precomputedFilters } from '../../../src/server/outcomes/outcome-figure-sets'

const job = jobs.find((j) => j.name === 'outcome-figures-refresh')
const keys = () => prisma.outcomeFigureSet.findMany({ select: { filterKey: true, computedFor: true, computedAt: true }, orderBy: { filterKey: 'asc' } })


// The refresh stores the indicators' facts too (ADR 0026), global to this worker's database: later test files compute
// from the events again.
afterAll(async () => {
  await prisma.outcomeCell.deleteMany()
  await prisma.outcomeFact.deleteMany()
  await prisma.outcomeFactRun.deleteMany()
})
describe('the nightly refresh of the outcome figures (issue 14 "Done when" bench; issue 18 jobs)', () => {
  it('is scheduled nightly in the job registry', () => {
    expect(job?.cron).toBe('15 2 * * *')
  })

  it('stores one set per precomputed filter for today, and a rerun replaces them rather than adding more', async () => {
    const stale = await prisma.outcomeFigureSet.create({ data: { filterKey: 'an old filter', fromQuarter: '2020-Q1', toQuarter: '2021-Q4', figures: {}, computedFor: new Date('2021-12-31T00:00:00Z') } })
    await job!.run()
    const first = await keys()
    expect(first).toHaveLength(precomputedFilters().length)
    expect(first.every((s) => s.computedFor.toISOString().slice(0, 10) === todayInLondon())).toBe(true)
    expect(first.some((s) => s.filterKey === stale.filterKey)).toBe(false)
    await job!.run()
    const second = await keys()
    expect(second.map((s) => s.filterKey)).toEqual(first.map((s) => s.filterKey))
    expect(second[0]!.computedAt.getTime()).toBeGreaterThan(first[0]!.computedAt.getTime())
    // Two whole refreshes (every precomputed filter, each a dashboard's worth of SQL): on a loaded CI machine they took
    // over 30 s. The time is not what this test checks; npm run bench measures it.
  }, 180_000)
})
