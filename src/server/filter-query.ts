import { z } from 'zod'
import { fieldsWithControlCharacters, fieldsWithUnreadableCharacters } from './zod-fields'

/**
 * The one way to build a GET filter or search schema, so no list page can forget what the forms already refuse
 * (tester's report on issue 15 items 5 and 8): a NUL or other control character in any field of the query string is
 * a `controlCharacters` field message, before anything reaches PostgreSQL (which refuses NUL in text, 22021, and in
 * JSON audit details, 22P05) or the audit log.
 * @param shape the list's own fields (filters, search text, keyset paging)
 * @returns a schema for the whole query string; it throws ZodError with one issue per offending field
 */
export function filterQuery<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.preprocess((input, ctx) => {
    if (input && typeof input === 'object' && !Array.isArray(input)) {
      for (const field of fieldsWithControlCharacters(input as Record<string, unknown>)) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'controlCharacters', input })
      }
      for (const field of fieldsWithUnreadableCharacters(input as Record<string, unknown>)) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'unreadableCharacters', input })
      }
    }
    return input
  }, z.object(shape))
}
