import { z } from 'zod'
import { blank } from '../zod-fields'


/**
 * The query-string part every keyset list shares (issue 15 item 8): the boundary row's id, and the page number shown
 * to people. A malformed cursor is ignored (the first page), as a hand-edited address should not be an error page.
 */
export const keysetParams = <Id extends z.ZodType>(id: Id) => ({
  after: z.preprocess(blank, id.optional()).catch(undefined),
  before: z.preprocess(blank, id.optional()).catch(undefined),
  /** Shown as "page n of m" only; the rows come from the keyset. */
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})

const BIGINT_MAX = 9_223_372_036_854_775_807n

/**
 * A bigint id (audit events) as it travels in a URL: digits within PostgreSQL's bigint, whose overflow (e.g.
 * 9223372036854775808, still 19 digits) would otherwise reach the query and fail there (tester's report, item 8).
 */
export const ZBigIntId = z
  .string()
  .regex(/^\d{1,19}$/)
  .transform((v) => BigInt(v))
  .refine((v) => v <= BIGINT_MAX)

/**
 * The timeline's cursor "<ISO instant>_<uuid>" (the last entry seen), held to exactly the form the app writes: an
 * instant that `Date` reads back to the same text, and a real UUID. Anything else would reach PostgreSQL as an
 * invalid timestamp or uuid (tester's report, item 8); with `keysetParams`' catch it is simply the first page.
 */
export const ZTimelineCursor = z.string().refine((v) => {
  const cut = v.lastIndexOf('_')
  const at = new Date(v.slice(0, cut))
  return cut > 0 && !Number.isNaN(at.getTime()) && at.toISOString() === v.slice(0, cut) && z.uuid().safeParse(v.slice(cut + 1)).success
})
