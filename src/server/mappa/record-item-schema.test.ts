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
    expect(problems({ riskAssessment: '', levelDecision: 'CONTINUE', nextReviewDate: '', disclosureConsidered: 'yes', disclosureTo: 'Her sister' })).toEqual({ riskAssessment: 'riskAssessmentRequired', nextReviewDate: 'dateRequired', disclosureBy: 'disclosureDetailRequired', disclosureReason: 'disclosureDetailRequired' })
  })
})

describe('a disclosure decision that is not yes or no', () => {
  it('is told once, by its own field', () => {
    const result = ZRecordItem.safeParse({ meetingId: id, itemId: id, version: '1', riskAssessment: '', levelDecision: 'CONTINUE', nextReviewDate: '', disclosureConsidered: 'maybe' })
    expect(result.error?.issues.filter((i) => i.path[0] === 'disclosureConsidered').map((i) => issueKey(i).key)).toEqual(['chooseOption'])
  })
})
