import { describe, expect, it } from 'vitest'
import { offenceCategoryOf } from './offence-category'

describe('offenceCategoryOf', () => {
  it.each([
    ['Burglary (dwelling)', 'ACQUISITIVE'],
    ['Theft from a shop', 'ACQUISITIVE'],
    ['Robbery', 'ACQUISITIVE'],
    ['Aggravated vehicle taking', 'ACQUISITIVE'],
    ['Fraud by false representation', 'ACQUISITIVE'],
    ['Handling stolen goods', 'ACQUISITIVE'],
    ['Assault occasioning actual bodily harm', 'VIOLENCE'],
    ['Wounding with intent (s.18)', 'VIOLENCE'],
    ['Arson reckless as to whether life endangered', 'VIOLENCE'],
    ['Possession with intent to supply class A drugs', 'DRUGS'],
    ['Controlling or coercive behaviour', 'DOMESTIC_ABUSE'],
    ['Breach of a restraining order', 'DOMESTIC_ABUSE'],
    ['Sexual assault', 'SEXUAL'],
    ['Making indecent images of children', 'SEXUAL'],
    ['Affray', 'PUBLIC_ORDER'],
    ['Violent disorder', 'PUBLIC_ORDER'],
    ['Dangerous driving', 'MOTORING'],
    ['Criminal damage', 'OTHER'],
  ] as const)('%s is %s', (offence, category) => {
    expect(offenceCategoryOf(offence)).toBe(category)
  })

  it('ignores case, as the migration’s ~* does', () => {
    expect(offenceCategoryOf('THEFT FROM A VEHICLE')).toBe('ACQUISITIVE')
  })

  it('takes the first rule that matches, in the migration’s order', () => {
    // "Sexual assault" names both a sexual and a violent offence: the sexual rule comes first.
    expect(offenceCategoryOf('Sexual assault')).toBe('SEXUAL')
    // A domestic burglary is categorised as domestic abuse, as the SQL CASE does.
    expect(offenceCategoryOf('Burglary in a domestic setting')).toBe('DOMESTIC_ABUSE')
    expect(offenceCategoryOf('Robbery with assault')).toBe('ACQUISITIVE')
  })
})
