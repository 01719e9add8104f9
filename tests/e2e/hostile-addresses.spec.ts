import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, signIn } from './support'

// The tester's report on issue 15 items 5, 8 and 11: hand-edited addresses gave "Something went wrong". Each now
// answers 200 with the list, and with a field message where a filter was refused.
const CONTROL = 'Remove the hidden control characters from this text (they may have come with copied text)'
const UUID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3c4b5a69'

async function answers(page: Page, url: string, message?: string) {
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(200)
  if (message) await expect(page.getByRole('alert', { name: 'There is a problem' }), url).toContainText(message)
  else await expect(page.getByRole('alert', { name: 'There is a problem' }), url).toHaveCount(0)
}

test('an officer’s search, timeline and record audit take any address without an error page', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await answers(page, '/offenders?q=S%00ian', CONTROL)
  await expectAccessible(page)
  await page.goto('/')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(1).getByRole('link').click()
  await page.waitForURL(/\/offenders\/[0-9a-f-]{36}$/)
  const record = new URL(page.url()).pathname
  for (const before of ['----_' + UUID, `2026-13-45T99:99_${UUID}`, '2026-01-01T00:00:00.000Z_' + '-'.repeat(36), '2026-01-01T00:00:00.000Z_' + 'a'.repeat(36)]) {
    await answers(page, `${record}/timeline?${new URLSearchParams({ before })}`)
  }
  await answers(page, `${record}/timeline?q=S%00ian`, CONTROL)
  await expectAccessible(page)
  await answers(page, `${record}/audit?after=9223372036854775808`)
})

test('the operator’s audit log and user list show field messages for over-long or control-character filters', async ({ page }) => {
  await signIn(page, 'admin@llwybr.test')
  await answers(page, '/admin/audit?after=9223372036854775808')
  await answers(page, `/admin/audit?action=${'a'.repeat(300)}`, 'Enter no more than 80 characters')
  await answers(page, `/admin/audit?email=${'e'.repeat(300)}`, 'Enter no more than 254 characters')
  await answers(page, '/admin/audit?action=transfer%00', CONTROL)
  await answers(page, '/admin/audit?email=a%00%40example.org', CONTROL)
  await expectAccessible(page)
  await answers(page, `/admin/users?q=${'u'.repeat(150)}`, 'Enter no more than 100 characters')
  await answers(page, '/admin/users?q=S%00ian', CONTROL)
  await expectAccessible(page)
})

test('the MAPPA action tracker refuses a status with control characters', async ({ page }) => {
  await signIn(page, 'mappa.chair@llwybr.test')
  await answers(page, '/mappa/actions?status=OPEN%00', CONTROL)
  await expectAccessible(page)
})
