import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { offenceCategories, ZCourtOutcome } from './court-outcome.schemas'

const id = '00000000-0000-4000-8000-000000000000'
const outcome = (type: string, additionalConditions: string, more: object = {}) =>
  ZCourtOutcome.safeParse({
    offenderId: id,
    idempotencyKey: id,
    court: 'Cardiff Crown Court',
    sentenceDate: '2026-01-05',
    type,
    lengthMonths: '12',
    'offences.0.category': offenceCategories[0],
    'offences.0.offenceDate': '2025-11-01',
    'offences.0.description': 'Burglary',
    mainOffence: '0',
    additionalConditions,
    ...more,
  })

// Break 60 F7: lines of U+200B or U+2800 in "Additional licence conditions" were saved as conditions.
describe('additional licence conditions', () => {
  it('drops lines that draw nothing and trims invisible edges from the rest', () => {
    const result = outcome('CUSTODY', '\u200b\n\u2800\r\n\u2800No contact with the victim\u200b\n\u3164')
    expect(result.error?.issues).toBeUndefined()
    expect(result.data?.additionalConditions).toEqual(['No contact with the victim'])
    expect(outcome('CUSTODY', '\u200b\n\u2800').data?.additionalConditions).toEqual([])
  })

  it('are not given on a community order when every line draws nothing', () => {
    const community = outcome('COMMUNITY_ORDER', '\u200b\n\u2800\n \u3000', { 'requirements.UNPAID_WORK.hours': '100' })
    expect(community.error?.issues.map((i) => [i.path.join('.'), issueKey(i).key])).toBeUndefined()
    expect(community.data?.additionalConditions).toEqual([])
    // A visible condition is still not for a community order.
    expect(outcome('COMMUNITY_ORDER', 'No alcohol', { 'requirements.UNPAID_WORK.hours': '100' }).error?.issues.map((i) => [i.path.join('.'), issueKey(i).key])).toEqual([['additionalConditions', 'notForOrderType']])
  })
})
