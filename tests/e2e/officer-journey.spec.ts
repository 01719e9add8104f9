import { expect, test } from '@playwright/test'
import { expectAccessible, showCaseload, signIn, switchLanguage, openForm } from './support'

test.describe('probation officer: sign in → caseload → record → add contact', () => {
  test('in English', async ({ page }) => {
    await page.goto('/sign-in')
    await expectAccessible(page)
    await signIn(page, 'probation.officer@llwybr.test')
    const caseload = page.getByRole('table', { name: 'People you manage' })
    await expect(caseload).toBeVisible()
    await expect(page.getByRole('heading', { name: 'What is due' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'What is due' }).getByRole('row').nth(1)).toBeVisible()
    await expectAccessible(page)

    await caseload.getByRole('row').nth(1).getByRole('link').click()
    await expect(page.getByRole('heading', { name: 'Personal details and allocation' })).toBeVisible()
    await expectAccessible(page)

    // Bad input first: nothing saved, field messages shown.
    await openForm(page, 'Open the contact form')
    await page.getByRole('button', { name: 'Save contact' }).click()
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose an option from the list')
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('This field is required')

    const note = `E2E phone call ${Date.now()}`
    await page.getByLabel('Type of contact').selectOption('PHONE_CALL')
    await page.getByLabel('Notes', { exact: true }).fill(note)
    await page.getByRole('button', { name: 'Save contact' }).click()
    await expect(page.getByRole('status')).toHaveText('Contact added.')
    await expect(page.getByRole('region', { name: 'Recent contacts' }).getByText(note)).toBeVisible()
  })

  test('yn Gymraeg', async ({ page }) => {
    await signIn(page, 'probation.officer@llwybr.test')
    await switchLanguage(page, 'Cymraeg')
    const caseload = page.getByRole('table', { name: "Pobl rydych chi'n eu rheoli" })
    await expect(caseload).toBeVisible()
    await expectAccessible(page)
    await caseload.getByRole('row').nth(1).getByRole('link').click()
    await expect(page.getByRole('heading', { name: 'Manylion personol a dyraniad' })).toBeVisible()

    const note = `Galwad ffôn E2E ${Date.now()}`
    await openForm(page, 'Agor y ffurflen cyswllt')
    await page.getByLabel('Math o gyswllt').selectOption('PHONE_CALL')
    await page.getByLabel('Nodiadau', { exact: true }).fill(note)
    await page.getByRole('button', { name: "Cadw'r cyswllt" }).click()
    await expect(page.getByRole('status')).toHaveText("Cyswllt wedi'i ychwanegu.")
    await expect(page.getByText(note)).toBeVisible()
    await expectAccessible(page)
    await switchLanguage(page, 'English')
  })

  test('limited access: an excluded person is a redacted row in the team list, found only by CRN', async ({ page }) => {
    await signIn(page, 'probation.officer@llwybr.test')
    await showCaseload(page, "My team's cases")
    const restricted = page.getByRole('row').filter({ hasText: 'Access restricted' })
    // The redacted row sits where the person's name sorts, on whichever page that is.
    for (let pages = 1; pages < 10 && (await restricted.count()) === 0; pages++) await page.getByRole('link', { name: 'Next page' }).click()
    await expect(restricted.first()).toBeVisible()
    await expect(restricted.first().getByRole('link')).toHaveCount(0)
    await expectAccessible(page)
    const crn = (await restricted.first().getByRole('cell').nth(1).innerText()).trim()
    await page.goto(`/offenders?q=${crn}`)
    await expect(page.getByRole('row').filter({ hasText: 'Access restricted' })).toHaveCount(1)
  })

  test('sign out ends the session', async ({ page }) => {
    await signIn(page, 'probation.officer@llwybr.test')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/sign-in/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/sign-in/)
  })
})
