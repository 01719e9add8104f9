import { describe, expect, it } from 'vitest'
import { narrowOptions } from './select-field'

describe('a select narrowed by another (issue 16, MAPPA gaps item 2)', () => {
  const people = [
    { value: 'u1', label: 'Jade Lewis — Dyfodol', group: 'dyfodol' },
    { value: 'u2', label: 'DS Rhys Evans — Police', group: 'police' },
  ]
  it('offers only the people of the chosen agency', () => {
    expect(narrowOptions(people, 'dyfodol').map((o) => o.value)).toEqual(['u1'])
    expect(narrowOptions(people, 'housing')).toEqual([])
  })
  it('offers everyone while no agency is chosen', () => {
    expect(narrowOptions(people, '').map((o) => o.value)).toEqual(['u1', 'u2'])
    expect(narrowOptions(people, undefined)).toHaveLength(2)
  })
})
