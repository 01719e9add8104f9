import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { roshLevels } from '../offenders/offender.schemas'
import { blank, trimmedText } from '../zod-fields'
import { anyVersion, decimalText, version, wholeNumberWithin } from '../zod-numbers'
import { dayNotInFuture, isoDay } from '../zod-dates'

export { roshLevels }

/** The four pillars (MAPPA guidance) plus contingency, in the order they are written and shown. */
export const planSections = ['supervision', 'monitoringAndControl', 'interventionsTreatment', 'victimSafetyPlanning', 'contingency'] as const

const section = trimmedText().min(1).max(4000)
/** Review dates are calendar days and must not already have passed. */
const reviewDate = isoDay().refine((d) => d >= todayInLondon(), 'notInPast').transform((d) => new Date(`${d}T00:00:00Z`))

export const ZSaveRiskPlan = z.object({
  offenderId: z.uuid(),
  basedOnVersion: anyVersion,
  supervision: section,
  monitoringAndControl: section,
  interventionsTreatment: section,
  victimSafetyPlanning: section,
  contingency: section,
  nextReviewDate: reviewDate,
})

export const registrationTypes = ['MAPPA', 'IOM', 'MENTAL_HEALTH', 'SELF_HARM', 'CHILD_CONCERNS', 'DOMESTIC_ABUSE_PERPETRATOR', 'GANGS', 'TERRORISM', 'VULNERABILITY'] as const

export const ZAddRegistration = z
  .object({
    offenderId: z.uuid(),
    type: z.enum(registrationTypes, 'chooseOption'),
    level: z.preprocess(blank, wholeNumberWithin(1, 3).optional()),
    category: z.preprocess(blank, wholeNumberWithin(1, 4).optional()),
    nextReviewDate: reviewDate,
    notes: z.preprocess(blank, trimmedText().max(1000).optional()),
  })
  // MAPPA guidance: every MAPPA registration has a category (1-4) and a level (1-3).
  .refine((r) => r.type !== 'MAPPA' || (r.level && r.category), { path: ['level'], message: 'mappaLevelCategory' })
  // Only a MAPPA registration has them: a domestic abuse registration saved with "level 1 · category 1" read as MAPPA
  // management beside a tier saying none (walk 64 F5).
  .superRefine((r, ctx) => {
    // Said on the field given (retest break 64 F4: a category alone was refused on the level).
    if (r.type === 'MAPPA') return
    for (const field of ['level', 'category'] as const) if (r[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'mappaLevelCategoryOnly' })
  })

export const ZReviewRegistration = z.object({ flagId: z.uuid(), version, nextReviewDate: reviewDate, notes: z.preprocess(blank, trimmedText().max(1000).optional()) })

export const ZDeregister = z.object({ flagId: z.uuid(), version, reason: trimmedText().min(1).max(500) })

/** OASys asks about prisoners only in custody; the other four groups are rated for the community every time. */
export const roshGrid = {
  COMMUNITY: ['CHILDREN', 'PUBLIC', 'KNOWN_ADULT', 'STAFF'],
  CUSTODY: ['CHILDREN', 'PUBLIC', 'KNOWN_ADULT', 'STAFF', 'PRISONERS'],
} as const
export type RoshSetting = keyof typeof roshGrid
export const ratingField = (setting: RoshSetting, group: string) => `${setting}_${group}`
export const predictorKeys = ['ogrs3Year1', 'ogrs3Year2', 'ogp', 'ovp', 'ospContact', 'rsr'] as const

const level = z.enum(roshLevels, 'chooseOption')
/** A percentage to two decimal places, or blank when the predictor does not apply. */
const predictor = z.preprocess(
  blank,
  decimalText(z.coerce.number('invalidNumber').min(0, 'percentage').max(100, 'percentage').refine((n) => Math.round(n * 100) === n * 100, 'percentage')).optional(),
)

const ratingShape = Object.fromEntries([
  ...roshGrid.COMMUNITY.map((g) => [ratingField('COMMUNITY', g), level]),
  ...roshGrid.CUSTODY.map((g) => [ratingField('CUSTODY', g), z.preprocess(blank, level.optional())]),
]) as Record<string, z.ZodType<(typeof roshLevels)[number] | undefined>>

export const ZRecordAssessment = z
  .object({
    offenderId: z.uuid(),
    basedOnVersion: anyVersion,
    assessedOn: dayNotInFuture(),
    ...ratingShape,
    ...Object.fromEntries(predictorKeys.map((k) => [k, predictor])),
  })
  // Custody ratings are all or nothing: a half-filled custody column is a mistake, not an assessment.
  .superRefine((v, ctx) => {
    const custody = roshGrid.CUSTODY.map((g) => ratingField('CUSTODY', g))
    const given = custody.filter((f) => (v as Record<string, unknown>)[f] !== undefined)
    if (given.length > 0 && given.length < custody.length) {
      for (const f of custody) if ((v as Record<string, unknown>)[f] === undefined) ctx.addIssue({ code: 'custom', path: [f], message: 'custodyComplete' })
    }
  })
  .transform((v) => {
    const values = v as Record<string, unknown>
    const ratings = (Object.keys(roshGrid) as RoshSetting[]).flatMap((setting) =>
      roshGrid[setting].flatMap((group) => {
        const l = values[ratingField(setting, group)] as (typeof roshLevels)[number] | undefined
        return l ? [{ setting, group, level: l }] : []
      }),
    )
    const predictors = Object.fromEntries(predictorKeys.map((k) => [k, (values[k] as number | undefined) ?? null])) as Record<(typeof predictorKeys)[number], number | null>
    return { offenderId: v.offenderId, basedOnVersion: v.basedOnVersion, assessedOn: new Date(`${v.assessedOn}T00:00:00Z`), ratings, predictors }
  })
