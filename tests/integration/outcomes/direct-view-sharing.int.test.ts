import { describe, expect, it } from 'vitest'
import { figuresAsAt } from '../../../src/server/outcomes/outcome-figure-sets'
import { ZOutcomeFilter } from '../../../src/server/outcomes/outcome-filter'
import { OUTCOME_DIRECT_VIEWS } from '../../../src/server/outcomes/outcome-query'

/** A stand-in computation that counts how many run at once and takes `ms` (event-loop time is what the gate guards). */
function counter() {
  const seen = { calls: 0, running: 0, most: 0 }
  const compute = (answer: string, ms = 150) => async () => {
    seen.calls += 1
    seen.running += 1
    seen.most = Math.max(seen.most, seen.running)
    await new Promise((r) => setTimeout(r, ms))
    seen.running -= 1
    return answer
  }
  return { seen, compute }
}

describe('outcome views computed directly (issue 14, break 35 D1–D2: six at once starved every other request)', () => {
  it('compute one at a time per instance, however many different views are asked for together', async () => {
    const { seen, compute } = counter()
    // Broken down, so never among the sets the nightly refresh stores (another file may have stored those here).
    const filters = [{ by: 'localAuthority' }, { by: 'sex' }, { by: 'region' }, { by: 'ldu' }, { by: 'agency' }, { by: 'priorityGroup' }].map((v) => ZOutcomeFilter.parse(v))
    const answers = await Promise.all(filters.map((f, i) => figuresAsAt(f, 'all', () => 'stored', compute(`view ${i}`))))
    expect(answers.map((a) => a.figures)).toEqual(filters.map((_, i) => `view ${i}`))
    expect(answers.every((a) => a.computedAt instanceof Date)).toBe(true)
    expect(seen.calls).toBe(6)
    expect(seen.most).toBe(OUTCOME_DIRECT_VIEWS)
  })

  it('share one computation between everyone asking for the same filter and part meanwhile, and not across parts', async () => {
    const { seen, compute } = counter()
    const filter = ZOutcomeFilter.parse({ by: 'ethnicity' })
    const same = await Promise.all(Array.from({ length: 5 }, (_, i) => figuresAsAt(filter, 'all', () => 'stored', compute(`ask ${i}`))))
    expect(seen.calls).toBe(1)
    expect(new Set(same.map((a) => a.figures))).toEqual(new Set(['ask 0']))
    expect(new Set(same.map((a) => a.computedAt?.getTime())).size).toBe(1)
    const other = await figuresAsAt(filter, 'reoffending', () => 'stored', compute('one table'))
    expect(other.figures).toBe('one table')
    expect(seen.calls).toBe(2)
  })

  it('compute again once a computation has finished, and give a failure to everyone who shared it, then recover', async () => {
    const filter = ZOutcomeFilter.parse({ by: 'ageBand' })
    const failing = async () => {
      await new Promise((r) => setTimeout(r, 50))
      throw new Error('the database went away')
    }
    const both = await Promise.allSettled([figuresAsAt(filter, 'all', () => 'stored', failing), figuresAsAt(filter, 'all', () => 'stored', failing)])
    expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    const { seen, compute } = counter()
    expect((await figuresAsAt(filter, 'all', () => 'stored', compute('after'))).figures).toBe('after')
    expect((await figuresAsAt(filter, 'all', () => 'stored', compute('again'))).figures).toBe('again')
    expect(seen.calls).toBe(2)
  })
})
