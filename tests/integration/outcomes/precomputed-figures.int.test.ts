import { beforeAll, describe, expect, it } from 'vitest'
import { todayInLondon } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { computeOutcomeFigures } from '../../../src/server/outcomes/compute-outcome-figures'
import { getOutcomeIndicators } from '../../../src/server/outcomes/get-outcome-indicators'
import { filterKey, findOutcomeFigureSet, precomputedFilters, refreshOutcomeFigures } from '../../../src/server/outcomes/outcome-figure-sets'
import { ZOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import { buildComplianceCohort } from './compliance-cohort'
import { buildReoffendingCohort } from './reoffending-cohort'

let manager: Awaited<ReturnType<typeof buildReoffendingCohort>>['manager']
const today = todayInLondon()

beforeAll(async () => {
  ;({ manager } = await buildReoffendingCohort())
  await buildComplianceCohort()
  await refreshOutcomeFigures(today)
})

describe('precomputed outcome figures (issue 14 "Done when", bench)', () => {
  it('stores for every precomputed filter exactly the figures computed directly, cell by cell', async () => {
    const filters = precomputedFilters()
    expect(filters).toHaveLength(45)
    for (const f of filters) {
      const stored = await findOutcomeFigureSet(f, today)
      expect(stored, filterKey(f)).not.toBeNull()
      expect(stored!.figures, filterKey(f)).toEqual(await computeOutcomeFigures(f, today))
    }
  })

  it('covers figures that are shown, not only withheld ones', async () => {
    const stored = await findOutcomeFigureSet(ZOutcomeFilter.parse({}), today)
    const shown = stored!.figures.reoffending.filter((q) => q.total.people!.value !== null && q.total.people!.value > 0)
    expect(shown.length).toBeGreaterThan(0)
  })

  it('serves the dashboard from the stored figures with their time, and computes other filters directly', async () => {
    const view = await getOutcomeIndicators(manager, {})
    expect(view.asAt).toBeInstanceOf(Date)
    const { filter, asAt, ...figures } = view
    expect(figures).toEqual(await computeOutcomeFigures(filter, today))
    expect(asAt!.getTime()).toBeLessThanOrEqual(Date.now())
    const broken = await getOutcomeIndicators(manager, { by: 'region' })
    expect(broken.asAt).toBeNull()
  })

  it('does not use figures computed for an earlier London day', async () => {
    const f = ZOutcomeFilter.parse({ region: 'GWENT' })
    await prisma.outcomeFigureSet.update({ where: { filterKey: filterKey(f) }, data: { computedFor: new Date('2020-01-01T00:00:00Z') } })
    expect(await findOutcomeFigureSet(f, today)).toBeNull()
    expect((await getOutcomeIndicators(manager, { region: 'GWENT' })).asAt).toBeNull()
  })
})
