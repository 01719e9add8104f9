import { describe, expect, it } from 'vitest'
import { COHORT_YOUNG_ADULT_AGES } from '../young-adult'
import { AGE_BANDS, bandsWithin } from './age-bands'

describe('age bands', () => {
  it('follow one another without a gap, from 10 to no upper end', () => {
    AGE_BANDS.slice(1).forEach((b, i) => expect(b.from).toBe(AGE_BANDS[i]!.to! + 1))
    expect(AGE_BANDS.at(-1)!.to).toBeNull()
  })

  it('lying wholly inside an age range are the ones a group of that range shares with everyone (the young-adult tie, issue 14)', () => {
    expect(bandsWithin(COHORT_YOUNG_ADULT_AGES)).toEqual(['18-20', '21-24'])
    expect(bandsWithin({ from: 18, to: 29 })).toEqual(['18-20', '21-24', '25-29'])
    expect(bandsWithin({ from: 19, to: 25 })).toEqual(['21-24'])
    expect(bandsWithin({ from: 60, to: 90 })).toEqual([])
  })
})
