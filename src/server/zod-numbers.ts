import { z } from 'zod'
import { PG_INT_MAX, readsAsVersion } from '../lib/drawn-at'
import { blank } from './zod-fields'

// The readers of numbers a form posts: a record's version as the form echoes it, and whole numbers typed by the user.
// Apart from zod-fields.ts (text readers) so each stays one concern (review 63).

/**
 * A record's version as a form echoes it back: a whole number from `min` to PostgreSQL's integer limit (above it a 500,
 * COSA break test item 5), read as JavaScript reads numbers (so "" is 0). Only a forged or garbled form posts anything
 * else, which gets one message, to reload (break 61 F7: "-1" said "Enter 0 or more" and "Enter 1 or more", a huge one
 * two different limits, under no field's name).
 */
const versionFrom = (min: number) =>
  z.preprocess(
    // The page's own rule (drawn-at.ts); "" is left to read as 0.
    (v) => (typeof v === 'string' && v !== '' && !readsAsVersion(v) ? Number.NaN : v),
    z.coerce.number('formVersionUnreadable').refine((n) => Number.isInteger(n) && n >= min && n <= PG_INT_MAX, 'formVersionUnreadable'),
  )

/** A record's version as a form echoes it back, 0 or more (0: none yet). */
export const anyVersion = versionFrom(0)
// Only plain decimal figures are numbers to a reader. JavaScript's Number(), behind every z.coerce.number, also reads
// "1e2" as 100, "0x2" as 2, "0b1" as 1 and "Infinity", which forms then saved silently (break 41 F4).
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
/**
 * `schema` (a number schema that coerces, with its own messages) given only text that is a plain decimal figure: text
 * JavaScript would read as a number in another notation reaches it as `numericAs` (NaN unless given, so it answers
 * with its "not a number" message: invalidNumber, or chooseOption for a select); other text, blank text and values
 * that are not text pass unchanged. Input: the schema, { numericAs }. Output: a schema with the same output.
 */
export function decimalText<T extends z.ZodType>(schema: T, { numericAs = Number.NaN } = {}) {
  const otherNotation = (v: unknown) => typeof v === 'string' && v.trim() !== '' && !DECIMAL.test(v.trim()) && !Number.isNaN(Number(v))
  return z.preprocess((v) => (otherNotation(v) ? numericAs : v), schema)
}

/**
 * A whole number typed into a form, from `min` to `max` inclusive. Anything out of range, not whole or too large to be
 * exact gets one message naming the range (`numberBetween` with {min, max}); text that is no number at all gets
 * `invalidNumber`. Before, -90 and 1e9 inherited "Enter a number" from the type's message and 99999999999999999999
 * got two messages (COSA break test item 5).
 */
export const wholeNumberIn = (min: number, max: number) =>
  // Text that draws nothing is no number (undefined: invalidNumber), never 0 as Number('') is (break 60 F6: references
  // received left empty or of spaces were saved as 0). An optional one is wrapped in z.preprocess(blank, …optional()).
  z.preprocess(
    blank,
    // "1e2" or "0x2" is told the range, as "-90" is (break 41 F4): the largest number is never a whole number in it.
    decimalText(z.coerce.number('invalidNumber').refine((n) => Number.isSafeInteger(n) && n >= min && n <= max, { message: 'numberBetween', params: { min, max } }), { numericAs: Number.MAX_VALUE }),
  )

type TRangeMessages = { notNumber?: Parameters<typeof z.coerce.number>[0]; tooSmall?: string; tooBig?: string }

/**
 * A whole number typed into a form, from `min` to `max`, that says one thing wrong with it: out of range first (the
 * range checks end the reading), else not whole (`numberBetween` with {min, max}). Before, 99999999999999999999 got "Enter a whole number" and "Enter
 * 480 or less" run together, the first wrong (break 65 F4). Input: the range, the message keys (`tooSmall`, `tooBig`:
 * default, the error map's "Enter n or more/less"; `notNumber`, default `invalidNumber`). Output: a schema of a number;
 * text in another notation is not a number (decimalText).
 */
export const wholeNumberWithin = (min: number, max: number, messages: TRangeMessages = {}) =>
  decimalText(
    z.coerce
      .number(messages.notNumber ?? 'invalidNumber')
      .min(min, { error: messages.tooSmall, abort: true })
      .max(max, { error: messages.tooBig, abort: true })
      // Not whole: the field's own range, not "a whole number of 1 or more" (break 66 F3: 10.5 for an age of 10 to 120).
      .refine(Number.isInteger, { message: 'numberBetween', params: { min, max } }),
  )

/** The optimistic-lock `version` every edit form posts (1 or more); every schema that takes one uses this field. */
export const version = versionFrom(1)
