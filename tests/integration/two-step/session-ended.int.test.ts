import { browser } from './session-seam'
import { afterEach, describe, expect, it } from 'vitest'
import { rememberSignedInLanguage } from '../../../src/server/auth/remember-language'
import { openSession } from '../../../src/server/auth/sessions'
import { prisma } from '../../../src/server/db'
import { requireActor, signInAfterSessionEnd } from '../../../src/server/session'
import { createUser } from '../../factories'
import { cookieJar, Redirected } from '../security/support'

// Walk 53: a user disabled, signed out elsewhere or timed out landed on the sign-in page with no reason given, and a
// Welsh user was told in English, the sign-in page's language being the last one chosen on it.
const redirectOf = (p: Promise<unknown>) => p.then(() => 'no redirect', (e) => (e instanceof Redirected ? e.url : `threw: ${String(e)}`))

afterEach(() => {
  browser.sid = null
  cookieJar.has.mockReturnValue(false)
  cookieJar.set.mockClear()
})

describe('when a session ends', () => {
  it('sends a browser still holding its session cookie to sign-in saying so, and one without it plainly', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    browser.sid = await openSession(prisma, user.id, {})
    cookieJar.has.mockReturnValue(true)
    expect(await requireActor()).toMatchObject({ userId: user.id })
    await prisma.user.update({ where: { id: user.id }, data: { status: 'DISABLED' } })
    expect(await redirectOf(requireActor())).toBe('/sign-in?ended=1')
    // The code step's own page to go on to comes back after signing in again; off-site, home.
    expect(await signInAfterSessionEnd('/diary')).toBe('/sign-in?ended=1&callbackUrl=%2Fdiary')
    expect(await signInAfterSessionEnd('//evil.example')).toBe('/sign-in?ended=1')
    cookieJar.has.mockReturnValue(false)
    expect(await redirectOf(requireActor())).toBe('/sign-in')
  })

  it('keeps the signed-in user’s saved language in the browser as the sign-in opens the session', async () => {
    const welsh = await createUser(prisma, { locale: 'cy' })
    await rememberSignedInLanguage(await openSession(prisma, welsh.id, {}))
    expect(cookieJar.set).toHaveBeenCalledWith('llwybr-locale', 'cy', expect.objectContaining({ httpOnly: true, path: '/' }))
    const english = await createUser(prisma, { locale: 'en' })
    await rememberSignedInLanguage(await openSession(prisma, english.id, {}))
    expect(cookieJar.set).toHaveBeenLastCalledWith('llwybr-locale', 'en', expect.anything())
    cookieJar.set.mockClear()
    await rememberSignedInLanguage(undefined)
    expect(cookieJar.set).not.toHaveBeenCalled()
  })
})
