import 'server-only'
import { getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { issueKey } from '@/server/validation-messages'

/**
 * Runs a list's query with the filters from the address; when some are invalid (too long, control characters, a
 * date the wrong way round) it runs again without those, so the page shows the list and an error summary naming each
 * bad field, never an error page (tester's report on issue 15 items 5, 8 and 11).
 * A rule between fields can name one already left out (a range too long to today's quarter once `to` is dropped): with
 * `fallback`, its message joins those already found and the fallback's result is shown (review 65b B4: the first
 * messages were lost); without, the error is thrown.
 * @param params the query string as the page received it
 * @param run the list's query
 * @param fallback the result to show when no filter left can be dropped (the default figures)
 * @returns the result and the translated messages by field (empty when every filter was valid)
 * @throws anything that is not a ZodError, and, without `fallback`, a ZodError naming no field still given
 */
export async function withFilterErrors<P extends object, T>(params: P, run: (params: Partial<P>) => Promise<T>, fallback?: () => Promise<T>) {
  const t = await getTranslations('validation')
  const errors: Record<string, string[]> = {}
  const note = (issue: ZodError['issues'][number]) => {
    const { key, values } = issueKey(issue)
    const field = String(issue.path[0])
    const message = t(key, values)
    if (!errors[field]?.includes(message)) errors[field] = [...(errors[field] ?? []), message]
  }
  let kept: Partial<P> = params
  for (;;) {
    try {
      return { result: await run(kept), errors }
    } catch (e) {
      if (!(e instanceof ZodError)) throw e
      const bad = e.issues.filter((i) => String(i.path[0]) in kept)
      if (!bad.length && !fallback) throw e
      if (!bad.length) {
        e.issues.forEach(note)
        return { result: await fallback!(), errors }
      }
      for (const issue of bad) if (!(String(issue.path[0]) in errors)) note(issue)
      kept = Object.fromEntries(Object.entries(kept).filter(([field]) => !(field in errors))) as Partial<P>
    }
  }
}
