import { z } from 'zod'
import { visibleLength } from '../../lib/visible-length'
import { filterQuery } from '../filter-query'
import { keysetParams } from '../paging/keyset.schemas'
import { isoDay, daysInOrder } from '../zod-dates'
import { asPersonName, blank, trimmedText, typedCrn } from '../zod-fields'

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

/**
 * Whether a reason reads as at least BREAK_GLASS_REASON_MIN characters, counted as a reader sees the text: characters
 * that draw nothing (zero-width, fillers, soft hyphens, braille blanks) left out, a run of blanks once (asPersonName,
 * visibleLength), and at least half of them letters or digits, so padding of symbols or blank-looking glyphs is no
 * reason (re-break 52 F1: "a", nineteen U+200B / U+3164 / U+1D159 and "b" opened a record). Input: trimmed text.
 */
function isFullReason(reason: string): boolean {
  const readable = asPersonName(reason)
  return visibleLength(readable) >= BREAK_GLASS_REASON_MIN && (readable.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= BREAK_GLASS_REASON_MIN / 2
}

/** The fewest different words a reason must use (re-break 52b F5: 25 × "a", "urgent urgent urgent urgent" opened records). */
export const BREAK_GLASS_REASON_WORDS = 3
const words = new Intl.Segmenter('und', { granularity: 'word' })

/**
 * How many different words a reason uses: word-like segments (Unicode word breaks, so Welsh and any script) of two or
 * more letters or digits with at least one letter, compared without case, so a CRN counts ("Police call 14:30
 * X123456", break 53 F2) and numbers alone do not ("12 34 56 78 90 11 22", "call call 14:30", re-break 53 F3). A length
 * alone cannot make a reason say something; the reviewers' list is the real control, this only refuses text that
 * cannot be a reason. Input: trimmed text. Output: a count.
 */
function differentWords(reason: string): number {
  const seen = new Set<string>()
  for (const { segment, isWordLike } of words.segment(reason.normalize('NFC'))) {
    if (isWordLike && /\p{L}/u.test(segment) && (segment.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2) seen.add(segment.toLocaleLowerCase())
  }
  return seen.size
}

/** What the user typed or followed: a record's id (from a link) or a CRN (from the search). */
export const ZBreakGlassTarget = z.union([z.uuid(), typedCrn()])

export const ZBreakGlassOpen = z.object({
  target: ZBreakGlassTarget,
  reason: trimmedText()
    .min(1, { message: 'breakGlassReasonRequired', abort: true })
    .max(500)
    .superRefine((reason, ctx) => {
      if (!isFullReason(reason)) ctx.addIssue({ code: 'custom', message: 'breakGlassReasonShort', params: { min: BREAK_GLASS_REASON_MIN } })
      else if (differentWords(reason) < BREAK_GLASS_REASON_WORDS) ctx.addIssue({ code: 'custom', message: 'breakGlassReasonWords', params: { min: BREAK_GLASS_REASON_WORDS } })
    }),
})

const day = z.preprocess(blank, isoDay().optional())

/** The review list's filters: London days the access began between (both inclusive), and keyset paging. */
export const ZBreakGlassQuery = filterQuery({ from: day, to: day, ...keysetParams(z.uuid()) }).refine((q) => daysInOrder(q.from, q.to), {
  path: ['to'],
  message: 'dateOrder',
})
