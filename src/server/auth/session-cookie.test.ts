import { encode } from 'next-auth/jwt'
import { describe, expect, it } from 'vitest'
import { sessionCookieName, sessionIdFromCookies } from './session-cookie'

const SECRET = 'session-cookie-test-secret-0123456789abcdef'
const jar = (cookies: Record<string, string>) => ({ get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined) })

/** What getServerSession gave the session module before issue 18: the sid of a live token, nothing otherwise. */
describe('the session id from the session cookie', () => {
  it('reads the sid of a token next-auth made, under the plain or the __Secure- name', async () => {
    const token = await encode({ token: { sid: 'session-1' }, secret: SECRET })
    expect(await sessionIdFromCookies(jar({ 'next-auth.session-token': token }), SECRET, false)).toBe('session-1')
    expect(await sessionIdFromCookies(jar({ '__Secure-next-auth.session-token': token }), SECRET, true)).toBe('session-1')
    // The name must match how the app is served: a plain cookie on an HTTPS app is not its session.
    expect(await sessionIdFromCookies(jar({ 'next-auth.session-token': token }), SECRET, true)).toBeNull()
    expect(sessionCookieName(true)).toBe('__Secure-next-auth.session-token')
  })

  it('refuses an expired token, one made with another secret, a garbled one and one without a sid', async () => {
    const expired = await encode({ token: { sid: 'session-1' }, secret: SECRET, maxAge: -60 })
    const foreign = await encode({ token: { sid: 'session-1' }, secret: `${SECRET}-other` })
    const noSid = await encode({ token: { sub: 'user-1' }, secret: SECRET })
    for (const token of [expired, foreign, 'not-a-token', noSid, '']) {
      expect(await sessionIdFromCookies(jar({ 'next-auth.session-token': token }), SECRET, false)).toBeNull()
    }
    expect(await sessionIdFromCookies(jar({}), SECRET, false)).toBeNull()
  })
})
