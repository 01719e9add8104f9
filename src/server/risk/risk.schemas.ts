import { z } from 'zod'

const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
/** The four pillars (MAPPA guidance) plus contingency, in the order they are written and shown. */
export const planSections = ['supervision', 'monitoringAndControl', 'interventionsTreatment', 'victimSafetyPlanning', 'contingency'] as const

const section = z.string().trim().min(1).max(4000)
const todayIso = () => new Date().toISOString().slice(0, 10)
/** Review dates are calendar days and must not already have passed. */
const reviewDate = z.iso.date('invalidDate').refine((d) => d >= todayIso(), 'notInPast').transform((d) => new Date(`${d}T00:00:00Z`))

export const ZSaveRiskPlan = z.object({
  offenderId: z.uuid(),
  basedOnVersion: z.coerce.number().int().min(0),
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
    level: z.preprocess(blank, z.coerce.number().int().min(1).max(3).optional()),
    category: z.preprocess(blank, z.coerce.number().int().min(1).max(4).optional()),
    nextReviewDate: reviewDate,
    notes: z.preprocess(blank, z.string().trim().max(1000).optional()),
  })
  // MAPPA guidance: every MAPPA registration has a category (1-4) and a level (1-3).
  .refine((r) => r.type !== 'MAPPA' || (r.level && r.category), { path: ['level'], message: 'mappaLevelCategory' })

export const ZReviewRegistration = z.object({ flagId: z.uuid(), version: z.coerce.number().int().min(1), nextReviewDate: reviewDate, notes: z.preprocess(blank, z.string().trim().max(1000).optional()) })

export const ZDeregister = z.object({ flagId: z.uuid(), version: z.coerce.number().int().min(1), reason: z.string().trim().min(1).max(500) })
