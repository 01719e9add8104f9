import { createRequire } from 'node:module'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ssoCsrfPair } from './sso-start'

// next-auth's own CSRF check and cookie names (not exported by the package, so read from its files): the pair the
// single sign-on form's route makes must pass the check next-auth makes, under the name it reads (review 63).
const nextAuth = path.resolve(import.meta.dirname, '../../../node_modules/next-auth/core/lib')
const load = createRequire(import.meta.url)
const { createCSRFToken } = load(path.join(nextAuth, 'csrf-token.js')) as { createCSRFToken: (a: { options: { secret: string }; cookieValue?: string; isPost: boolean; bodyValue?: string }) => { csrfTokenVerified?: boolean } }
const { defaultCookies } = load(path.join(nextAuth, 'cookie.js')) as { defaultCookies: (secure: boolean) => { csrfToken: { name: string } } }

describe('the CSRF pair the single sign-on form is posted with', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('passes next-auth’s own check with the secret, and no other token or secret', () => {
    vi.stubEnv('NEXTAUTH_SECRET', 'unit-secret-0123456789abcdef')
    const { cookie, token } = ssoCsrfPair()
    const check = (secret: string, bodyValue: string) => createCSRFToken({ options: { secret }, cookieValue: cookie.value, isPost: true, bodyValue }).csrfTokenVerified
    expect(check('unit-secret-0123456789abcdef', token)).toBe(true)
    expect(check('unit-secret-0123456789abcdef', ssoCsrfPair().token)).toBe(false)
    expect(check('another-secret', token)).toBeUndefined()
  })

  it('is named as next-auth names it, `__Host-` and Secure over HTTPS', () => {
    vi.stubEnv('NEXTAUTH_SECRET', 'unit-secret-0123456789abcdef')
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000')
    expect(ssoCsrfPair().cookie).toMatchObject({ name: defaultCookies(false).csrfToken.name, secure: false })
    vi.stubEnv('NEXTAUTH_URL', 'https://llwybr.example.gov.wales')
    expect(ssoCsrfPair().cookie).toMatchObject({ name: defaultCookies(true).csrfToken.name, secure: true })
  })
  it('is never made without a secret (a pair anyone could make)', () => {
    vi.stubEnv('NEXTAUTH_SECRET', '')
    vi.stubEnv('AUTH_SECRET', '')
    expect(() => ssoCsrfPair()).toThrow(/NEXTAUTH_SECRET/)
  })
})
