import { vi } from 'vitest'
import { cookieJar, Redirected } from '../security/support'

/**
 * Import first, before any server module: the real session module (src/server/session.ts) then runs, and only
 * the session cookie's reading is replaced by the session id `browser.sid` names. Shared by the two-step tests that
 * sign in as a browser would (enforcement, single sign-on's code, ADR 0016).
 */
export const browser: { sid: string | null } = { sid: null }
vi.mock('../../../src/server/auth/session-cookie', () => ({ sessionIdFromCookies: async () => browser.sid, sessionCookieName: () => 'next-auth.session-token' }))
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))
vi.mock('next/headers', () => ({ cookies: async () => cookieJar, headers: async () => new Headers() }))
vi.mock('next/navigation', () => ({ redirect: (url: string) => { throw new Redirected(url) } }))
