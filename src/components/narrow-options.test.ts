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

describe('a lead picker narrowed by the IOM panel’s candidate (sec19b, issue 17)', () => {
  // Rhys may lead every candidate; Jade only c2 and c3 (she is excluded from c1), so she sits in those two groups.
  const leads = [
    { value: 'rhys', label: 'Rhys' },
    { value: 'jade', label: 'Jade', group: 'c2' },
    { value: 'jade', label: 'Jade', group: 'c3' },
  ]
  it('leaves out a lead for the candidate they may not lead', () => {
    expect(narrowOptions(leads, 'c1').map((o) => o.value)).toEqual(['rhys'])
    expect(narrowOptions(leads, 'c3').map((o) => o.value)).toEqual(['rhys', 'jade'])
  })
  it('offers each lead once while no candidate is chosen', () => {
    expect(narrowOptions(leads, undefined).map((o) => o.value)).toEqual(['rhys', 'jade'])
  })
})
