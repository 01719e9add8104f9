import { browser } from './session-seam'
import { decode } from 'next-auth/jwt'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { prisma } from '../../../src/server/db'
import { signInWithPasswordAction } from '../../../src/server/auth/password-sign-in-action'
import { createUser } from '../../factories'
import { cookieJar, formOf, Redirected } from '../security/support'
import { codeFor, enrol } from './support'

// Walk 62 F5: without the page's script nobody could sign in ("Signing in needs JavaScript"). The form now posts to
// signInWithPasswordAction, which checks as the script's sign-in does and sets the same session cookie.
const PASSWORD = 'Llwybr-Demo-2026'
const SECRET = 'integration-only-secret-0123456789abcdef'
process.env.NEXTAUTH_SECRET ??= SECRET
const post = (fields: Record<string, string>) => signInWithPasswordAction(null, formOf(fields)).then((state) => state, (e: unknown) => (e instanceof Redirected ? { redirectedTo: e.url } : Promise.reject(e)))

/** The session id the cookie the action set carries, read as the app reads it (next-auth's own decode). */
async function sessionInCookie(name = 'next-auth.session-token', secure = false): Promise<string | null> {
  const set = cookieJar.set.mock.calls.find((call) => call[0] === name)
  if (!set) return null
  expect(set[2]).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure })
  const token = await decode({ token: String(set[1]), secret: process.env.NEXTAUTH_SECRET! })
  return typeof token?.sid === 'string' ? token.sid : null
}

describe('signing in with a password without the page’s script', () => {
  beforeEach(() => {
    cookieJar.set.mockClear()
    browser.sid = null
  })

  it('opens a session, sets its cookie and goes on to the page asked for, on this site only', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    expect(await post({ email: user.email, password: PASSWORD, callbackUrl: '/diary?date=2026-12-01' })).toEqual({ redirectedTo: '/diary?date=2026-12-01' })
    const sid = await sessionInCookie()
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: sid! } })).toMatchObject({ userId: user.id, revokedAt: null, awaitingSecondFactor: false })
    expect(await prisma.auditEvent.count({ where: { action: 'auth.signIn', actorUserId: user.id, correlationId: sid! } })).toBe(1)
    cookieJar.set.mockClear()
    expect(await post({ email: user.email, password: PASSWORD, callbackUrl: 'https://evil.example/' })).toEqual({ redirectedTo: '/' })
    // Break 63 F3: a code posted for an account without two-step went to the two-step set-up page as a recovery code.
    expect(await post({ email: user.email, password: PASSWORD, code: 'abc', callbackUrl: '/offenders' })).toEqual({ redirectedTo: '/offenders' })
  })

  it('says what is missing or wrong, the same for an unknown account, and sets no cookie', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    expect(await post({ email: '', password: '' })).toEqual({ ok: false, code: 'UNAUTHENTICATED', problem: 'FIELDS', email: '', missing: ['email', 'password'], askCode: false })
    expect(await post({ email: user.email, password: 'not-the-password' })).toEqual({ ok: false, code: 'UNAUTHENTICATED', problem: 'INVALID', email: user.email, askCode: false })
    expect(await post({ email: 'nobody-here@llwybr.test', password: PASSWORD })).toEqual({ ok: false, code: 'UNAUTHENTICATED', problem: 'INVALID', email: 'nobody-here@llwybr.test', askCode: false })
    expect(cookieJar.set).not.toHaveBeenCalled()
  })

  it('asks an account with two-step verification for its code with the password again, and opens no session until both pass', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    const secret = await enrol(user.id)
    const sessions = () => prisma.userSession.count({ where: { userId: user.id } })
    expect(await post({ email: user.email, password: PASSWORD })).toEqual({ ok: false, code: 'UNAUTHENTICATED', problem: 'CODE_REQUIRED', email: user.email, askCode: true })
    expect(await post({ email: user.email, password: PASSWORD, askCode: '1' })).toEqual({ ok: false, code: 'UNAUTHENTICATED', problem: 'FIELDS', email: user.email, missing: ['code'], askCode: true })
    expect(await post({ email: user.email, password: PASSWORD, askCode: '1', code: '000000' })).toMatchObject({ problem: 'CODE_INVALID', askCode: true })
    expect(await sessions()).toBe(0)
    expect(cookieJar.set).not.toHaveBeenCalled()
    expect(await post({ email: user.email, password: PASSWORD, askCode: '1', code: await codeFor(secret), callbackUrl: '/' })).toEqual({ redirectedTo: '/' })
    const sid = await sessionInCookie()
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: sid! } })).toMatchObject({ userId: user.id, awaitingSecondFactor: false })
  })
  // Review 62: served over HTTPS, next-auth names its cookie `__Secure-` and marks it Secure; this cookie must be the
  // same or the app would not find the session (sessionIdFromCookies reads the `__Secure-` name then).
  it('over HTTPS sets the cookie Secure under the `__Secure-` name the app reads', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    const served = process.env.NEXTAUTH_URL
    process.env.NEXTAUTH_URL = 'https://llwybr.example.gov.wales'
    try {
      expect(await post({ email: user.email, password: PASSWORD, callbackUrl: '/' })).toEqual({ redirectedTo: '/' })
      expect(cookieJar.set.mock.calls.map((call) => call[0])).not.toContain('next-auth.session-token')
      const sid = await sessionInCookie('__Secure-next-auth.session-token', true)
      expect(await prisma.userSession.findUniqueOrThrow({ where: { id: sid! } })).toMatchObject({ userId: user.id })
      const token = String(cookieJar.set.mock.calls.find((call) => call[0] === '__Secure-next-auth.session-token')![1])
      const { sessionIdFromCookies } = await vi.importActual<typeof import('../../../src/server/auth/session-cookie')>('../../../src/server/auth/session-cookie')
      expect(await sessionIdFromCookies({ get: (name) => (name === '__Secure-next-auth.session-token' ? { value: token } : undefined) })).toBe(sid)
    } finally {
      if (served === undefined) delete process.env.NEXTAUTH_URL
      else process.env.NEXTAUTH_URL = served
    }
  })
})
