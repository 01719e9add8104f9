import { expect, type Page } from '@playwright/test'
import { generate } from 'otplib'

// Steps shared by the two-step (TOTP) journeys: two-step.spec.ts and sso.spec.ts (issue 17, ADR 0016).
export const PASSWORD = 'Mynydd-Eryri-ar-ddydd-Sul'

/** The administrator creates a user in the named agency; answers their email. */
export async function createUser(admin: Page, name: string, agency: string): Promise<string> {
  const email = `e2e-2fa-${Date.now()}@llwybr.test`
  await admin.goto('/admin/users/new')
  await admin.getByLabel('Full name').fill(name)
  await admin.getByLabel('Email address').fill(email)
  await admin.getByLabel('Agency', { exact: true }).selectOption({ label: agency })
  await admin.getByRole('checkbox', { name: 'Probation officer', exact: true }).check()
  await admin.getByLabel('Initial password').fill(PASSWORD)
  await admin.getByRole('button', { name: 'Create user' }).click()
  await expect(admin.getByRole('status')).toContainText('User created.')
  return email
}

export async function fillPassword(page: Page, email: string) {
  await page.goto('/sign-in')
  await page.getByLabel(/Email address|Cyfeiriad e-bost/).fill(email)
  await page.getByLabel(/^(Password|Cyfrinair)$/).fill(PASSWORD)
  await page.getByRole('button', { name: /^(Sign in|Mewngofnodi)$/ }).click()
}

/** Reads the key shown for manual entry, confirms with the app's current code, and answers the recovery codes. */
export async function enrol(page: Page): Promise<{ secret: string; codes: string[]; used: string }> {
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '')
  await expect(page.getByRole('img', { name: 'QR code for adding Llwybr to an authenticator app' })).toBeVisible()
  const used = await generate({ secret })
  await page.getByLabel('Code from your authenticator app').fill(used)
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click()
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible()
  const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allInnerTexts()
  expect(codes).toHaveLength(10)
  // One way on once enrolled (walk 17: "Back to Llwybr" also showed under "Continue to Llwybr").
  await expect(page.getByRole('link', { name: 'Continue to Llwybr' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to Llwybr' })).toHaveCount(0)
  return { secret, codes, used }
}

