import { expect, test, type Browser, type Page } from '@playwright/test'
import { generate } from 'otplib'
import { expectAccessible, signIn, switchLanguage } from './support'
import { createUser, enrol, fillPassword, PASSWORD } from './two-step-steps'

// Issue 17 TOTP (security.md AU-4): enrol with the secret read from the page, sign in with a code and with a recovery
// code (English and Welsh), and an agency that requires it sends a fresh user straight to enrolment.
const STEP_MS = 30_000

/** Waits into the next 30-second step, so the app shows a code not yet used. */
async function nextStep(page: Page) {
  await page.waitForTimeout(STEP_MS - (Date.now() % STEP_MS) + 1_000)
}

const freshPage = async (browser: Browser) => (await browser.newContext()).newPage()

test('a user turns on two-step verification, then signs in with a code (Welsh) and with a recovery code', async ({ page, browser }) => {
  test.setTimeout(300_000)
  await signIn(page, 'admin@llwybr.test')
  const email = await createUser(page, 'Elin Two-Step', 'National Probation Service Wales')

  const user = await freshPage(browser)
  await signIn(user, email, PASSWORD)
  await user.getByRole('link', { name: 'Two-step verification' }).click()
  await expect(user.getByRole('heading', { level: 1, name: 'Two-step verification' })).toBeVisible()
  await user.getByRole('button', { name: 'Turn on two-step verification' }).click()
  await expect(user.getByRole('alert', { name: 'There is a problem' })).toBeVisible()
  await expectAccessible(user)
  const { secret, codes, used: usedCode } = await enrol(user)
  await expectAccessible(user)

  await user.getByRole('button', { name: 'Sign out' }).click()
  await expect(user).toHaveURL(/sign-in/)
  await switchLanguage(user, 'Cymraeg')
  await fillPassword(user, email)
  await expect(user.getByRole('heading', { name: 'Rhowch eich cod dau gam' })).toBeVisible()
  await expectAccessible(user)
  // The code just used to enrol is refused within its window (replay).
  await user.getByLabel('Cod', { exact: true }).fill(usedCode)
  await user.getByRole('button', { name: 'Parhau' }).click()
  await expect(user.getByRole('alert').filter({ hasText: "Nid yw’r cod hwnnw’n gywir" }).first()).toBeVisible()
  // Said once in the summary's link and once at the field, not a third time as the summary's message (walk 53).
  await expect(user.getByText("Nid yw’r cod hwnnw’n gywir")).toHaveCount(2)
  await expectAccessible(user)
  await nextStep(user)
  await user.getByLabel('Cod', { exact: true }).fill(await generate({ secret }))
  await user.getByRole('button', { name: 'Parhau' }).click()
  // Signed in, the page is in the user's saved language (English), whatever the sign-in page was in.
  await expect(user.getByRole('heading', { level: 1 })).toContainText(/Hello|Helo/)
  if ((await user.locator('html').getAttribute('lang')) === 'cy') await switchLanguage(user, 'English')
  // The address alone does not say a recovery code was used (break 72 F7: a link anyone could send said so).
  await user.goto('/account/two-step?recoveryUsed=1&next=%2F')
  await expect(user.getByText('You have 10 recovery codes left.')).toHaveCount(1)
  await expect(user.getByText('You signed in with a recovery code')).toHaveCount(0)

  await user.getByRole('button', { name: 'Sign out' }).click()
  await expect(user).toHaveURL(/sign-in/)
  // The sign-in page keeps the language last chosen on it (Welsh); switch back to read it in English.
  if ((await user.locator('html').getAttribute('lang')) === 'cy') await switchLanguage(user, 'English')
  await fillPassword(user, email)
  // Text that cannot be a code is told what one looks like, and is no wrong attempt (break 52 F11).
  await user.getByLabel('Code', { exact: true }).fill('12 3a')
  await user.getByRole('button', { name: 'Continue' }).click()
  await expect(user.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the 6 digits your authenticator app shows, or a recovery code such as ABCDE-23456')
  await user.getByLabel('Code', { exact: true }).fill(codes[0]!)
  await user.getByRole('button', { name: 'Continue' }).click()
  // A recovery code works once: the two-step page says so and how many are left, then leads on (walk 54 low).
  const used = user.getByRole('status').filter({ hasText: 'You signed in with a recovery code. It will not work again.' })
  await expect(used).toContainText('You have 9 recovery codes left.')
  await expectAccessible(user)
  await used.getByRole('link', { name: 'Continue to Llwybr' }).click()
  await expect(user.getByRole('heading', { level: 1 })).toContainText('Hello')
  await user.goto('/account/two-step')
  await expect(user.getByText('You have 9 recovery codes left.')).toBeVisible()
  await expect(user.getByText('You signed in with a recovery code')).toHaveCount(0)
  // New codes replace the old: the count beside them says ten (walk 53: it still said 9).
  await nextStep(user)
  const regenerate = user.getByRole('region', { name: 'New recovery codes' })
  await regenerate.getByLabel('Code from your authenticator app').fill(await generate({ secret }))
  await regenerate.getByRole('button', { name: 'Make new recovery codes' }).click()
  await expect(user.getByText('You have 10 recovery codes left.')).toBeVisible()
  await expect(user.getByText('You have 9 recovery codes left.')).toHaveCount(0)
})

test('an agency that requires two-step verification sends a fresh user to enrolment, and nowhere else, until they enrol', async ({ page, browser }) => {
  test.setTimeout(300_000)
  await signIn(page, 'admin@llwybr.test')
  const agency = `E2E Two-Step Trust ${Date.now()}`
  await page.goto('/admin/agencies/new')
  await page.getByLabel('Code', { exact: true }).fill(`E2E-2FA-${Date.now()}`)
  await page.getByLabel('Name (English)').fill(agency)
  await page.getByLabel('Kind of agency').selectOption({ value: 'NPS' })
  await page.getByRole('button', { name: 'Create agency' }).click()
  await expect(page.getByRole('status')).toContainText('Agency created.')
  // Straight on to the new agency (walk 51 F6: "Changes saved." over an empty page, no way on).
  await page.getByRole('status').getByRole('link', { name: 'Open the agency' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(agency)
  await page.getByRole('checkbox', { name: 'Require two-step verification' }).check()
  await expectAccessible(page)
  // The saved form is drawn afresh for the agency's new version; wait for the save itself, then read it back.
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/agencies/'))
  await page.getByRole('button', { name: 'Save changes' }).click()
  await saved
  // The save says so (walk 50 F5: the form was drawn afresh for the new version and lost its notice).
  await expect(page.getByRole('status')).toHaveText('Changes saved.')
  await page.reload()
  await expect(page.getByRole('checkbox', { name: 'Require two-step verification' })).toBeChecked()
  const email = await createUser(page, 'Owain Enforced', agency)

  const user = await freshPage(browser)
  await fillPassword(user, email)
  await expect(user).toHaveURL(/\/account\/two-step$/)
  await expect(user.getByText('Your organisation requires two-step verification.')).toBeVisible()
  await expect(user.getByRole('link', { name: 'Back to Llwybr' })).toHaveCount(0)
  await expectAccessible(user)
  for (const path of ['/', '/admin/users', '/diary']) {
    await user.goto(path)
    await expect(user).toHaveURL(/\/account\/two-step$/)
  }
  await switchLanguage(user, 'Cymraeg')
  await expect(user.getByRole('heading', { level: 1, name: 'Dilysu dau gam' })).toBeVisible()
  await expectAccessible(user)
  await switchLanguage(user, 'English')
  // What cannot be a code is told what a code looks like (walk 51 F7), not that it is wrong.
  await user.getByLabel('Code from your authenticator app').fill('12 3a')
  await user.getByRole('button', { name: 'Turn on two-step verification' }).click()
  await expect(user.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the 6 digits your authenticator app shows')
  // The refusal's words are English: switched to Welsh, it goes rather than stay English on a Welsh page (re-break 52b F6).
  await switchLanguage(user, 'Cymraeg')
  await expect(user.getByRole('heading', { level: 1, name: 'Dilysu dau gam' })).toBeVisible()
  await expect(user.getByRole('alert', { name: /problem/ })).toHaveCount(0)
  await expect(user.getByText('Enter the 6 digits your authenticator app shows')).toHaveCount(0)
  await switchLanguage(user, 'English')
  await enrol(user)
  // Once it is on, the page no longer says it must be set up (walk 51 F2).
  await expect(user.getByText('Your organisation requires two-step verification.')).toHaveCount(0)
  await user.getByRole('link', { name: 'Continue to Llwybr' }).click()
  await expect(user.getByRole('heading', { level: 1 })).toContainText('Hello')
  await user.goto('/account/two-step')
  await expect(user.getByText('Your organisation requires two-step verification, so you cannot turn it off.')).toBeVisible()

  // The administrator resets the factor: the user is signed out and sent to enrol again.
  await page.goto('/admin/users')
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`)
  await page.getByRole('link', { name: 'Owain Enforced' }).click()
  await expect(page.getByText('This user has set up two-step verification.')).toBeVisible()
  // First without saying who asked: refused with a field message (walk 17), nothing reset.
  await page.getByRole('button', { name: 'Reset two-step verification' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Tick to confirm you have checked that the request comes from this user')
  await expect(page.getByText('This user has set up two-step verification.')).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('I have checked that this request comes from the user themselves').check()
  await page.getByRole('button', { name: 'Reset two-step verification' }).click()
  await expect(page.getByRole('status')).toHaveText('Two-step verification was reset. The user must set it up again when they next sign in.')
  await user.goto('/')
  await expect(user).toHaveURL(/sign-in/)
  await fillPassword(user, email)
  await expect(user).toHaveURL(/\/account\/two-step$/)
})

// Walk 62 F5: without the page's script nobody could sign in. An account with two-step verification is asked, on the
// same form, for its password again and a code: no session, and the password in no page, until both pass.
test('without the script, a user with two-step verification signs in with their password and a recovery code', async ({ page, browser }) => {
  await signIn(page, 'admin@llwybr.test')
  const email = await createUser(page, 'Owain No-Script', 'National Probation Service Wales')
  const user = await freshPage(browser)
  await signIn(user, email, PASSWORD)
  await user.getByRole('link', { name: 'Two-step verification' }).click()
  await user.getByRole('button', { name: 'Turn on two-step verification' }).click()
  const { codes } = await enrol(user)

  const context = await browser.newContext({ javaScriptEnabled: false })
  const noScript = await context.newPage()
  await fillPassword(noScript, email)
  await expect(noScript.getByRole('status')).toContainText('Your account uses two-step verification. Enter your password again')
  await expect(noScript.getByLabel(/^Password$/)).toHaveValue('')
  await noScript.getByLabel(/^Password$/).fill(PASSWORD)
  await noScript.getByLabel('Code', { exact: true }).fill('12 3a')
  await noScript.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(noScript.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the 6 digits your authenticator app shows, or a recovery code')
  await noScript.getByLabel(/^Password$/).fill(PASSWORD)
  await noScript.getByLabel('Code', { exact: true }).fill(codes[0]!)
  await noScript.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(noScript.getByRole('status').filter({ hasText: 'You signed in with a recovery code. It will not work again.' })).toContainText('You have 9 recovery codes left.')
  await context.close()
})
