'use server'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { isLocale, LOCALE_COOKIE } from '../../i18n/locale'
import { getActor } from '../session'
import { updateOwnLocale } from './update-own-locale'

/** Works without JavaScript: a plain form POST that comes back to the same page. */
export async function switchLocaleAction(form: FormData) {
  const locale = form.get('locale')
  const returnTo = String(form.get('returnTo') ?? '/')
  if (isLocale(locale)) {
    ;(await cookies()).set(LOCALE_COOKIE, locale, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 365 })
    const actor = await getActor()
    if (actor) await updateOwnLocale(actor, locale)
  }
  redirect(returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/')
}
