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

/** Of those words, how many must be full ones (walk-through of break 54 F2: "aa bb cc dd ee ff gg" opened a record). */
const FULL_WORDS = 2

/**
 * Whether a reason is in words: at least BREAK_GLASS_REASON_WORDS different words (word-like segments by Unicode word
 * breaks, so Welsh and any script, each with a letter, compared without case; a one-letter word such as Welsh "i" or
 * "y" counts, break 54 F2: "Risg i blentyn, 14:30" was refused), of which FULL_WORDS are full words: three or more
 * letters or digits, not all the same ("aa bb cc", "aaa bbb ccc" are not). So a CRN counts as a word ("Police
 * call 14:30 X123456", break 53 F2) and numbers alone do not ("12 34 56 78", "call call 14:30", re-break 53 F3). A
 * rule cannot make a reason say something; the reviewers' list is the real control, this refuses text that cannot be a
 * reason. Input: trimmed text. Output: boolean.
 */
function isInWords(reason: string): boolean {
  const seen = new Set<string>()
  for (const { segment, isWordLike } of words.segment(reason.normalize('NFC'))) {
    if (isWordLike && /\p{L}/u.test(segment)) seen.add(segment.toLocaleLowerCase())
  }
  const full = [...seen].filter((w) => {
    const characters = w.match(/[\p{L}\p{N}]/gu) ?? []
    return characters.length >= 3 && new Set(characters).size >= 2
  })
  return seen.size >= BREAK_GLASS_REASON_WORDS && full.length >= FULL_WORDS
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
      else if (!isInWords(reason)) ctx.addIssue({ code: 'custom', message: 'breakGlassReasonWords', params: { min: BREAK_GLASS_REASON_WORDS } })
    }),
})

const day = z.preprocess(blank, isoDay().optional())

/** The review list's filters: London days the access began between (both inclusive), and keyset paging. */
export const ZBreakGlassQuery = filterQuery({ from: day, to: day, ...keysetParams(z.uuid()) }).refine((q) => daysInOrder(q.from, q.to), {
  path: ['to'],
  message: 'dateOrder',
})
