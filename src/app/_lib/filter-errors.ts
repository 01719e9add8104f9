import 'server-only'
import { getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { issueKey } from '@/server/validation-messages'

/**
 * Runs a list's query with the filters from the address; when some are invalid (too long, control characters, a
 * date the wrong way round) it runs again without those, so the page shows the list and an error summary naming each
 * bad field, never an error page (tester's report on issue 15 items 5, 8 and 11).
 * @param params the query string as the page received it
 * @param run the list's query
 * @returns the result and the translated messages by field (empty when every filter was valid)
 * @throws anything that is not a ZodError, and a ZodError naming no field of `params`
 */
export async function withFilterErrors<P extends object, T>(params: P, run: (params: Partial<P>) => Promise<T>) {
  const t = await getTranslations('validation')
  const errors: Record<string, string[]> = {}
  let kept: Partial<P> = params
  for (;;) {
    try {
      return { result: await run(kept), errors }
    } catch (e) {
      if (!(e instanceof ZodError)) throw e
      const bad = e.issues.filter((i) => String(i.path[0]) in kept)
      if (!bad.length) throw e
      for (const issue of bad) {
        const { key, values } = issueKey(issue)
        errors[String(issue.path[0])] ??= [t(key, values)]
      }
      kept = Object.fromEntries(Object.entries(kept).filter(([field]) => !(field in errors))) as Partial<P>
    }
  }
}
