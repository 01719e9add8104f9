'use server'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from '../../i18n/locale'
import { sameSitePath } from '../../lib/same-site-path'
import { getSessionHolder } from '../session'
import { updateOwnLocale } from './update-own-locale'
import { markActionStarted } from '../../lib/action-started'

/**
 * Works without JavaScript: a plain form POST that comes back to the same page (post, redirect, get). Malformed input
 * just goes home. Called from the page's script (the `Next-Action` header), a valid switch does not redirect: the
 * cookie it sets makes the router re-render this page in place, so forms keep what was typed into them — a redirect
 * remounted the page and a refused form lost its input (issue 16, MAPPA break test item 6).
 */
export async function switchLocaleAction(form: FormData) {
  // Not run through runAction: a server error inside it is the server's, not the request's (src/lib/action-started.ts).
  markActionStarted()
  const fields = form instanceof FormData ? form : new FormData()
  const locale = fields.get('locale')
  if (isLocale(locale)) {
    ;(await cookies()).set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS)
    // Saved for whoever holds the session, even one still owing its code or set-up, so the language chosen there is the
    // one they are signed in with (re-break 52b F7).
    const holder = await getSessionHolder()
    if (holder) await updateOwnLocale(holder, locale)
    if ((await headers()).has('next-action')) return
  }
  redirect(sameSitePath(fields.get('returnTo')))
}
