import { decode } from 'next-auth/jwt'

/** Whether the session cookie is `Secure` (and `__Secure-` named): the app is served over HTTPS, as next-auth decides. */
export const cookiesSecure = () => process.env.NEXTAUTH_URL?.startsWith('https://') ?? false

/** The secret session tokens are sealed with, as next-auth reads it: NEXTAUTH_SECRET, or AUTH_SECRET. */
export const sessionSecret = () => process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET

/** The cookie next-auth keeps its session token in: with the `__Secure-` prefix when the app is served over HTTPS. */
export const sessionCookieName = (secure = cookiesSecure()) => (secure ? '__Secure-next-auth.session-token' : 'next-auth.session-token')

/**
 * The server-side session id (`sid`) carried by the browser's next-auth session cookie, or null when there is no
 * cookie or its token does not decrypt with the secret or has expired (next-auth's own `decode`: A256GCM, 15 s clock
 * tolerance). Only the cookie is read, never an Authorization header. The token holds nothing but the sid, so
 * next-auth never splits it into chunks; a split one reads as no session.
 * Why not getServerSession: it decoded the same token and then re-encrypted a refreshed one, which a server
 * component cannot send (its cookie writes are dropped), on every page: half the sign-in work of each request
 * (issue 18, s22 profile of the officer's home). Whether the session is still live is decided from the database
 * (load-actor.ts), as before.
 * Input: the request's cookies, the secret (NEXTAUTH_SECRET, as next-auth reads it), whether cookies are `__Secure-`.
 */
export async function sessionIdFromCookies(
  jar: { get(name: string): { value: string } | undefined },
  secret = sessionSecret(),
  secure?: boolean,
): Promise<string | null> {
  const token = jar.get(sessionCookieName(secure))?.value
  if (!token || !secret) return null
  const known = decoded.get(token)
  if (known && known.secret === secret) return known.expiresAt > Date.now() - CLOCK_TOLERANCE_MS ? known.sid : null
  const payload = await decode({ token, secret }).catch(() => null)
  if (typeof payload?.sid !== 'string') return null
  if (typeof payload.exp === 'number') remember(token, { sid: payload.sid, secret, expiresAt: payload.exp * 1000 })
  return payload.sid
}

// The sid of each token that decrypted, with its expiry: the same browser sends the same token on every request, and
// decrypting it again (a key derivation, then AES-GCM) was about 2% of the officer's home page's CPU (issue 18 item 1
// profile). Only what decode itself accepted is kept, under the secret it was accepted with; a hit is refused once
// the token expires, with next-auth's own 15 s tolerance. Whether the session is live is still read from the
// database on every request (load-actor.ts). Bounded: the oldest entry goes first.
const CLOCK_TOLERANCE_MS = 15_000
const MAX_REMEMBERED = 2_000
const decoded = new Map<string, { sid: string; secret: string; expiresAt: number }>()

function remember(token: string, entry: { sid: string; secret: string; expiresAt: number }) {
  if (decoded.size >= MAX_REMEMBERED) decoded.delete(decoded.keys().next().value!)
  decoded.set(token, entry)
}
