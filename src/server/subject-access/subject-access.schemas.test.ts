import { describe, expect, it } from 'vitest'
import { SAR_RULES_FROM, ZSubjectAccessRequest } from './subject-access.schemas'

// Break 55 F7: a request "received" in 1900 was taken, and its one-month clock computed under rules of 2018.
describe('the day a subject access request was received', () => {
  const keysFor = (receivedOn: string) => ZSubjectAccessRequest.safeParse({ reference: 'SAR/2026/1', receivedOn }).error?.issues.map((i) => i.message) ?? []

  it('is refused before the UK GDPR applied, with its own message', () => {
    expect(keysFor('1900-01-01')).toEqual(['sarReceivedTooEarly'])
    expect(keysFor('2018-05-24')).toEqual(['sarReceivedTooEarly'])
  })

  it('is taken from the first day the rules applied', () => {
    expect(keysFor(SAR_RULES_FROM)).toEqual([])
    expect(keysFor('2026-11-02')).toEqual([])
  })
})
