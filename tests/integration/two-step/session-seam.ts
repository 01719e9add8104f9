import { vi } from 'vitest'
import { cookieJar, Redirected } from '../security/support'

/**
 * Import first, before any server module: the real session module (src/server/session.ts) then runs, and only
 * the session cookie's reading is replaced by the session id `browser.sid` names. Shared by the two-step tests that
 * sign in as a browser would (enforcement, single sign-on's code, ADR 0016).
 */
export const browser: { sid: string | null } = { sid: null }
// Its cookie's name and flags stay real, so a test sees the cookie a browser would get (served over HTTPS too).
vi.mock('../../../src/server/auth/session-cookie', async (real) => ({ ...(await real<object>()), sessionIdFromCookies: async () => browser.sid }))
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))
vi.mock('next/headers', () => ({ cookies: async () => cookieJar, headers: async () => new Headers() }))
vi.mock('next/navigation', () => ({ redirect: (url: string) => { throw new Redirected(url) } }))
