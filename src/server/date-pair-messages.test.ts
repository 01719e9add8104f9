import { describe, expect, it } from 'vitest'
import { ZSubmitReferral } from './mappa/mappa.schemas'
import { ZRecordTraining } from './cosa/volunteers.schemas'

// Walk 66 F2: a date that must follow another names that other date, not "the start date" or "the earlier date on
// the form" (neither is a label on these forms).
const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]))

describe('a date that must follow another', () => {
  const referral = { offenderId: '6f1b6c52-8d1f-4a43-9b1d-2f6f3a3c9e10', category: '2', levelSought: '2', area: 'SOUTH_WALES', indexOffence: 'Wounding', sentence: '6 years', reason: 'Threats', sentenceDate: '2023-02-01' }

  it('names the date of sentence or the release date on a MAPPA referral', () => {
    expect(issuesOf(ZSubmitReferral.safeParse({ ...referral, releaseDate: '2022-01-01' }))).toMatchObject({ releaseDate: 'releaseBeforeSentence' })
    expect(issuesOf(ZSubmitReferral.safeParse({ ...referral, releaseDate: '2026-10-01', sentenceExpiryDate: '2025-01-01' }))).toMatchObject({ sentenceExpiryDate: 'expiryBeforeRelease' })
    expect(issuesOf(ZSubmitReferral.safeParse({ ...referral, releaseDate: '', sentenceExpiryDate: '2022-01-01' }))).toMatchObject({ sentenceExpiryDate: 'expiryBeforeSentence' })
  })

  it('names the training date for a volunteer’s refresher', () => {
    const training = { volunteerId: '6f1b6c52-8d1f-4a43-9b1d-2f6f3a3c9e10', version: '1', trainingCompletedOn: '2026-01-10', trainingTrainer: 'Circles UK', trainingHours: '' }
    expect(issuesOf(ZRecordTraining.safeParse({ ...training, trainingExpiresOn: '2026-01-10' }))).toEqual({ trainingExpiresOn: 'refresherNotAfterTraining' })
  })
})
