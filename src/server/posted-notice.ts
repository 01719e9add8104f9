import 'server-only'
import { cookies, headers } from 'next/headers'
import { DONE_COOKIE, postedNoticeText } from '../lib/posted-notice'

const NOTICE = Symbol('posted success message')

/**
 * Keeps the success message a form named (DONE_FIELD) beside its values, out of sight of the domain: a symbol key is
 * not an entry (nor enumerable), so validation, fingerprints and audit never see it. Input: the values, the field's value. Output: the values.
 */
export function withPostedNotice<V extends Record<string, unknown>>(values: V, posted: unknown): V {
  const text = postedNoticeText(posted)
  if (text) Object.defineProperty(values, NOTICE, { value: text })
  return values
}

/**
 * After a successful step posted without the page's script (no `Next-Action` header: the browser sent the form
 * itself), hands its success message to the page rendered in the same response (walk 55 F2): a cookie set with
 * Max-Age 0, which Next gives that render and the browser does not keep. A duplicate's own notice ("already saved")
 * wins over the form's. Input: the result, the values the form posted. Output: nothing.
 */
export async function leaveNoticeForPage(result: { ok: boolean; notice?: string }, values: Record<string, unknown>): Promise<void> {
  const text = (values as Record<symbol, unknown>)[NOTICE]
  if (!result.ok || typeof text !== 'string') return
  if ((await headers()).has('next-action')) return
  // The step is saved by now: a message that could not be handed over must never turn it into an error page.
  try {
    ;(await cookies()).set(DONE_COOKIE, postedNoticeText(result.notice) ?? text, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 })
  } catch (e) {
    console.error('[action] success message not handed to the page', e)
  }
}

/** The success message handed to this render by a step posted without the script, or null. */
export async function postedNotice(): Promise<string | null> {
  return postedNoticeText((await cookies()).get(DONE_COOKIE)?.value)
}
