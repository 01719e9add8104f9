import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { cookiesSecure, sessionSecret } from './session-cookie'

/**
 * The pair next-auth's sign-in route checks a POST against (its double-submit CSRF token): the cookie holds the token
 * and its SHA-256 with the secret, the form the token. Made here so the single sign-on button starts the identity
 * provider's journey as a plain form, without the page's script (walk 63 F3: the button only ran `signIn()` in the
 * browser). Input: none (the secret and whether cookies are Secure, as next-auth reads them). Output: the cookie's
 * name and value, and the token the request's body carries. Errors: throws when no secret is set.
 */
export function ssoCsrfPair(): { cookie: { name: string; value: string; secure: boolean }; token: string } {
  const secret = sessionSecret()
  // next-auth itself refuses to run without one; an empty secret would make a token anyone could pair (review 63).
  if (!secret) throw new Error('NEXTAUTH_SECRET is needed for single sign-on')
  const token = randomBytes(32).toString('hex')
  const hash = createHash('sha256').update(`${token}${secret}`).digest('hex')
  const secure = cookiesSecure()
  return { cookie: { name: `${secure ? '__Host-' : ''}next-auth.csrf-token`, value: `${token}|${hash}`, secure }, token }
}
