import { describe, expect, it } from 'vitest'
import { allPathways, isHiddenFrom, isWomensPathway, needLabel, pathwayLabelKey, pathwaysFor, restrictedByDefault } from './pathways'

describe('which pathways a person has', () => {
  it('gives everyone the seven, and women the two women’s pathways as well', () => {
    expect(pathwaysFor('MALE')).toHaveLength(7)
    expect(pathwaysFor('FEMALE')).toEqual(allPathways)
    expect(pathwaysFor('FEMALE')).toHaveLength(9)
    for (const sex of ['MALE', 'INTERSEX', 'NOT_KNOWN'] as const) {
      expect(pathwaysFor(sex)).not.toContain('WOMEN_DOMESTIC_ABUSE')
      expect(pathwaysFor(sex)).not.toContain('WOMEN_PROSTITUTION')
    }
  })

  it('keeps the strategy’s order, accommodation first', () => {
    expect(pathwaysFor('MALE')[0]).toBe('ACCOMMODATION')
    expect(pathwaysFor('FEMALE').slice(7)).toEqual(['WOMEN_DOMESTIC_ABUSE', 'WOMEN_PROSTITUTION'])
  })

  it('restricts only the women’s pathways by default', () => {
    expect(allPathways.filter(restrictedByDefault)).toEqual(['WOMEN_DOMESTIC_ABUSE', 'WOMEN_PROSTITUTION'])
    expect(isWomensPathway('HEALTH')).toBe(false)
  })
})

describe('what a reader sees of a pathway', () => {
  it('hides a restricted pathway from those who do not manage the person’s pathways', () => {
    expect(isHiddenFrom('HEALTH', { restricted: true }, false)).toBe(true)
    expect(isHiddenFrom('HEALTH', { restricted: true }, true)).toBe(false)
    expect(isHiddenFrom('HEALTH', { restricted: false }, false)).toBe(false)
  })

  it('treats a women’s pathway not yet assessed as restricted, and one whose restriction was lifted as open', () => {
    expect(isHiddenFrom('WOMEN_PROSTITUTION', null, false)).toBe(true)
    expect(isHiddenFrom('WOMEN_PROSTITUTION', null, true)).toBe(false)
    expect(isHiddenFrom('WOMEN_DOMESTIC_ABUSE', { restricted: false }, false)).toBe(false)
    expect(isHiddenFrom('ACCOMMODATION', null, false)).toBe(false)
  })
})

describe('labels', () => {
  it('names a pathway with the sentence plan’s key and a need in the reader’s language', () => {
    expect(pathwayLabelKey('HEALTH')).toBe('plan.pathway.HEALTH')
    const need = { label: 'No qualifications', labelCy: 'Dim cymwysterau' }
    expect(needLabel(need, 'cy')).toBe('Dim cymwysterau')
    expect(needLabel(need, 'en')).toBe('No qualifications')
  })
})
