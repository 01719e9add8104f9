import { z } from 'zod'

const blank = (v: unknown) => (v === '' ? undefined : v)

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

/** A bigint id (audit events) as it travels in a URL. */
export const ZBigIntId = z.string().regex(/^\d{1,19}$/).transform((v) => BigInt(v))
