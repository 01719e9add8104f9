import { describe, expect, it } from 'vitest'
import { ZSubmitReferral } from './mappa/mappa.schemas'
import { ZAddAvailability, ZAddLeave, ZRecordTraining } from './cosa/volunteers.schemas'
import { parseScheme } from './schemes/scheme.schemas'

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

  // Walk 68 F2: the leave form said "the start date", and a scheme's funding period too; each names its own fields.
  it('names the first day away for a volunteer’s leave, and a funding period’s first day', () => {
    const volunteerId = '6f1b6c52-8d1f-4a43-9b1d-2f6f3a3c9e10'
    expect(issuesOf(ZAddLeave.safeParse({ volunteerId, version: '1', fromDate: '2099-12-20', toDate: '2099-12-10', note: '' }))).toEqual({ toDate: 'leaveEndBeforeStart' })
    expect(issuesOf(ZAddAvailability.safeParse({ volunteerId, version: '1', weekday: '2', fromTime: '20:00', toTime: '19:00' }))).toEqual({ toTime: 'timeOrder' })
    const scheme = { name: 'Circles North Wales', funder: 'PCC', funderName: 'North Wales PCC', region: 'NORTH_WALES', serves: 'COSA_CIRCLES', providerAgencyId: volunteerId, from1: '2026-04-01', to1: '2026-03-31', amount1: '30000', from2: '', to2: '', amount2: '', from3: '', to3: '', amount3: '' }
    const refused = (() => { try { parseScheme(scheme); return null } catch (e) { return issuesOf({ success: false, error: e as { issues: { path: PropertyKey[]; message: string }[] } }) } })()
    expect(refused).toEqual({ to1: 'schemePeriodEndBeforeStart' })
  })
})
