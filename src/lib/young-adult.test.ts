import { describe, expect, it } from 'vitest'
import enEnums from '../i18n/messages/en/enums.json'
import cyEnums from '../i18n/messages/cy/enums.json'
import enIom from '../i18n/messages/en/iom.json'
import cyIom from '../i18n/messages/cy/iom.json'
import enOutcomes from '../i18n/messages/en/outcomes.json'
import cyOutcomes from '../i18n/messages/cy/outcomes.json'
import { COHORT_YOUNG_ADULT_AGES, YOUNG_ADULT_AGES } from './young-adult'

const fill = (label: string, ages: { from: number; to: number }) => label.replace('{from}', String(ages.from)).replace('{to}', String(ages.to))
// The group's name without its range: what a reader compares when two tables each say "young adults".
const name = (label: string) => label.replace(/\s*\(.*\)\s*$/, '').toLowerCase()

describe('the two young-adult definitions are named apart, in each language (issue 14: 18–25 at cohort start; 16–25 on the record and IOM)', () => {
  const catalogues = {
    en: { record: enEnums.enums.priorityGroup.YOUNG_ADULT, iom: enIom.iom.priority.YOUNG_ADULT, outcome: enOutcomes.outcomes.groups.YOUNG_ADULTS, cohortStart: 'at cohort start' },
    cy: { record: cyEnums.enums.priorityGroup.YOUNG_ADULT, iom: cyIom.iom.priority.YOUNG_ADULT, outcome: cyOutcomes.outcomes.groups.YOUNG_ADULTS, cohortStart: 'ar ddechrau’r garfan' },
  }
  for (const [locale, c] of Object.entries(catalogues)) {
    it(`${locale}: the outcome group says it is judged at cohort start, and the record's and IOM's group has another name`, () => {
      expect(fill(c.outcome, COHORT_YOUNG_ADULT_AGES)).toContain(c.cohortStart)
      expect(fill(c.outcome, COHORT_YOUNG_ADULT_AGES)).toContain('18')
      for (const label of [c.record, c.iom]) {
        expect(fill(label, YOUNG_ADULT_AGES)).toContain('16')
        expect(name(label)).not.toBe(name(c.outcome))
        // Not one name in the singular and the other in the plural, either.
        expect(name(label).replace(/s$/, '')).not.toBe(name(c.outcome).replace(/s$/, ''))
        expect(name(label)).not.toMatch(/^young adult|^oedol(yn|ion) ifanc/)
      }
    })
  }
})
