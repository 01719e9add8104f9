import { expect, type Page, test } from '@playwright/test'
import { openForm, signIn, withoutScript } from './support'

/** The officer adds a case note to the second person on their caseload and opens its edit form. */
async function addNoteAndOpenItsEdit(page: Page) {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(2).getByRole('link').click()
  const note = `Original note ${Date.now()}`
  await openForm(page, 'Open the contact form')
  await page.getByLabel('Type of contact').selectOption('CASE_NOTE')
  await page.getByLabel('Notes', { exact: true }).fill(note)
  await page.getByRole('button', { name: 'Save contact' }).click()
  await expect(page.getByRole('status')).toHaveText('Contact added.')
  await page.getByRole('listitem').filter({ hasText: note }).getByRole('link', { name: 'Edit notes' }).click()
  await expect(page.getByRole('heading', { name: 'Edit contact notes' })).toBeVisible()
}

test('a stale edit shows the other version and keeps the user’s own text (RL-1)', async ({ page, context }) => {
  await addNoteAndOpenItsEdit(page)

  const otherTab = await context.newPage()
  await otherTab.goto(page.url())
  await otherTab.getByLabel('Notes', { exact: true }).fill('Saved first, in another tab')
  await otherTab.getByRole('button', { name: 'Save changes' }).click()
  await expect(otherTab.getByRole('status')).toHaveText('Contact updated.')

  await page.getByLabel('Notes', { exact: true }).fill('My own careful wording')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('This contact was changed while you were editing it, on another screen or tab, or by someone else.')
  await expect(page.getByRole('region', { name: 'The version saved meanwhile' })).toContainText('Saved first, in another tab')
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('My own careful wording')

  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status')).toHaveText('Contact updated.')
})

// Walk 61 F1: without the page's script, a stale edit that also had a wrong answer (the notes emptied) was drawn again
// at the new version, so its corrected save overwrote the other tab's change without a word.
test('without the script, a stale edit with a wrong answer is told of the other save first', async ({ page, browser }) => {
  await addNoteAndOpenItsEdit(page)

  const stale = await withoutScript(browser, 'probation.officer@llwybr.test')
  await stale.goto(page.url())
  await page.getByLabel('Notes', { exact: true }).fill('Saved first, in another tab')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status')).toHaveText('Contact updated.')

  await stale.getByLabel('Notes', { exact: true }).fill(' ')
  await stale.getByRole('button', { name: 'Save changes' }).click()
  // One summary, the form's own: it shows the saved version and keeps the user's text (walk 61 F5: a second one at the
  // top said to reload, which would lose it).
  const summary = stale.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toHaveCount(1)
  await expect(summary).toContainText('This contact was changed while you were editing it')
  await expect(stale.getByRole('region', { name: 'The version saved meanwhile' })).toContainText('Saved first, in another tab')
  await page.reload()
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Saved first, in another tab')
})
