import { describe, expect, it } from 'vitest'
import { stageChangeProblem, vettingAlerts, type Vetting } from './pipeline'

const today = '2026-11-23'
const base: Vetting = { stage: 'ENQUIRY', referencesReceived: 0, dbsExpiresOn: null, trainingCompletedOn: null, trainingExpiresOn: null }
const vetted: Vetting = { ...base, referencesReceived: 2, dbsExpiresOn: '2029-01-01', trainingCompletedOn: '2026-10-01' }

describe('volunteer pipeline', () => {
  it('moves one stage at a time, and never back from leaving', () => {
    expect(stageChangeProblem(base, 'APPLICATION', today)).toBeNull()
    expect(stageChangeProblem(base, 'INTERVIEW', today)).toBe('stageOrder')
    expect(stageChangeProblem({ ...base, stage: 'INTERVIEW' }, 'APPLICATION', today)).toBe('stageOrder')
    expect(stageChangeProblem(base, 'ENQUIRY', today)).toBe('sameStage')
    expect(stageChangeProblem({ ...base, stage: 'LEFT' }, 'APPLICATION', today)).toBe('volunteerLeft')
    expect(stageChangeProblem({ ...base, stage: 'TRAINING' }, 'LEFT', today)).toBeNull()
  })

  it('needs two references before the DBS check', () => {
    expect(stageChangeProblem({ ...base, stage: 'REFERENCES', referencesReceived: 1 }, 'DBS_CHECK', today)).toBe('referencesNeeded')
    expect(stageChangeProblem({ ...base, stage: 'REFERENCES', referencesReceived: 2 }, 'DBS_CHECK', today)).toBeNull()
  })

  it('needs a DBS valid today before training, an expiry today still counting', () => {
    expect(stageChangeProblem({ ...vetted, stage: 'DBS_CHECK', dbsExpiresOn: null }, 'TRAINING', today)).toBe('dbsNeeded')
    expect(stageChangeProblem({ ...vetted, stage: 'DBS_CHECK', dbsExpiresOn: '2026-11-22' }, 'TRAINING', today)).toBe('dbsNeeded')
    expect(stageChangeProblem({ ...vetted, stage: 'DBS_CHECK', dbsExpiresOn: today }, 'TRAINING', today)).toBeNull()
  })

  it('needs completed, unexpired training to be matched or active', () => {
    expect(stageChangeProblem({ ...vetted, stage: 'TRAINING', trainingCompletedOn: null }, 'MATCHED', today)).toBe('trainingNeeded')
    expect(stageChangeProblem({ ...vetted, stage: 'TRAINING', trainingCompletedOn: '2026-12-01' }, 'MATCHED', today)).toBe('trainingNeeded')
    expect(stageChangeProblem({ ...vetted, stage: 'TRAINING' }, 'MATCHED', today)).toBeNull()
    expect(stageChangeProblem({ ...vetted, stage: 'MATCHED', trainingExpiresOn: '2026-11-01' }, 'ACTIVE', today)).toBe('trainingNeeded')
    expect(stageChangeProblem({ ...vetted, stage: 'MATCHED' }, 'ACTIVE', today)).toBeNull()
  })

  it('returns from a pause to active only, and only while still vetted', () => {
    expect(stageChangeProblem({ ...vetted, stage: 'PAUSED' }, 'ACTIVE', today)).toBeNull()
    expect(stageChangeProblem({ ...vetted, stage: 'PAUSED' }, 'TRAINING', today)).toBe('stageOrder')
    expect(stageChangeProblem({ ...vetted, stage: 'PAUSED', dbsExpiresOn: '2026-01-01' }, 'ACTIVE', today)).toBe('dbsNeeded')
  })

  it('pauses only a matched or active volunteer, never one still being vetted (walk 61 F6)', () => {
    for (const stage of ['MATCHED', 'ACTIVE'] as const) expect(stageChangeProblem({ ...vetted, stage }, 'PAUSED', today)).toBeNull()
    for (const stage of ['ENQUIRY', 'REFERENCES', 'TRAINING'] as const) expect(stageChangeProblem({ ...vetted, stage }, 'PAUSED', today), stage).toBe('pauseOnlyServing')
    expect(stageChangeProblem({ ...vetted, stage: 'REFERENCES' }, 'LEFT', today)).toBeNull()
  })

  it('flags DBS and training expired or expiring within the window', () => {
    const warn = '2026-12-23'
    expect(vettingAlerts({ ...vetted, dbsExpiresOn: '2026-12-23' }, today, warn)).toEqual(['DBS_EXPIRING'])
    expect(vettingAlerts({ ...vetted, dbsExpiresOn: '2026-12-24' }, today, warn)).toEqual([])
    expect(vettingAlerts({ ...vetted, dbsExpiresOn: '2026-11-22', trainingExpiresOn: '2026-12-01' }, today, warn)).toEqual(['DBS_EXPIRED', 'TRAINING_EXPIRING'])
  })
})
