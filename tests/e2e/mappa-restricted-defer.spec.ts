import { expect, test } from '@playwright/test'
import { excludeFromRecord } from './journey-steps'
import { addNominalToAgenda, CHAIR_HUW, scheduleMeeting } from './mappa-steps'
import { expectAccessible, signIn, switchLanguage, removeFromAccessList } from './support'

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)

// Walk 25 O3 / break 22 O1 (issue 16): a chair kept from a nominal on their own open agenda could neither record nor
// defer them, so the meeting could not be completed. They defer the restricted item, which still shows nothing of the person.
test('a MAPPA chair excluded from a nominal on their own agenda defers the restricted item, in English and Welsh', async ({ browser }) => {
  test.setTimeout(240_000)
  const chair = await (await browser.newContext()).newPage()
  await signIn(chair, 'mappa.chair@llwybr.test')
  // The last level 2 nominal by next review: the meeting journey takes the first.
  const rows = (await chair.getByRole('table', { name: 'Nominals by next review' }).getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t'))
  const crn = rows.filter((cells) => cells[1]?.trim() === '2').at(-1)![0]!.match(/[A-Z]\d{6}/)![0]
  const meetingUrl = await scheduleMeeting(chair, { level: 2, startsAt: `${inDays(55)}T11:00`, venue: 'Bridgend Police Station', chair: CHAIR_HUW })
  await addNominalToAgenda(chair, crn)

  const senior = await (await browser.newContext()).newPage()
  await signIn(senior, 'senior.probation@llwybr.test')
  await senior.getByRole('link', { name: 'Find a person' }).click()
  await senior.getByLabel('Name, CRN or PNC number').fill(crn)
  await senior.getByRole('button', { name: 'Search' }).click()
  await senior.getByRole('row').filter({ hasText: crn }).getByRole('link').first().click()
  await expect(senior.getByRole('region', { name: 'Limited access' })).toBeVisible()
  const record = senior.url().replace(/\?.*$/, '')
  await excludeFromRecord(senior, record, 'Huw Roberts (mappa.chair@llwybr.test)', 'Related to the chair')
  // The senior is told what it means for the meeting Huw is to chair (walk 34 O4).
  await expect(senior.getByRole('region', { name: 'Limited access' }).getByRole('status')).toContainText(/This person is on the agenda of (a coming MAPPA meeting whose chair|coming MAPPA meetings whose chairs) the lists now keep out: Huw Roberts on \d{1,2} \w{3} \d{4} at \d{2}:\d{2}.*ask the MAPPA coordinator to change the chair or defer the item\./)
  try {
    await chair.goto(meetingUrl)
    const item = chair.getByRole('region', { name: 'Agenda' }).locator('ol > li').filter({ hasText: 'Restricted record' })
    await expect(item).toHaveCount(1)
    // Named as on the run page, with the one piece of advice in its defer form (walk 37 O2).
    await expect(item.locator('p').first()).toHaveText(/^\d+\. Restricted record$/)
    await expect(chair.getByRole('main')).not.toContainText('ask the data protection lead')
    await expect(chair.getByRole('region', { name: 'Agenda' })).not.toContainText(crn)
    // The run page reaches it, says where to defer it, and links there (walk 29 D4); by a sealed reference that names
    // nothing, not its place, which another item takes once it is deferred (walk 35 D3).
    await chair.goto(`${meetingUrl}/run`)
    await chair.getByRole('navigation', { name: 'Nominals on the agenda' }).getByRole('link', { name: /^\d+\. Restricted record$/ }).click()
    await expect(chair).toHaveURL(/\?ref=[\w-]+$/)
    expect(chair.url()).not.toContain(crn)
    const runAtItsPlace = chair.url()
    await expect(chair.getByText(/You may not see this person’s record \(limited access\)/)).toBeVisible()
    // One piece of advice, beside the item: the item's name no longer also says to ask the data protection lead (walk 34 O5).
    await expect(chair.getByRole('main')).not.toContainText('ask the data protection lead')
    await chair.getByRole('link', { name: 'the meeting’s agenda page' }).click()
    await expect(chair).toHaveURL(meetingUrl)
    await item.locator('summary').click()
    await expect(item).toContainText('You may not see this person’s record, so you cannot hear this item.')
    await item.getByRole('button', { name: 'Defer to a later meeting' }).click()
    await expect(chair.getByRole('alert', { name: 'There is a problem' })).toBeVisible()
    await expectAccessible(chair)
    await item.getByLabel('Reason for deferring').fill('The chair may not see this record')
    await item.getByRole('button', { name: 'Defer to a later meeting' }).click()
    const deferred = chair.getByRole('region', { name: 'Agenda' }).locator('ol > li').filter({ hasText: 'Restricted record' })
    await expect(deferred).toContainText('Deferred.')
    await expect(deferred.locator('summary')).toHaveCount(0)
    await expect(chair.getByRole('region', { name: 'Agenda' })).not.toContainText(crn)
    await expectAccessible(chair)
    // The run page's old link to that item now says it has gone rather than silently showing the first (walk 34 O6
    // of issue 16).
    await chair.goto(runAtItsPlace)
    const gone = chair.getByRole('status').filter({ hasText: 'The item you asked for is not on this meeting’s agenda now' })
    await expect(gone).toContainText('Showing item 1.')
    // Seen without scrolling, under the page's heading (walk 35 D4: it sat 1,218 px down, beside the item).
    await expect(gone).toBeInViewport()
    await expect(chair.getByRole('heading', { level: 3, name: /^1\. / })).toBeVisible()
    await expectAccessible(chair)
    await chair.goto(meetingUrl)
    await switchLanguage(chair, 'Cymraeg')
    await expect(chair.getByRole('region', { name: 'Agenda' }).locator('ol > li').filter({ hasText: 'Cofnod cyfyngedig' })).toContainText('Wedi’i ohirio.')
    await expectAccessible(chair)
    await switchLanguage(chair, 'English')
  } finally {
    // The nominal is the demo's: the chair sees them again for the journeys that follow.
    await senior.goto(record)
    await removeFromAccessList(senior.getByRole('region', { name: 'Limited access' }), 'Huw Roberts')
  }
})
