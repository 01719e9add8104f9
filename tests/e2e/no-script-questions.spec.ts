import { expect, test, type Page } from '@playwright/test'
import { clockNumber } from '../support/unique'
import { diarySlot } from './journey-steps'
import { openForm, signedInAs, withoutScript } from './support'

// Walk 68 F5, break 68 F4: without the page's script, a form that asks a question before it saves ("Arrange anyway?",
// "Replace its minutes?", "Are you sure…?") asked it only in the form, and the page came back at its top with no word,
// so a user could take the question for a save. The top now says nothing is saved yet and links down to the question.
test('without the page’s script, a question a form asks before saving is said at the top, with a link down to it', async ({ browser }) => {
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  const recordOf = async (row: number) => {
    await officer.goto('/')
    await officer.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(row).getByRole('link').click()
    await officer.waitForURL(/\/offenders\/[0-9a-f-]{36}$/)
    return officer.url()
  }
  const slot = diarySlot(clockNumber())
  // Books an appointment with the officer at `time` on the page's record: a second one at an overlapping time with
  // someone else is a clash in the officer's diary, asked about before it is saved.
  const arrange = async (page: Page, time: string) => {
    await openForm(page, 'Open the appointment form')
    await page.locator('#arrange-occurredAt').fill(`${slot.day}T${time}`)
    await page.locator('#arrange-durationMinutes').fill('60')
    await page.locator('#arrange-location').fill('Cardiff probation office')
    await page.getByLabel('Purpose of the appointment').fill(`Supervision at ${time}`)
    await page.getByRole('button', { name: 'Arrange an appointment' }).click()
  }
  await officer.goto(await recordOf(4))
  await arrange(officer, slot.first)
  // Another journey of the run may hold this slot in the officer's diary (diarySlot has 96): that clash is not this
  // test's, so it is confirmed here (the README run of session 72 failed on it, with no retry).
  const anyway = officer.getByLabel('Arrange anyway')
  await expect(officer.getByText('Appointment booked.').or(anyway)).toBeVisible()
  if (await anyway.isVisible()) {
    await anyway.check()
    await officer.getByRole('button', { name: 'Arrange an appointment' }).click()
  }
  await expect(officer.getByText('Appointment booked.')).toBeVisible()
  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  await page.goto(await recordOf(5))
  await arrange(page, slot.second)
  const top = page.locator('main').getByText('Nothing is saved yet: the form below asks you a question first.')
  await expect(top).toBeVisible()
  expect((await top.boundingBox())!.y).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y)
  // A question, not a problem: no "Nothing was saved. The problems are marked…" beside it.
  await expect(page.getByText('The problems are marked in the form below')).toHaveCount(0)
  const link = page.getByRole('link', { name: 'Go to the question' })
  const target = (await link.getAttribute('href'))!
  await expect(page.locator(target)).toHaveText('This clashes with other plans')
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  await page.getByLabel('Arrange anyway').check()
  await page.getByRole('button', { name: 'Arrange an appointment' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Appointment booked.' })).toBeVisible()
  await expect(top).toHaveCount(0)
})
