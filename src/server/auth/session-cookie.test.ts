import { encode } from 'next-auth/jwt'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

  afterEach(() => {
    vi.useRealTimers()
  })

  it('remembers a token it read but refuses it once expired, and never under another secret (issue 18 item 1)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const token = await encode({ token: { sid: 'session-2' }, secret: SECRET, maxAge: 60 })
    const cookies = jar({ 'next-auth.session-token': token })
    expect(await sessionIdFromCookies(cookies, SECRET, false)).toBe('session-2')
    expect(await sessionIdFromCookies(cookies, `${SECRET}-other`, false)).toBeNull()
    // Within next-auth's 15 s tolerance after expiry it still reads, as decode does; after it, never.
    vi.setSystemTime(Date.now() + 70_000)
    expect(await sessionIdFromCookies(cookies, SECRET, false)).toBe('session-2')
    vi.setSystemTime(Date.now() + 10_000)
    expect(await sessionIdFromCookies(cookies, SECRET, false)).toBeNull()
  })
})
