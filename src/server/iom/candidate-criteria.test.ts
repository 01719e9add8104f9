import { describe, expect, it } from 'vitest'
import { criteriaWhere, type CohortCriteria } from './candidate-criteria'

const today = new Date('2026-11-23T00:00:00Z')
const none: CohortCriteria = { offenceTypes: [], minConvictions: 0, lookbackMonths: 12, minOgrs: null, priorityGroups: [] }

describe('criteriaWhere', () => {
  it('adds nothing for criteria that are not set', () => {
    expect(criteriaWhere(none, today)).toEqual({ AND: [] })
  })

  it('requires every criterion that is set', () => {
    const where = criteriaWhere({ offenceTypes: ['ACQUISITIVE'], minConvictions: 1, lookbackMonths: 24, minOgrs: 50, priorityGroups: [] }, today)
    expect(where).toEqual({
      AND: [
        { sentences: { some: { offenceCategory: { in: ['ACQUISITIVE'] } } } },
        { sentences: { some: { startDate: { gte: new Date('2024-11-23T00:00:00Z') } } } },
        { riskProfile: { is: { ogrs3Year2: { gte: 50 } } } },
      ],
    })
  })

  it('takes anyone in any of the priority groups, with young adults aged 16 to 25 as on the person record (issue 15 item 4)', () => {
    const where = criteriaWhere({ ...none, priorityGroups: ['YOUNG_ADULT', 'WOMEN', 'VETERAN', 'DRUG_MISUSE'] }, today)
    expect(where.AND).toEqual([
      {
        OR: [
          { dateOfBirth: { gt: new Date('2000-11-23T00:00:00Z'), lte: new Date('2010-11-23T00:00:00Z') } },
          { sex: 'FEMALE' },
          { isVeteran: true },
          { sentences: { some: { OR: [{ offenceCategory: 'DRUGS' }, { requirements: { some: { kind: 'DRUG_TREATMENT' } } }] } } },
        ],
      },
    ])
  })

  it('keeps a minimum OGRS of zero as a criterion', () => {
    expect(criteriaWhere({ ...none, minOgrs: 0 }, today).AND).toEqual([{ riskProfile: { is: { ogrs3Year2: { gte: 0 } } } }])
  })
})
