import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { ZRecordItem } from './mappa.schemas'

const id = '00000000-0000-4000-8000-000000000000'
const problems = (input: object) => {
  const result = ZRecordItem.safeParse({ meetingId: id, itemId: id, version: '1', ...input })
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), issueKey(i).key]))
}

// Walk 40 D4: an empty "Record this nominal" listed the risk assessment, level decision and next review, and only the
// next attempt said the disclosure decision was missing.
describe('recording a nominal, every problem on the first attempt', () => {
  it('names the missing disclosure decision beside the other missing fields', () => {
    expect(problems({ riskAssessment: '', levelDecision: '', nextReviewDate: '', disclosureConsidered: '' })).toEqual({ riskAssessment: 'riskAssessmentRequired', levelDecision: 'chooseOption', nextReviewDate: 'dateRequired', disclosureConsidered: 'chooseOption' })
  })

  it('names a "yes" without to whom, by whom and why beside another field’s problem, once each', () => {
    expect(problems({ riskAssessment: '', levelDecision: 'CONTINUE', nextReviewDate: '', disclosureConsidered: 'yes', disclosureDecision: 'DISCLOSE', disclosureTo: 'Her sister' })).toEqual({ riskAssessment: 'riskAssessmentRequired', nextReviewDate: 'dateRequired', disclosureBy: 'disclosureDetailRequired', disclosureReason: 'disclosureDetailRequired' })
  })
})

describe('a disclosure decision that is not yes or no', () => {
  it('is told once, by its own field', () => {
    const result = ZRecordItem.safeParse({ meetingId: id, itemId: id, version: '1', riskAssessment: '', levelDecision: 'CONTINUE', nextReviewDate: '', disclosureConsidered: 'maybe' })
    expect(result.error?.issues.filter((i) => i.path[0] === 'disclosureConsidered').map((i) => issueKey(i).key)).toEqual(['chooseOption'])
  })
})

// Walk 45 F1: "considered, decided not to disclose, because…" had no place, and a reason typed beside "no" was dropped.
describe('the decision once disclosure was considered', () => {
  const inTwoMonths = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
  const whole = { riskAssessment: 'Assessed', levelDecision: 'CONTINUE', nextReviewDate: inTwoMonths }
  const parsed = (input: object) => ZRecordItem.parse({ meetingId: id, itemId: id, version: '1', ...whole, ...input })

  it('is asked for: to disclose or not', () => {
    expect(problems({ ...whole, disclosureConsidered: 'yes', disclosureTo: 'Her sister', disclosureBy: 'Police', disclosureReason: 'Children' })).toEqual({ disclosureDecision: 'chooseOption' })
    expect(problems({ ...whole, disclosureConsidered: 'yes', disclosureDecision: 'MAYBE' })).toEqual({ disclosureDecision: 'chooseOption' })
  })

  it('not to disclose needs why, and keeps no to whom or by whom', () => {
    expect(problems({ ...whole, disclosureConsidered: 'yes', disclosureDecision: 'WITHHOLD' })).toEqual({ disclosureReason: 'disclosureWithheldReason' })
    expect(parsed({ disclosureConsidered: 'yes', disclosureDecision: 'WITHHOLD', disclosureTo: 'Neighbour', disclosureBy: 'Police', disclosureReason: 'No third party at risk' })).toMatchObject({ disclosureConsidered: true, disclosureDecision: 'WITHHOLD', disclosureTo: undefined, disclosureBy: undefined, disclosureReason: 'No third party at risk' })
  })

  it('a "no" keeps a reason given, and no decision, to whom or by whom', () => {
    expect(problems({ ...whole, disclosureConsidered: 'no' })).toEqual({})
    expect(parsed({ disclosureConsidered: 'no', disclosureDecision: 'DISCLOSE', disclosureTo: 'Neighbour', disclosureReason: 'Reviewed last month' })).toMatchObject({ disclosureConsidered: false, disclosureDecision: undefined, disclosureTo: undefined, disclosureReason: 'Reviewed last month' })
  })
})
