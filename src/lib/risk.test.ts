import { describe, expect, it } from 'vitest'
import { ageOn, computeTier, predictorBand, priorityGroups, rsrBand } from './risk'

describe('computeTier', () => {
  it.each([
    [{ rosh: 'VERY_HIGH', mappaLevel: null, isIom: false, complexityFlags: 0 }, 'A'],
    [{ rosh: 'LOW', mappaLevel: 2, isIom: false, complexityFlags: 0 }, 'A'],
    [{ rosh: 'HIGH', mappaLevel: 1, isIom: false, complexityFlags: 0 }, 'B'],
    [{ rosh: 'MEDIUM', mappaLevel: null, isIom: true, complexityFlags: 0 }, 'C'],
    [{ rosh: 'MEDIUM', mappaLevel: null, isIom: false, complexityFlags: 2 }, 'C'],
    [{ rosh: 'MEDIUM', mappaLevel: null, isIom: false, complexityFlags: 1 }, 'D'],
    [{ rosh: 'LOW', mappaLevel: null, isIom: true, complexityFlags: 0 }, 'E'],
    [{ rosh: 'LOW', mappaLevel: null, isIom: false, complexityFlags: 1 }, 'F'],
    [{ rosh: null, mappaLevel: null, isIom: false, complexityFlags: 0 }, 'G'],
  ] as const)('%j → %s', (inputs, tier) => expect(computeTier(inputs)).toBe(tier))
})

describe('bands', () => {
  it('bands OGRS-style predictors at 50 / 75 / 90', () => {
    expect([49.99, 50, 74.9, 75, 89.9, 90].map(predictorBand)).toEqual(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'VERY_HIGH'])
    expect(predictorBand(null)).toBeNull()
  })
  it('bands RSR at 3 and 6.9', () => {
    expect([2.99, 3, 6.89, 6.9].map(rsrBand)).toEqual(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH'])
  })
})

describe('priority groups', () => {
  const today = new Date('2026-11-22T00:00:00Z')
  it('derives each group from recorded facts', () => {
    expect(priorityGroups({ sex: 'FEMALE', dateOfBirth: new Date('2003-01-01'), isVeteran: true, rosh: 'HIGH', ogrs3Year2: 80, today })).toEqual([
      'HIGH_REOFFENDING',
      'HIGH_HARM',
      'FEMALE',
      'YOUNG_ADULT',
      'VETERAN',
    ])
    expect(priorityGroups({ sex: 'MALE', dateOfBirth: new Date('1980-01-01'), isVeteran: false, rosh: 'LOW', ogrs3Year2: 20, today })).toEqual([])
  })
  it('counts age from the birthday, not the year', () => {
    expect(ageOn(new Date('2000-11-23'), today)).toBe(25)
    expect(ageOn(new Date('2000-11-22'), today)).toBe(26)
  })
})
