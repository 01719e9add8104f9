import { expect, test, type Browser, type Page } from '@playwright/test'
import { generate } from 'otplib'
import { expectAccessible, setUserStatus, signIn, switchLanguage } from './support'
import { createUser, enrol, PASSWORD } from './two-step-steps'

// Issue 17, "Single sign-on (OIDC)": signing in through a real OpenID provider (tests/e2e/support/oidc-idp.ts, started
// by playwright.config.ts). Only existing active Llwybr users get in; disabling one locks them out on the next request.
test.describe.configure({ mode: 'serial' })

const SSO_BUTTON = /^(Sign in with your organisation's account|Mewngofnodi gyda chyfrif eich sefydliad)$/

/** From the sign-in page, through the identity provider's own login page (any password), back to Llwybr. */
async function throughProvider(page: Page, login: string) {
  await page.getByRole('button', { name: SSO_BUTTON }).click()
  await page.locator('input[name="login"]').fill(login)
  await page.locator('input[name="password"]').fill('identity-provider-password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
}

async function freshPage(browser: Browser) {
  return (await browser.newContext()).newPage()
}

const LEAVER = { email: 'elin.parry.1@llwybr.test', name: 'Elin Parry' }

test('an active user signs in through the identity provider, from the Welsh and the English sign-in page', async ({ browser }) => {
  const welsh = await freshPage(browser)
  await welsh.goto('/sign-in')
  await switchLanguage(welsh, 'Cymraeg')
  await expect(welsh.getByRole('button', { name: SSO_BUTTON })).toBeVisible()
  await expectAccessible(welsh)
  // The provider gives the email as Probation.Officer@…: letter case does not matter.
  await throughProvider(welsh, 'officer')
  await expect(welsh.getByRole('heading', { level: 1 })).toContainText(/Hello|Helo/)
  await expect(welsh.getByText('Rhian Evans').first()).toBeVisible()

  const english = await freshPage(browser)
  await english.goto('/sign-in')
  if ((await english.locator('html').getAttribute('lang')) === 'cy') await switchLanguage(english, 'English')
  await expectAccessible(english)
  await throughProvider(english, 'officer')
  await expect(english.getByRole('heading', { level: 1 })).toContainText(/Hello|Helo/)
  await expectAccessible(english)
})

// Walk 63 F3: the button ran next-auth's signIn() in the browser, so without the page's script it did nothing.
test('without the page’s script, the single sign-on button goes through the provider and back to the page asked for', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
  await page.goto('/offenders?q=Jones')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/)
  await throughProvider(page, 'officer')
  await expect(page).toHaveURL(/\/offenders\?q=Jones$/)
  await expect(page.getByText('Rhian Evans').first()).toBeVisible()
})

// Review 63: the form's route is a POST of this site only, keeps only a path on this site to return to, and refuses
// what next-auth's own routes refuse (a planted callback cookie it cannot read) before next-auth reads it: it answered 500.
test('the single sign-on form’s route refuses another site and a planted return address, and keeps only a path on this site', async ({ request, baseURL }) => {
  const own = new URL(baseURL!).origin
  expect((await request.post('/sign-in/sso', { headers: { origin: 'https://evil.example' }, form: { callbackUrl: '/' }, maxRedirects: 0 })).status()).toBe(403)
  const elsewhere = await request.post('/sign-in/sso', { headers: { origin: own }, form: { callbackUrl: 'https://evil.example/' }, maxRedirects: 0 })
  expect(elsewhere.status()).toBe(302)
  expect(elsewhere.headers()['location']).toMatch(/\/auth\?client_id=/)
  const set = elsewhere.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value)
  expect(set.find((c) => c.startsWith('next-auth.callback-url='))).toBe(`next-auth.callback-url=${encodeURIComponent(`${own}/`)}; Path=/; HttpOnly; SameSite=lax`)
  const planted = await request.post('/sign-in/sso', { headers: { origin: own, cookie: 'next-auth.callback-url=not%20a%20url' }, form: { callbackUrl: '/' }, maxRedirects: 0 })
  expect(planted.status()).toBe(400)
})

test('an email that belongs to no Llwybr user is refused with a clear message, and no account is made', async ({ browser }) => {
  const page = await freshPage(browser)
  await page.goto('/sign-in')
  await throughProvider(page, 'stranger')
  await expect(page).toHaveURL(/\/sign-in\?error=AccessDenied/)
  await expect(page.getByRole('alert', { name: /^(There is a problem|Mae problem)$/ })).toContainText('there is no active Llwybr account for the email address')
  await expectAccessible(page)
  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('alert', { name: /^(There is a problem|Mae problem)$/ })).toContainText('nid oes cyfrif Llwybr gweithredol')
  await expectAccessible(page)
  await switchLanguage(page, 'English')
  // The next attempt's problem replaces it: one summary, not two (walk 52 F5).
  await page.getByLabel('Email address').fill('nobody.at.all@llwybr.test')
  await page.getByLabel(/^Password$/).fill('not-the-password-1')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('email address or password is not correct')
  await expect(page.getByText('there is no active Llwybr account')).toHaveCount(0)

  const admin = await freshPage(browser)
  await signIn(admin, 'admin@llwybr.test')
  await admin.goto('/admin/users?q=nobody.known')
  await expect(admin.getByRole('status').filter({ hasText: /users?$/ })).toHaveText('No users')
})

test('an administrator disables a user signed in through the provider: their next request is locked out, told why in their language', async ({ browser }) => {
  const leaver = await freshPage(browser)
  await leaver.goto('/sign-in')
  await throughProvider(leaver, 'leaver')
  await expect(leaver.getByRole('heading', { level: 1 })).toContainText(/Hello|Helo/)
  // Their saved language is Welsh; they sign in again from a fresh browser's sign-in page, in English.
  if ((await leaver.locator('html').getAttribute('lang')) !== 'cy') await switchLanguage(leaver, 'Cymraeg')
  await leaver.context().close()
  const again = await freshPage(browser)
  await again.goto('/sign-in')
  await expect(again.locator('html')).toHaveAttribute('lang', 'en')
  await throughProvider(again, 'leaver')
  await expect(again.getByRole('heading', { level: 1 })).toContainText('Helo')
  await again.goto('/diary')

  await setUserStatus(browser, LEAVER, 'Disabled')
  // The same session cookie, the very next request: back to sign-in, which says the session has ended, in the user's
  // language (walk 53: no reason given, and the sign-in page was in the language last chosen on it).
  await again.reload()
  await expect(again).toHaveURL(/\/sign-in\?ended=1&callbackUrl=%2Fdiary$/)
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Mewngofnodi')
  await expect(again.getByRole('status')).toHaveText('Mae eich sesiwn wedi dod i ben. Mewngofnodwch eto.')
  await expect(again.locator('html')).toHaveAttribute('lang', 'cy')
  await expectAccessible(again)
  await switchLanguage(again, 'English')
  await expect(again.getByRole('status')).toHaveText('Your session has ended. Sign in again.')

  // Signing in through the provider again does not get them back in.
  const refused = await freshPage(browser)
  await refused.goto('/sign-in')
  await throughProvider(refused, 'leaver')
  await expect(refused).toHaveURL(/\/sign-in\?error=AccessDenied/)
  await expect(refused.getByRole('alert', { name: 'There is a problem' })).toContainText('there is no active Llwybr account')

  await setUserStatus(browser, LEAVER, 'Active')
})

test('a user with two-step verification gives their Llwybr code after the identity provider (Welsh and English)', async ({ browser }) => {
  // ADR 0016 (sec18b item 1): single sign-on used to let an enrolled user straight in.
  const admin = await freshPage(browser)
  await signIn(admin, 'admin@llwybr.test')
  const email = await createUser(admin, 'Gwen Dau-Gam', 'National Probation Service Wales')
  const user = await freshPage(browser)
  await signIn(user, email, PASSWORD)
  await user.getByRole('link', { name: 'Two-step verification' }).click()
  const { secret, used } = await enrol(user)
  await user.getByRole('button', { name: 'Sign out' }).click()
  await expect(user).toHaveURL(/sign-in/)

  await throughProvider(user, email)
  await expect(user).toHaveURL(/\/sign-in\/code$/)
  await expect(user.getByRole('heading', { level: 1 })).toHaveText('Enter your two-step code')
  await expectAccessible(user)
  // Half signed in: every other page sends the session back to the code.
  await user.goto('/offenders')
  await expect(user).toHaveURL(/\/sign-in\/code(\?|$)/)
  await user.goto('/account/two-step')
  await expect(user).toHaveURL(/\/sign-in\/code(\?|$)/)
  // The code step remembers the page asked for, and goes on to it (break 53 F6: it went home).
  await user.goto('/diary')
  await expect(user).toHaveURL(/\/sign-in\/code\?next=%2Fdiary$/)

  await switchLanguage(user, 'Cymraeg')
  await expect(user.getByRole('heading', { level: 1 })).toHaveText('Rhowch eich cod dau gam')
  await expect(user.getByText('Rydych wedi mewngofnodi gyda chyfrif eich sefydliad.')).toBeVisible()
  // The code used to enrol is refused (replay), with the message in Welsh.
  await user.getByLabel('Cod', { exact: true }).fill(used)
  await user.getByRole('button', { name: 'Parhau' }).click()
  await expect(user.getByRole('alert').filter({ hasText: "Nid yw’r cod hwnnw’n gywir" }).first()).toBeVisible()
  // Said once in the summary's link and once at the field, not a third time as the summary's message (walk 53).
  await expect(user.getByText("Nid yw’r cod hwnnw’n gywir")).toHaveCount(2)
  await expectAccessible(user)

  // The next 30-second step's code, which the app accepts (±1 step) and which is later than the one used to enrol.
  // The language chosen on the code step is the one they are signed in with, and the page says so (re-break 52b F7:
  // the home page was in the saved language under the code page's `<html lang>`).
  await user.getByLabel('Cod', { exact: true }).fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }))
  await user.getByRole('button', { name: 'Parhau' }).click()
  await expect(user).toHaveURL(/\/diary$/)
  await expect(user.getByRole('link', { name: 'Neidio i’r prif gynnwys' })).toBeAttached()
  await expect(user.locator('html')).toHaveAttribute('lang', 'cy')
  await user.goto('/')
  await expect(user.getByRole('heading', { level: 1 })).toContainText('Helo')
  await expect(user.locator('html')).toHaveAttribute('lang', 'cy')
  await switchLanguage(user, 'English')
  await expect(user.getByRole('heading', { level: 1 })).toContainText('Hello')
  await expect(user.locator('html')).toHaveAttribute('lang', 'en')
  await user.goto('/offenders')
  await expect(user).toHaveURL(/\/offenders/)
  await expectAccessible(user)
})
