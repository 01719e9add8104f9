import { beforeAll, describe, expect, it } from 'vitest'
import { getCaseloadStatistics } from '../../../src/server/statistics/get-caseload-statistics'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

describe('caseload figures for strategic managers', () => {
  it('never shows a count from 1 to 4: an LDU of two people is withheld, row and cells', async () => {
    const stats = await getCaseloadStatistics(w.actors.manager)
    const north = stats.ldus.find((l) => l.id === w.people.north.lduId)!
    expect(north.total).toEqual({ value: null, suppressed: 'small' })
    expect(Object.values(north.rosh).every((c) => c.value === null)).toBe(true)
    // Another LDU's total is withheld with it, so the Wales total less the rest does not give the two away.
    expect(stats.ldus.filter((l) => l.total.suppressed).length).toBeGreaterThanOrEqual(2)
    const every = [stats.total, ...stats.ldus.flatMap((l) => [l.total, ...Object.values(l.rosh)]), ...stats.flags.map((f) => f.count), ...stats.appointmentOutcomes.map((o) => o.count)]
    expect(every.filter((c) => c.value !== null && c.value >= 1 && c.value <= 4)).toEqual([])
  })
})
