import { z } from 'zod'
import { visibleLength } from '../../lib/visible-length'
import { filterQuery } from '../filter-query'
import { keysetParams } from '../paging/keyset.schemas'
import { isoDay, daysInOrder } from '../zod-dates'
import { blank, trimmedText, typedCrn } from '../zod-fields'

/**
 * How long a break-glass opening lasts: 8 hours, one working shift (issue 17 "a limited time"). Long enough to deal
 * with what prompted it, short enough that the access does not linger; a new need means a new reason.
 */
export const BREAK_GLASS_HOURS = 8
/**
 * The shortest reason accepted: enough for a sentence a reviewer can judge ("called by …", "court duty for …"),
 * counted in the characters a reader sees (visibleLength), not code units (break 50 F7).
 */
export const BREAK_GLASS_REASON_MIN = 20

/** What the user typed or followed: a record's id (from a link) or a CRN (from the search). */
export const ZBreakGlassTarget = z.union([z.uuid(), typedCrn()])

export const ZBreakGlassOpen = z.object({
  target: ZBreakGlassTarget,
  reason: trimmedText()
    .min(1, { message: 'breakGlassReasonRequired', abort: true })
    .max(500)
    .refine((reason) => visibleLength(reason) >= BREAK_GLASS_REASON_MIN, { message: 'breakGlassReasonShort', params: { min: BREAK_GLASS_REASON_MIN } }),
})

const day = z.preprocess(blank, isoDay().optional())

/** The review list's filters: London days the access began between (both inclusive), and keyset paging. */
export const ZBreakGlassQuery = filterQuery({ from: day, to: day, ...keysetParams(z.uuid()) }).refine((q) => daysInOrder(q.from, q.to), {
  path: ['to'],
  message: 'dateOrder',
})
