import { describe, expect, it } from 'vitest'
import { spokenList } from './spoken-list'

// Intl.ListFormat writes "Huw a(c) Siân" in Welsh: a sentence says "a" before a consonant and "ac" before a vowel.
describe('spokenList', () => {
  it('joins in English as Intl does', () => {
    expect(spokenList(['Huw', 'Siân', 'Alun'], 'en')).toBe('Huw, Siân, and Alun')
    expect(spokenList(['Huw'], 'en')).toBe('Huw')
  })

  it('chooses a or ac in Welsh by the last name’s first letter', () => {
    expect(spokenList(['Huw', 'Siân'], 'cy')).toBe('Huw a Siân')
    expect(spokenList(['Huw', 'Siân', 'Alun'], 'cy')).toBe('Huw, Siân ac Alun')
    expect(spokenList(['Elin'], 'cy')).toBe('Elin')
    expect(spokenList([], 'cy')).toBe('')
  })
})
