import { cookies } from 'next/headers'
import { _createCache } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'
import { TIME_ZONE } from '../lib/dates'
import { getSessionLocale } from '../server/session'
import { defaultLocale, isLocale, LOCALE_COOKIE } from './locale'
import cy from './messages/cy'
import en from './messages/en'

const catalogues = { en, cy }

// Compiled messages shared by every request (issue 18, s22 profile: 5% of the officer's home page was next-intl
// parsing the same catalogue messages again and resolving their locale, because its cache lives one request). The
// cache holds only message formats, keyed by message text, locale and formats (never values, which are given at
// format time), so nothing of one request or user reaches another; it grows at most to the two catalogues.
const messageCache = _createCache()

// A locale asked for by name (getTranslations({ locale }): the Welsh half of a bilingual board pack or letter) wins;
// then the saved choice of the session's user, signed in or still owing a two-step code or set-up (break 52 F16: a
// Welsh speaker's forced set-up was in English), which their language switch saves, so the language cannot change as
// the sign-in finishes (re-break 52b F7); before sign-in the cookie set by the language switch. Ignoring the named one
// wrote both halves of a bilingual document in the reader's language (issue 14 board pack).
export default getRequestConfig(async ({ locale: named }) => {
  if (isLocale(named)) return { locale: named, timeZone: TIME_ZONE, messages: catalogues[named], _cache: messageCache }
  const saved = await getSessionLocale().catch(() => null)
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value
  const locale = isLocale(saved) ? saved : isLocale(cookie) ? cookie : defaultLocale
  // Dates are not formatted by next-intl: under the locale `en` its formatter writes US dates ("Nov 2, 2026, 9:00 AM").
  // Pages use getDateFormatter() (en-GB or cy, London time); format-dates.test.ts fails on any use of its dateTime formatter.
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: catalogues[locale],
    _cache: messageCache,
  }
})
