import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

test('the record opens with the everyday actions at the top and forms closed until asked for (issue 15 item 10)', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(5).getByRole('link').click()

  // In-page navigation reaches each part by its heading.
  const nav = page.getByRole('navigation', { name: 'On this page' })
  await nav.getByRole('link', { name: 'Allocation', exact: true }).click()
  await expect(page).toHaveURL(/#allocation-heading$/)

  // "Add a contact" comes before everything else on the record, its form closed.
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts()
  expect(headings[0]).toBe('Add a contact')
  const addContact = page.getByRole('region', { name: 'Add a contact' })
  await expect(addContact.getByLabel('Type of contact')).toBeHidden()
  await expect(page.locator('#arrange-occurredAt')).toBeHidden()
  await expectAccessible(page)

  // Opened from the keyboard; after saving, the form closes and focus goes to the confirmation.
  await addContact.locator('summary').focus()
  await page.keyboard.press('Enter')
  await expect(addContact.getByLabel('Type of contact')).toBeVisible()
  const note = `Layout check ${Date.now()}`
  await addContact.getByLabel('Type of contact').selectOption('CASE_NOTE')
  await addContact.getByLabel('Notes', { exact: true }).fill(note)
  await addContact.getByRole('button', { name: 'Save contact' }).click()
  await expect(addContact.getByRole('status')).toHaveText('Contact added.')
  await expect(addContact.getByRole('status')).toBeFocused()
  await expect(addContact.getByLabel('Type of contact')).toBeHidden()
  await expect(page.getByRole('region', { name: 'Recent contacts' }).getByText(note)).toBeVisible()
  await expectAccessible(page)
})

test('every link of "On this page" reaches a heading on the record, whatever parts the person has (walk 27, D5)', async ({ page }) => {
  // "Enforcement" was listed on every record although its part is left out when the person has no enforcement entries.
  test.slow()
  await signIn(page, 'probation.officer@llwybr.test')
  const records = await page.getByRole('table', { name: 'People you manage' }).getByRole('row').getByRole('link').evaluateAll((links) => links.slice(0, 8).map((a) => (a as HTMLAnchorElement).pathname))
  expect(records.length).toBeGreaterThan(3)
  const missing: string[] = []
  for (const record of records) {
    await page.goto(record)
    const targets = await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)))
    for (const id of targets) if (!(await page.locator(`[id="${id}"]`).count())) missing.push(`${record}#${id}`)
  }
  expect(missing).toEqual([])
})
