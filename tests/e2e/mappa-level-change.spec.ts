import { expect, test } from '@playwright/test'
import { addNominalToAgenda, CHAIR_HUW, scheduleMeeting } from './mappa-steps'
import { expectAccessible, signIn, switchLanguage } from './support'

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
const isoOf = (shown: string) => {
  const d = new Date(shown)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

// Break 41 F3 (issue 16 item 2): a level 2 nominal listed for a level 2 meeting, then changed to level 3 on their
// page, stood on that agenda with no mark; adding a level 3 nominal directly warns and marks the item.
test('a listed nominal whose level changes on their page is named beside the change and marked on the coming agenda', async ({ browser }) => {
  test.setTimeout(180_000)
  const coordinator = await (await browser.newContext()).newPage()
  await signIn(coordinator, 'mappa.chair@llwybr.test')
  // The last level 2 nominal but one by next review: the meeting journey takes the first, the restricted one the last.
  const rows = (await coordinator.getByRole('table', { name: 'Nominals by next review' }).getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t'))
  const crn = rows.filter((cells) => cells[1]?.trim() === '2').at(-2)![0]!.match(/[A-Z]\d{6}/)![0]
  const meetingUrl = await scheduleMeeting(coordinator, { level: 2, startsAt: `${inDays(50)}T10:00`, venue: 'Pontypridd Police Station', chair: CHAIR_HUW })
  await addNominalToAgenda(coordinator, crn)
  const item = coordinator.getByRole('region', { name: 'Agenda' }).getByRole('listitem').filter({ hasText: crn })
  await expect(item.getByText(/^Managed at level/)).toHaveCount(0)

  // On the person's MAPPA page, "Change the level" names and links the meeting they are listed for.
  const personUrl = await item.getByRole('link', { name: new RegExp(crn) }).getAttribute('href')
  await coordinator.goto(`${personUrl}/mappa`)
  const reviewDue = (await coordinator.getByText(/^review due /).innerText()).replace('review due ', '')
  await coordinator.locator('summary', { hasText: 'Change the level' }).click()
  const listed = coordinator.getByText(/^On the agenda of the level 2 meeting on /)
  await expect(listed).toContainText('A new level other than 2 is marked on that agenda')
  await expectAccessible(coordinator)
  await coordinator.getByLabel('Level', { exact: true }).selectOption('3')
  await coordinator.getByLabel('Reason for the change').fill('Escalation after a new conviction')
  await coordinator.getByLabel('Next review date').fill(inDays(120))
  await coordinator.getByRole('button', { name: 'Change the level' }).click()
  await expect(coordinator.getByRole('status').filter({ hasText: 'Level changed.' })).toBeVisible()

  // The agenda marks the new level, in English and Welsh, as when a level 3 nominal is added directly. The form closed
  // with its success; opened again, it still names the meeting.
  await coordinator.locator('summary', { hasText: 'Change the level' }).click()
  await listed.getByRole('link', { name: /^level 2 meeting on / }).click()
  await expect(coordinator).toHaveURL(meetingUrl)
  await expect(item).toContainText('Managed at level 3, heard at this level 2 meeting')
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(item).toContainText('Yn cael ei reoli ar lefel 3, wedi’i glywed yn y cyfarfod lefel 2 hwn')
  await switchLanguage(coordinator, 'English')

  // Back at level 2 (its review date as before), the mark goes; the item is deferred so later journeys find them free.
  await coordinator.goto(`${personUrl}/mappa`)
  await coordinator.locator('summary', { hasText: 'Change the level' }).click()
  await coordinator.getByLabel('Level', { exact: true }).selectOption('2')
  await coordinator.getByLabel('Reason for the change').fill('Escalation withdrawn: conviction quashed')
  await coordinator.getByLabel('Next review date').fill(isoOf(reviewDue))
  await coordinator.getByRole('button', { name: 'Change the level' }).click()
  await expect(coordinator.getByRole('status').filter({ hasText: 'Level changed.' })).toBeVisible()
  await coordinator.goto(meetingUrl)
  await expect(item.getByText(/^Managed at level/)).toHaveCount(0)
  await item.locator('summary').click()
  await item.getByLabel('Reason for deferring').fill('Not needed at this meeting')
  await item.getByRole('button', { name: 'Defer to a later meeting' }).click()
  await expect(item).toContainText('Deferred: Not needed at this meeting')
})
