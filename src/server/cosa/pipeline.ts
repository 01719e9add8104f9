import type { VolunteerStage } from '../../generated/prisma/enums'

/** The recruitment and vetting path, in order (domain.md "COSA"); PAUSED and LEFT sit outside it. */
export const pipeline = ['ENQUIRY', 'APPLICATION', 'INTERVIEW', 'REFERENCES', 'DBS_CHECK', 'TRAINING', 'MATCHED', 'ACTIVE'] as const satisfies readonly VolunteerStage[]
export const volunteerStages = [...pipeline, 'PAUSED', 'LEFT'] as const satisfies readonly VolunteerStage[]
export const REFERENCES_NEEDED = 2
export const EXPIRY_WARNING_DAYS = 30

export type Vetting = {
  stage: VolunteerStage
  referencesReceived: number
  dbsExpiresOn: string | null
  trainingCompletedOn: string | null
  trainingExpiresOn: string | null
}

const dbsValid = (v: Vetting, today: string) => v.dbsExpiresOn !== null && v.dbsExpiresOn >= today
const trainingValid = (v: Vetting, today: string) => v.trainingCompletedOn !== null && v.trainingCompletedOn <= today && (v.trainingExpiresOn === null || v.trainingExpiresOn >= today)

/** Cleared to serve today: matched or active, with a valid enhanced DBS and completed, current training. */
export const isVetted = (v: Vetting, today: string) => (v.stage === 'MATCHED' || v.stage === 'ACTIVE') && dbsValid(v, today) && trainingValid(v, today)

type VettingRecord = { stage: VolunteerStage; referencesReceived: number; dbsExpiresOn: Date | null; trainingCompletedOn: Date | null; trainingExpiresOn: Date | null }
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)

/** A volunteer row's vetting, its `@db.Date` columns as the `YYYY-MM-DD` strings the rules compare. */
export const vettingOf = (v: VettingRecord): Vetting => ({
  stage: v.stage,
  referencesReceived: v.referencesReceived,
  dbsExpiresOn: day(v.dbsExpiresOn),
  trainingCompletedOn: day(v.trainingCompletedOn),
  trainingExpiresOn: day(v.trainingExpiresOn),
})

/**
 * Why a volunteer may not move to a stage today, as a validation key, or null when they may. Stages advance one at
 * a time and each gate needs its evidence: two references before the DBS check, a valid enhanced DBS before
 * training, completed training before matching, and both still valid to be (or come back as) active; only a matched
 * or active volunteer is paused (`pauseOnlyServing`).
 */
export function stageChangeProblem(v: Vetting, to: VolunteerStage, today: string): string | null {
  if (v.stage === 'LEFT') return 'volunteerLeft'
  if (to === v.stage) return 'sameStage'
  // A pause is from serving (matched or active); one still being vetted could then only come back as active, which
  // needs the vetting done (walk 61 F6: paused at References, stuck there).
  if (to === 'PAUSED' && v.stage !== 'MATCHED' && v.stage !== 'ACTIVE') return 'pauseOnlyServing'
  if (to === 'PAUSED' || to === 'LEFT') return null
  const from = v.stage === 'PAUSED' ? null : pipeline.indexOf(v.stage as (typeof pipeline)[number])
  const target = pipeline.indexOf(to as (typeof pipeline)[number])
  // From a pause a volunteer returns to active work only; otherwise one step forward at a time.
  if (from === null ? to !== 'ACTIVE' : target !== from + 1) return 'stageOrder'
  if (to === 'DBS_CHECK' && v.referencesReceived < REFERENCES_NEEDED) return 'referencesNeeded'
  if (to === 'TRAINING' && !dbsValid(v, today)) return 'dbsNeeded'
  if (to === 'MATCHED' && !trainingValid(v, today)) return 'trainingNeeded'
  if (to === 'ACTIVE' && !dbsValid(v, today)) return 'dbsNeeded'
  if (to === 'ACTIVE' && !trainingValid(v, today)) return 'trainingNeeded'
  return null
}

/** What needs attention: DBS or training expired, or expiring within the warning window. */
export function vettingAlerts(v: Vetting, today: string, warnUntil: string): ('DBS_EXPIRED' | 'DBS_EXPIRING' | 'TRAINING_EXPIRED' | 'TRAINING_EXPIRING')[] {
  const alerts: ('DBS_EXPIRED' | 'DBS_EXPIRING' | 'TRAINING_EXPIRED' | 'TRAINING_EXPIRING')[] = []
  if (v.dbsExpiresOn) alerts.push(...(v.dbsExpiresOn < today ? (['DBS_EXPIRED'] as const) : v.dbsExpiresOn <= warnUntil ? (['DBS_EXPIRING'] as const) : []))
  if (v.trainingExpiresOn) alerts.push(...(v.trainingExpiresOn < today ? (['TRAINING_EXPIRED'] as const) : v.trainingExpiresOn <= warnUntil ? (['TRAINING_EXPIRING'] as const) : []))
  return alerts
}
