import { z } from 'zod'
import { regions } from '../agencies/agency.schemas'
import { pathways, womenOnlyPathways } from '../plan/plan.schemas'
import { blank, checkbox, emailAddress, ruleOnField, trimmedText } from '../zod-fields'
import { version, wholeNumberWithin } from '../zod-numbers'

export const serviceSexes = ['ANY', 'FEMALE', 'MALE'] as const
/** The kinds of agency that provide partner services: local authorities, health, the third sector, DWP, youth justice. */
export const providerKinds = ['LOCAL_AUTHORITY', 'HEALTH_BOARD', 'THIRD_SECTOR', 'DWP', 'YOT'] as const

/** A checkbox group: absent when nothing is ticked, a string when one is, an array when several are. */
const ticked = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v])
const optionalText = (max: number) => z.preprocess(blank, trimmedText().max(max).optional()).transform((v) => v ?? null)
// Not a number says so; out of range says the limit (numberTooSmall / numberTooBig).
const age = z
  .preprocess(blank, wholeNumberWithin(10, 120, { notNumber: { error: (issue) => (issue.code === 'invalid_type' ? 'invalidNumber' : undefined) } }).optional())
  .transform((v) => v ?? null)

const shape = {
  providerAgencyId: z.uuid('chooseOption'),
  name: trimmedText().min(1).max(200),
  nameCy: optionalText(200),
  description: optionalText(1000),
  pathways: z.preprocess(ticked, z.array(z.enum(pathways, 'chooseOption')).min(1, 'partnerChoosePathway').max(pathways.length)),
  regions: z.preprocess(ticked, z.array(z.enum(regions, 'chooseOption')).min(1, 'partnerChooseRegion').max(regions.length)),
  eligibleSex: z.enum(serviceSexes, 'chooseOption'),
  minAge: age,
  maxAge: age,
  substanceMisuse: checkbox,
  contactEmail: emailAddress(),
  contactPhone: z.preprocess(blank, trimmedText().max(40).regex(/^[0-9 +()-]{6,40}$/, 'invalidPhone').optional()).transform((v) => v ?? null),
}

type Rules = { minAge: number | null; maxAge: number | null; eligibleSex: string; pathways: string[] }
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** Rules across fields; they run even when another field is wrong, so every problem is reported at once. */
function withRules<T extends z.ZodType<Rules>>(schema: T) {
  return schema
    .refine((s) => !isNumber(s.minAge) || !isNumber(s.maxAge) || s.minAge <= s.maxAge, ruleOnField('maxAge', 'partnerAgeOrder', ['minAge']))
    // The two women's pathways (Wales Reducing Reoffending Strategy) cannot be offered to men only.
    .refine((s) => s.eligibleSex !== 'MALE' || !(Array.isArray(s.pathways) && s.pathways.some((p) => womenOnlyPathways.includes(p))), ruleOnField('pathways', 'pathwayWomenOnly'))
}

export const ZCreateService = withRules(z.object(shape))
export const ZUpdateService = withRules(z.object({ ...shape, serviceId: z.uuid(), version }))
export const ZServiceActive = z.object({ serviceId: z.uuid(), version, active: z.enum(['true', 'false']).transform((v) => v === 'true') })
