import { z } from 'zod'
import { londonLocalToDate } from '../lib/dates'

/** A London wall time that must be in the future (arranging, scheduling: never booking the past). */
export const futureLondonTime = z.string().transform((v, ctx) => {
  const at = londonLocalToDate(v)
  if (!at) return ctx.addIssue({ code: 'custom', message: 'invalidDateTime' }), z.NEVER
  if (at.getTime() <= Date.now()) return ctx.addIssue({ code: 'custom', message: 'mustBeFuture' }), z.NEVER
  return at
})
