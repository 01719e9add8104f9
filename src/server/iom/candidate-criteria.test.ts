import { describe, expect, it } from 'vitest'
import { criteriaSql, type CohortCriteria } from './candidate-criteria'

const today = new Date('2026-11-23T00:00:00Z')
const none: CohortCriteria = { offenceTypes: [], minConvictions: 0, lookbackMonths: 12, minOgrs: null, priorityGroups: [] }
const squash = (sql: string) => sql.replace(/\s+/g, ' ')

describe('criteriaSql', () => {
  it('adds nothing for criteria that are not set', () => {
    expect(criteriaSql(none, today).text).toBe('TRUE')
  })

  it('requires every criterion that is set', () => {
    const where = criteriaSql({ offenceTypes: ['ACQUISITIVE'], minConvictions: 1, lookbackMonths: 24, minOgrs: 50, priorityGroups: [] }, today)
    expect(squash(where.text)).toMatch(/"offenceCategory" IN \(\$1::"OffenceCategory"\)\) > 0 AND EXISTS .*"startDate" >= \$2::date\) AND r\."ogrs3Year2" >= \$3::numeric$/)
    expect(where.values).toEqual(['ACQUISITIVE', '2024-11-23', 50])
  })

  it('counts two or more convictions in the look-back window in the same query (issue 18 item 2)', () => {
    const where = criteriaSql({ ...none, minConvictions: 3, lookbackMonths: 24 }, today)
    expect(squash(where.text)).toBe('(SELECT count(*) FROM "Sentence" s WHERE s."offenderId" = o.id AND s."startDate" >= $1::date) >= $2')
    expect(where.values).toEqual(['2024-11-23', 3])
  })

  it('takes anyone in any of the priority groups, with young adults aged 16 to 25 as on the person record (issue 15 item 4)', () => {
    const where = criteriaSql({ ...none, priorityGroups: ['YOUNG_ADULT', 'WOMEN', 'VETERAN', 'DRUG_MISUSE'] }, today)
    expect(squash(where.text)).toMatch(/^\(\(o\."dateOfBirth" > \$1::date AND o\."dateOfBirth" <= \$2::date\) OR o\.sex = 'FEMALE' OR o\."isVeteran" OR EXISTS .*'DRUGS' OR EXISTS .*'DRUG_TREATMENT'\)\)\)\)$/)
    expect(where.values).toEqual(['2000-11-23', '2010-11-23'])
  })

  it('keeps a minimum OGRS of zero as a criterion', () => {
    expect(criteriaSql({ ...none, minOgrs: 0 }, today).values).toEqual([0])
  })
})
