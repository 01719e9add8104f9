import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import { futureLondonTime } from '../zod-fields'

const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
const asDate = (d: string) => new Date(`${d}T00:00:00Z`)
const optionalDate = z.preprocess(blank, z.iso.date('invalidDate').optional())

export const mappaAreas = ['DYFED_POWYS', 'GWENT', 'NORTH_WALES', 'SOUTH_WALES'] as const
export const mappaCategories = ['1', '2', '3', '4'] as const
const category = z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(4, 'chooseOption')
const reviewDate = z.iso.date('invalidDate').refine((d) => d >= todayInLondon(), 'notInPast').transform(asDate)
const reason = z.string().trim().min(1).max(1000)

export const ZSubmitReferral = z
  .object({
    offenderId: z.uuid(),
    category,
    levelSought: z.coerce.number('chooseOption').int().min(2, 'chooseOption').max(3, 'chooseOption'),
    area: z.enum(mappaAreas, 'chooseOption'),
    indexOffence: z.string().trim().min(1).max(200),
    sentence: z.string().trim().min(1).max(200),
    sentenceDate: optionalDate,
    releaseDate: optionalDate,
    sentenceExpiryDate: optionalDate,
    reason: z.string().trim().min(1).max(4000),
    documentIds: z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(20)),
  })
  // Relevant dates run in order: sentenced, released, sentence expires.
  .superRefine((r, ctx) => {
    if (r.sentenceDate && r.releaseDate && r.releaseDate < r.sentenceDate) ctx.addIssue({ code: 'custom', path: ['releaseDate'], message: 'dateOrder' })
    const before = r.releaseDate ?? r.sentenceDate
    if (before && r.sentenceExpiryDate && r.sentenceExpiryDate < before) ctx.addIssue({ code: 'custom', path: ['sentenceExpiryDate'], message: 'dateOrder' })
  })
  .transform((r) => ({
    ...r,
    sentenceDate: r.sentenceDate ? asDate(r.sentenceDate) : null,
    releaseDate: r.releaseDate ? asDate(r.releaseDate) : null,
    sentenceExpiryDate: r.sentenceExpiryDate ? asDate(r.sentenceExpiryDate) : null,
  }))

export const ZAcceptReferral = z.object({ referralId: z.uuid(), version: z.coerce.number().int().min(1), meetingId: z.uuid('chooseOption') })
export const ZReturnReferral = z.object({ referralId: z.uuid(), version: z.coerce.number().int().min(1), decisionReason: reason })

export const ZChangeLevel = z.object({
  nominalId: z.uuid(),
  version: z.coerce.number().int().min(1),
  level: z.coerce.number('chooseOption').int().min(1, 'chooseOption').max(3, 'chooseOption'),
  reason,
  nextReviewDate: reviewDate,
})

const agencyIds = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(60))

export const ZScheduleMeeting = z
  .object({
    level: z.coerce.number('chooseOption').int().min(2, 'chooseOption').max(3, 'chooseOption'),
    startsAt: futureLondonTime,
    venue: z.preprocess(blank, z.string().trim().max(200).optional()),
    online: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    chairId: z.uuid('chooseOption'),
    coreAgencyIds: agencyIds,
    dutyToCooperateAgencyIds: agencyIds,
  })
  // Checked even when other fields are wrong, so the first attempt lists every problem.
  .refine((m) => m.online || m.venue, { path: ['venue'], message: 'venueOrOnline', when: () => true })
  .refine((m) => (m.coreAgencyIds?.length ?? 0) > 0, { path: ['coreAgencyIds'], message: 'chooseAgency', when: () => true })

export const ZMeetingRef = z.object({ meetingId: z.uuid(), version: z.coerce.number().int().min(1) })
export const ZAddToAgenda = ZMeetingRef.extend({ crn: z.string().trim().toUpperCase().regex(/^[A-Z]\d{6}$/, 'invalidCrn') })
export const ZDeferItem = ZMeetingRef.extend({ itemId: z.uuid(), deferReason: z.string().trim().min(1).max(500) })
export const ZMoveItem = ZMeetingRef.extend({ itemId: z.uuid(), direction: z.enum(['up', 'down']) })
