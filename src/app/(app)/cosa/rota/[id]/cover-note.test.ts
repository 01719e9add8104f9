import { describe, expect, it } from 'vitest'
import { coverNote } from './cover-note'

describe('the sentence above the form that puts a volunteer on a meeting', () => {
  it('names who is free to cover when anyone is', () => {
    expect(coverNote(['a'], [])).toBe('coverSuggested')
    expect(coverNote(['a'], ['b'])).toBe('coverSuggested')
  })
  it('says nobody of the circle or the wider pool is free when members are off the meeting with conflicts', () => {
    expect(coverNote([], ['b'])).toBe('noCover')
  })
  it('speaks only of the wider pool when every member of the circle is already on the meeting (walk 34 O11)', () => {
    expect(coverNote([], [])).toBe('noCoverOutside')
  })
})
