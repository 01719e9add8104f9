import { describe, expect, it } from 'vitest'
import { entry, percentile, timeInTurn } from './stats'

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile([7], 95)).toBe(7)
  })
  it('reports the ratio of p95 to the bare-SQL p95', () => {
    expect(entry('x', 25, [10, 20, 30, 40], [5, 5, 5, 10])).toEqual({ name: 'x', rows: 25, n: 4, p50_ms: 20, p95_ms: 40, baseline_p50_ms: 5, baseline_p95_ms: 10, ratio: 4 })
  })
  it('times the read and its baseline in turn, after warming both, n samples each', async () => {
    const calls: string[] = []
    const [work, bare] = await timeInTurn(2, async () => calls.push('app'), async () => calls.push('sql'))
    expect(calls).toEqual(['app', 'sql', 'app', 'sql', 'app', 'sql', 'app', 'sql', 'app', 'sql'])
    expect([work.length, bare.length]).toEqual([2, 2])
  })
})
