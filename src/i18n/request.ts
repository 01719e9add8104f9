import { cookies } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { TIME_ZONE } from '../lib/dates'
import { getActor } from '../server/session'
import { defaultLocale, isLocale, LOCALE_COOKIE } from './locale'
import cy from './messages/cy'
import en from './messages/en'

const catalogues = { en, cy }

// A locale asked for by name (getTranslations({ locale }): the Welsh half of a bilingual board pack or letter) wins;
// then the signed-in user's saved choice; before sign-in the cookie set by the language switch. Ignoring the named one
// wrote both halves of a bilingual document in the reader's language (issue 14 board pack).
export default getRequestConfig(async ({ locale: named }) => {
  if (isLocale(named)) return { locale: named, timeZone: TIME_ZONE, messages: catalogues[named] }
  const actor = await getActor().catch(() => null)
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value
  const locale = actor?.locale ?? (isLocale(cookie) ? cookie : defaultLocale)
  // Dates are not formatted by next-intl: under the locale `en` its formatter writes US dates ("Nov 2, 2026, 9:00 AM").
  // Pages use getDateFormatter() (en-GB or cy, London time); format-dates.test.ts fails on any use of its dateTime formatter.
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: catalogues[locale],
  }
})
