import { z } from 'zod'
import { londonLocalToDate } from '../lib/dates'

/** A London wall time that must be in the future (arranging, scheduling: never booking the past). */
export const futureLondonTime = z.string().transform((v, ctx) => {
  const at = londonLocalToDate(v)
  if (!at) return ctx.addIssue({ code: 'custom', message: 'invalidDateTime' }), z.NEVER
  if (at.getTime() <= Date.now()) return ctx.addIssue({ code: 'custom', message: 'mustBeFuture' }), z.NEVER
  return at
})

/** An empty form field is absent, so `.optional()` applies to it. */
export const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
/** A `YYYY-MM-DD` date field as the date-only value `@db.Date` columns hold. */
export const asDate = (d: string) => new Date(`${d}T00:00:00Z`)
/** A 24-hour London wall-clock time, `HH:MM`. */
export const clockTime = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalidTime')
/** A repeated form field (checkbox group, multi-select) as an array, however many were ticked. */
export const manyIds = (max: number) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid()).max(max))

/**
 * Form fields named with dots (`offences.0.category`, `requirements.CURFEW.hoursPerDay`) as nested objects, so a
 * zod issue's path names the very field it is about. Input that is already nested passes through unchanged.
 */
export function nestDotted(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(v)) {
    const parts = key.split('.')
    let at = out
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>
    at[parts.at(-1)!] = value
  }
  return out
}

/** True when every field of a nested form block was left empty (the block was not filled in at all). */
export const isBlankBlock = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isBlankBlock))
