'use server'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { markActionStarted } from '../../lib/action-started'
import { prisma } from '../db'
import { cookiesSecure, sessionCookieName, sessionIdFromCookies } from './session-cookie'
import { revokeSession } from './sessions'

/**
 * Sign-out as a form post, with or without the page's script (break 72 F3: the button signed out only through
 * next-auth's script, so without it nothing was sent and the session stayed usable). Ends the server-side session
 * (security.md SE-1: sign-out ends the session, as next-auth's signOut event does) and drops the cookie, then sends the
 * browser to sign-in. Next's action check refuses a post from another site, so a page elsewhere cannot sign anyone out.
 * Input: none (the form carries nothing). Output: Next's redirect to /sign-in, signed in or not.
 */
export async function signOutAction(): Promise<never> {
  markActionStarted()
  const jar = await cookies()
  const sid = await sessionIdFromCookies(jar)
  if (sid) await revokeSession(prisma, sid)
  // Expired with the attributes it was set with: a browser ignores a `__Secure-` cookie's removal sent without Secure.
  const secure = cookiesSecure()
  jar.set(sessionCookieName(secure), '', { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: 0 })
  redirect('/sign-in')
}
