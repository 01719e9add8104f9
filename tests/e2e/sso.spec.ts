import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectAccessible, setUserStatus, signIn, switchLanguage } from './support'

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

  const admin = await freshPage(browser)
  await signIn(admin, 'admin@llwybr.test')
  await admin.goto('/admin/users?q=nobody.known')
  await expect(admin.getByRole('status').filter({ hasText: /users?$/ })).toHaveText('No users')
})

test('an administrator disables a user signed in through the provider: their next request is locked out', async ({ browser }) => {
  const leaver = await freshPage(browser)
  await leaver.goto('/sign-in')
  await throughProvider(leaver, 'leaver')
  await expect(leaver.getByRole('heading', { level: 1 })).toContainText(/Hello|Helo/)

  await setUserStatus(browser, LEAVER, 'Disabled')
  // The same session cookie, the very next request: back to sign-in.
  await leaver.reload()
  await expect(leaver).toHaveURL(/\/sign-in/)
  await expect(leaver.getByRole('heading', { level: 1 })).toHaveText(/^(Sign in|Mewngofnodi)$/)

  // Signing in through the provider again does not get them back in.
  const again = await freshPage(browser)
  await again.goto('/sign-in')
  await throughProvider(again, 'leaver')
  await expect(again).toHaveURL(/\/sign-in\?error=AccessDenied/)
  await expect(again.getByRole('alert', { name: 'There is a problem' })).toContainText('there is no active Llwybr account')

  await setUserStatus(browser, LEAVER, 'Active')
})
