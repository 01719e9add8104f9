import 'server-only'
import { cookies } from 'next/headers'
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS } from '../../i18n/locale'
import { prisma } from '../db'

/**
 * Keeps the signed-in user's saved language in the browser's language cookie as a sign-in opens their session, so what
 * the browser is shown once the session has gone (signed out, disabled, timed out: "Your session has ended") is in the
 * language they use; it was in the language last chosen on the sign-in page, often English (re-break 53: a Welsh user
 * disabled on the code step was told in English). Called inside next-auth's route handler, whose cookie writes Next
 * adds to its answer. Input: the new session's id (UserSession.id), or nothing. Output: none.
 */
export async function rememberSignedInLanguage(sessionId: string | undefined): Promise<void> {
  if (!sessionId) return
  const session = await prisma.userSession.findUnique({ where: { id: sessionId }, select: { user: { select: { locale: true } } } })
  const locale = session?.user.locale
  if (isLocale(locale)) (await cookies()).set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS)
}
