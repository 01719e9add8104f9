import { z } from 'zod'
import { fieldsWithControlCharacters, fieldsWithUnreadableCharacters, withoutControlCharacters } from './zod-fields'

/** A field named twice in an address arrives as an array (Next's searchParams, `queryOf`); each counts once. */
const firstOfEach = (input: Record<string, unknown>) => Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))

/**
 * The one way to build a GET filter or search schema, so no list page can forget what the forms already refuse
 * (tester's report on issue 15 items 5 and 8): a NUL or other control character in any field of the query string is
 * a `controlCharacters` field message, before anything reaches PostgreSQL (which refuses NUL in text, 22021, and in
 * JSON audit details, 22P05) or the audit log. A field given more than once (`?reference=A&reference=B`, hand-made)
 * is a `repeatedInAddress` field message, never a guess at which value was meant: a page and its download would
 * otherwise guess differently (break 50 F5: the page said "Enter the request reference", the bundle took the last).
 * Fields outside `shape` are dropped unread (never an issue of their own).
 * @param shape the list's own fields (filters, search text, keyset paging)
 * @returns a schema for the whole query string; it throws ZodError with one issue per offending field of `shape`
 */
export function filterQuery<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.preprocess((input, ctx) => {
    if (input && typeof input === 'object' && !Array.isArray(input)) {
      // Only the list's own fields are read and told of: anything else in the address is ignored, so a message about
      // it would name nothing on the page (re-break 51: `/admin/users?role=X&role=Y`, role being no filter there).
      input = Object.fromEntries(Object.entries(input).filter(([field]) => Object.hasOwn(shape, field)))
      for (const [field, value] of Object.entries(input as Record<string, unknown>)) {
        if (Array.isArray(value)) ctx.addIssue({ code: 'custom', path: [field], message: 'repeatedInAddress', input })
      }
      input = firstOfEach(input as Record<string, unknown>)
      const control = fieldsWithControlCharacters(input as Record<string, unknown>)
      for (const field of control) ctx.addIssue({ code: 'custom', path: [field], message: 'controlCharacters', input })
      // The field's own rule then reads it without them, so `status=OPEN%00` is told once, not also "choose an option".
      input = withoutControlCharacters(input as Record<string, unknown>, control)
      for (const field of fieldsWithUnreadableCharacters(input as Record<string, unknown>)) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'unreadableCharacters', input })
      }
    }
    return input
  }, z.object(shape))
}
