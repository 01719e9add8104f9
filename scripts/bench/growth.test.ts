import { describe, expect, it } from 'vitest'
import { readKey, withRun } from './growth'
import { entry } from './stats'

describe('bench growth between data sizes', () => {
  it('matches a read across sizes by its name without the figures in brackets or quotes', () => {
    expect(readKey('caseload page 1 (officer with 4,012 people)')).toBe('caseload page 1')
    expect(readKey('person search: misspelt name "Cerys Evnas12"')).toBe('person search: misspelt name')
  })
  it('keeps the other sections and reports the p95 growth from the smallest to the largest size', () => {
    const small = { people: 100_000, contacts: 2_000_000, results: [entry('timeline (5,000 contacts)', 51, [10, 10], [5, 5])] }
    const large = { people: 250_000, contacts: 5_000_000, results: [entry('timeline (5,001 contacts)', 51, [12, 12], [5, 5])] }
    const file = withRun(withRun({ load: { kept: true } }, small), large)
    expect(file.load).toEqual({ kept: true })
    expect(file.reads).toEqual(large.results)
    expect(file.growth).toEqual([{ read: 'timeline', from_people: 100_000, to_people: 250_000, from_p95_ms: 10, to_p95_ms: 12, growth: 1.2 }])
  })
  it('keeps the reads a partial run (BENCH_ONLY) did not measure at that size, and replaces those it did', () => {
    const full = { people: 100_000, contacts: 2_000_000, results: [entry('caseload page 1 (4,000 people)', 25, [9, 9], [5, 5]), entry('timeline', 51, [10, 10], [5, 5])] }
    const partial = { people: 100_000, contacts: 2_000_000, results: [entry('caseload page 1 (4,001 people)', 25, [6, 6], [5, 5])] }
    const file = withRun(withRun({}, full), partial)
    expect(file.reads).toEqual(partial.results)
    expect(file.readsBySize?.['100000']?.results.map((r) => [r.name, r.p95_ms])).toEqual([['timeline', 10], ['caseload page 1 (4,001 people)', 6]])
  })
})
