import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { findOutcomePeople } from '../../../src/server/outcomes/find-outcome-people'
import { exportIomCosts, exportOutcomeTable, exportPathways, getOutcomeIndicators } from '../../../src/server/outcomes/get-outcome-indicators'
import type { Actor } from '../../../src/server/policy'
import { actorOf } from '../../support/actor'
import { buildOutcomeWorld } from './outcome-world'

// Issue 14: a tester's quarter ranges from year 0/1 to 10000 grew the server to 5 GB, and `not a quarter: 10000-Q1` /
// `1-Q2` was thrown from quarters.ts as a 500. Every outcome view, export and drill-down must refuse them as field
// errors before any work, and write no audit row for a view it did not give.
let w: Awaited<ReturnType<typeof buildOutcomeWorld>>
let senior: Actor

beforeAll(async () => {
  w = await buildOutcomeWorld()
  const team = await prisma.team.create({ data: { code: `T-HOSTILE-${w.ldu.code}`.slice(0, 40), name: 'Hostile team', agencyId: w.agency.id, areaId: w.ldu.id } })
  senior = await actorOf(await prisma.user.create({ data: { email: `hostile-senior-${w.ldu.code}@llwybr.test`, name: 'Senior', roles: ['SENIOR_PROBATION_OFFICER'], agencyId: w.agency.id, teamId: team.id } }))
})

const hostile = [
  [{ from: '0001-Q1', to: '0001-Q2' }, ['from', 'quarterOutOfRange']],
  [{ from: '9999-Q4', to: '9999-Q4' }, ['from', 'quarterOutOfRange']],
  [{ from: '10000-Q1', to: '10000-Q1' }, ['from', 'invalidQuarter']],
  [{ from: '2000-Q1', to: '2025-Q1' }, ['to', 'quarterRangeTooLong']],
  // Walk 35: ids that name no LDU, local authority or agency gave a page of zeros, as if an area with nobody in it.
  [{ lduId: '00000000-0000-4000-8000-000000000001' }, ['lduId', 'chooseOption']],
  [{ localAuthorityId: '00000000-0000-4000-8000-000000000002' }, ['localAuthorityId', 'chooseOption']],
  [{ agencyId: '00000000-0000-4000-8000-000000000003' }, ['agencyId', 'chooseOption']],
] as const

const issuesOf = (e: unknown) => {
  expect(e).toBeInstanceOf(ZodError)
  return (e as ZodError).issues.map((i) => [i.path.join('.'), i.message])
}

describe('hostile outcome filters (issue 14)', () => {
  it.each(hostile)('refuses %o on the dashboard, the board pack and every export, with no audit row', async (filter, issue) => {
    const before = await prisma.auditEvent.count({ where: { actorUserId: w.manager.userId } })
    for (const call of [
      () => getOutcomeIndicators(w.manager, filter),
      () => getOutcomeIndicators(w.manager, filter, 'boardPack'),
      () => exportOutcomeTable(w.manager, { ...filter, table: 'reoffending', format: 'csv' }),
      () => exportIomCosts(w.manager, { ...filter, format: 'xlsx' }),
      () => exportPathways(w.manager, { ...filter, format: 'csv' }),
    ]) {
      expect(issuesOf(await call().catch((e: unknown) => e))).toContainEqual(issue)
    }
    expect(await prisma.auditEvent.count({ where: { actorUserId: w.manager.userId } })).toBe(before)
  })

  it('refuses an LDU id that names another kind of thing, and tells a force with an LDU beside the LDU (walk 35)', async () => {
    expect(issuesOf(await getOutcomeIndicators(w.manager, { lduId: w.agency.id }).catch((e: unknown) => e))).toEqual([['lduId', 'chooseOption']])
    expect(issuesOf(await getOutcomeIndicators(w.manager, { region: w.ldu.region, lduId: w.ldu.id }).catch((e: unknown) => e))).toEqual([['lduId', 'oneArea']])
    expect((await getOutcomeIndicators(w.manager, { lduId: w.ldu.id })).filter.lduId).toBe(w.ldu.id)
  })

  it('refuses a drill-down quarter no form offers', async () => {
    for (const quarter of ['0001-Q1', '9999-Q4', '10000-Q1', '1-Q2']) {
      const error = await findOutcomePeople(senior, { from: '2025-Q3', to: '2025-Q3', quarter, measure: 'people' }).catch((e: unknown) => e)
      expect(issuesOf(error).map(([path]) => path)).toContain('quarter')
    }
  })

  it('still answers the widest range it allows: 40 quarters', async () => {
    const { reoffending } = await getOutcomeIndicators(w.manager, { from: '2016-Q4', to: '2026-Q3' })
    expect(reoffending).toHaveLength(40)
  })
})
