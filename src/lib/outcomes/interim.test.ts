import { describe, expect, it } from 'vitest'
import { interimSeriesId, splitInterim, trendPoints } from './interim'

const q = (quarter: string, interim: boolean, rate: number | null) => ({ quarter, interim, total: { rate: { value: rate, suppressed: rate === null ? ('small' as const) : (false as const) } } })
const quarters = [q('2025-Q1', false, 0.25), q('2025-Q2', false, null), q('2025-Q3', true, 0.5), q('2025-Q4', true, 0.4)]

// Issue 14: "A quarter whose 18 months are not over is labelled interim and kept apart" (f14b item 2).
describe('interim quarters kept apart', () => {
  it('splits quarters into final and interim, each oldest first', () => {
    const { final, interim } = splitInterim([quarters[2]!, quarters[0]!, quarters[3]!, quarters[1]!])
    expect(final.map((x) => x.quarter)).toEqual(['2025-Q1', '2025-Q2'])
    expect(interim.map((x) => x.quarter)).toEqual(['2025-Q3', '2025-Q4'])
  })

  it('gives a chart a separate series for interim quarters, so no line joins a final quarter to an interim one', () => {
    expect(trendPoints(quarters, ['rate'])).toEqual([
      { quarter: '2025-Q1', rate: 0.25, [interimSeriesId('rate')]: null },
      { quarter: '2025-Q2', rate: null, [interimSeriesId('rate')]: null },
      { quarter: '2025-Q3', rate: null, [interimSeriesId('rate')]: 0.5 },
      { quarter: '2025-Q4', rate: null, [interimSeriesId('rate')]: 0.4 },
    ])
  })
})
