import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage } from './support'

// Issue 16 items 4, 5 and 6: the nominals register, a review opened from the overview, and the action tracker.
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)

test('the overview’s overdue reviews open the nominals register filtered to them, in English and Welsh', async ({ page }) => {
  await signIn(page, 'mappa.chair@llwybr.test')
  await page.getByRole('link', { name: 'MAPPA', exact: true }).click()
  const overdue = page.getByRole('link', { name: /level 2 or 3 reviews? (is|are) overdue/ })
  // The count leads the text; "No level 2 or 3 reviews are overdue." holds no count, though it holds a "2" (the earlier
  // specs' meetings review the demo's overdue nominals, so in a full run it is often none: clean-clone run 12).
  const text = await overdue.innerText()
  const count = text.startsWith('No ') ? 0 : Number(text.match(/^(\d+) /)?.[1])
  expect(count).not.toBeNaN()
  await overdue.click()
  await expect(page).toHaveURL(/\/mappa\/nominals\?overdue=1$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MAPPA nominals register')
  await expect(page.getByLabel('Only reviews overdue (levels 2 and 3)')).toBeChecked()
  await expect(page.getByRole('status')).toHaveText(count === 0 ? 'No nominals' : count === 1 ? '1 nominal' : `${count} nominals`)
  const table = page.getByRole('table', { name: 'Nominals in the area, next review first' })
  await expect(table.getByRole('row')).toHaveCount(count === 0 ? 0 : Math.min(count, 50) + 1)
  for (const text of (await table.getByRole('row').allInnerTexts()).slice(1)) expect(text).toMatch(/Overdue|Access restricted/)
  await expectAccessible(page)
  // The same rule unfiltered: next review first, the overdue rows lead the register and are as many as the count said.
  await page.goto('/mappa/nominals')
  const all = (await table.getByRole('row').allInnerTexts()).slice(1)
  expect(all.length).toBeGreaterThan(count)
  expect(all.filter((row) => row.includes('Overdue')).length).toBe(count)
  // A hand-edited level is named as left out, not ignored in silence (break 51 F6).
  await page.goto('/mappa/nominals?level=9')
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('The list below leaves out the filters named here until you correct them.')
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Level')
  expect((await table.getByRole('row').allInnerTexts()).slice(1).length).toBe(all.length)
  // So is a level given twice (re-break 51 F3: dropped in silence).
  await page.goto('/mappa/nominals?level=1&level=2')
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('This is given more than once in the page address')
  await page.goto('/mappa/nominals?overdue=1')

  // Narrow to level 3 with the form; the nav reaches the register too.
  await page.getByLabel('Level', { exact: true }).selectOption({ label: 'Level 3' })
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/level=3/)
  for (const text of (await page.getByRole('row').allInnerTexts()).slice(1)) expect(text).toContain('\t3\t')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'MAPPA nominals' }).click()
  await expect(page).toHaveURL(/\/mappa\/nominals$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MAPPA nominals register')

  await switchLanguage(page, 'Cymraeg')
  await page.goto('/mappa/nominals?overdue=1')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cofrestr enwebeion MAPPA')
  await expect(page.getByLabel('Dim ond adolygiadau hwyr (lefelau 2 a 3)')).toBeChecked()
  await expectAccessible(page)
  await switchLanguage(page, 'English')
})

test('a review opened from the overview; its actions in the tracker, filtered, sorted and downloaded; read-only once concluded', async ({ page }, testInfo) => {
  // Text unique to this attempt: a retry must not find the first attempt's review or action (issue 16, MAPPA gaps item 6).
  const action = `Review curfew breach alerts ${testInfo.retry}-${Date.now().toString(36)}`
  await signIn(page, 'mappa.chair@llwybr.test')
  const first = await page.getByRole('table', { name: 'Nominals by next review' }).getByRole('row').nth(1).innerText()
  const crn = first.match(/[A-Z]\d{6}/)![0]
  await page.goto('/mappa')
  await page.getByRole('region', { name: 'Serious case reviews' }).getByRole('link', { name: 'Open a serious case review' }).click()
  await expect(page).toHaveURL(/\/mappa\/reviews\/new$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a serious case review')
  await expectAccessible(page)
  // Walk 41 F9: an empty search says what to enter, and takes the focus there.
  await page.getByRole('button', { name: 'Find the nominal' }).click()
  const problem = page.getByRole('alert', { name: 'There is a problem' })
  await expect(problem).toContainText('Enter at least 2 characters of the nominal’s CRN, PNC number or name')
  await expect(problem).toBeFocused()
  await expectAccessible(page)
  await page.getByLabel('CRN, PNC number or name').fill('W000000')
  await page.getByRole('button', { name: 'Find the nominal' }).click()
  await expect(page.getByRole('status')).toContainText('No nominal of your area that you can see matches')
  // The result takes the focus the page load left on the body (break 43 F3).
  await expect(page.getByRole('status')).toBeFocused()
  await page.getByLabel('CRN, PNC number or name').fill(crn.toLowerCase())
  await page.getByRole('button', { name: 'Find the nominal' }).click()
  await expect(page.getByRole('status').filter({ hasText: `1 nominal matches “${crn.toLowerCase()}”.` })).toBeFocused()
  await page.getByRole('link', { name: new RegExp(`Open a review for .*${crn}`) }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Open a serious case review: `)
  // Back goes to the search the coordinator came from, not the person's page (walk 41 O8).
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveAttribute('href', `/mappa/reviews/new?q=${crn.toLowerCase()}`)
  await page.getByLabel('Date of the serious further offence').fill(inDays(-7 - testInfo.retry))
  await page.getByLabel('What happened').fill('Robbery of a shop worker while on licence.')
  await page.getByLabel('Terms of reference').fill('Whether the curfew breaches were shared with the police in time.')
  await page.getByLabel('South Wales Police').check()
  await page.getByRole('button', { name: 'Open a serious case review' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Serious case review:`)
  const reviewUrl = page.url()
  await page.getByLabel('Action', { exact: true }).fill(`=${action} with the monitoring provider`)
  await page.getByLabel('Owner agency').selectOption({ label: 'South Wales Police' })
  await page.getByLabel('Due').fill(inDays(14))
  await page.getByRole('button', { name: 'Add an action' }).click()
  await expect(page.getByRole('region', { name: 'Actions from the review' }).getByRole('table')).toContainText(action)

  // The tracker lists it, marked as from a review and linked to it; filters and sort are a GET form.
  await page.goto('/mappa')
  await page.getByRole('link', { name: 'Track actions' }).click()
  const filters = page.getByRole('region', { name: 'Filter and sort' })
  // Letters are sent and refused with a message, not dropped by the browser; the field keeps them (walk 41 O4, walk 43 F2).
  await filters.getByLabel('Due within (days)').fill('1e2')
  await filters.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Due within (days)')
  await expect(filters.getByLabel('Due within (days)')).toHaveValue('1e2')
  await filters.getByLabel('Owner agency').selectOption({ label: 'South Wales Police' })
  await filters.getByLabel('Due within (days)').fill('30')
  await filters.getByLabel('Sort by').selectOption({ label: 'Status' })
  await filters.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/dueWithin=30/)
  const table = page.getByRole('table', { name: 'MAPPA actions' })
  const row = table.getByRole('row').filter({ hasText: action })
  await expect(row.getByRole('link', { name: 'Serious case review' })).toHaveAttribute('href', new URL(reviewUrl).pathname)
  await expect(row.getByRole('link', { name: new RegExp(crn) })).toBeVisible()
  for (const text of (await table.getByRole('row').allInnerTexts()).slice(1)) expect(text).toContain('South Wales Police')
  await expectAccessible(page)

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these actions (CSV)' }).click()])
  const csv = fs.readFileSync((await download.path())!, 'utf8')
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
  expect(lines[0]).toBe('From,CRN,Person,Action,Owner agency,Owner,Due,Status,Note,Overdue')
  expect(lines.length).toBe((await table.getByRole('row').count()))
  const line = lines.find((l) => l.includes(action))!
  expect(line).toMatch(new RegExp(`^"Serious case review, offence of \\d{4}-\\d{2}-\\d{2}",${crn},`))
  expect(line).toContain(`'=${action}`)

  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Camau gweithredu MAPPA')
  await expect(page.getByRole('region', { name: 'Hidlo a threfnu' })).toBeVisible()
  await expectAccessible(page)

  // Lessons typed and concluded at once: saved with the conclusion, which says so (issue 16, MAPPA gaps items 4 and 5),
  // once the "are you sure" saying what concluding means is confirmed (MAPPA break test item 2), here in Welsh.
  await page.goto(reviewUrl)
  await page.getByLabel('Gwersi a ddysgwyd').fill('Curfew breach alerts must reach the police the same day.')
  await page.getByRole('button', { name: 'Cwblhau’r adolygiad' }).click()
  await expect(page.getByText('Ydych chi’n siŵr eich bod am gwblhau’r adolygiad?')).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Ni ellir ailagor adolygiad sydd wedi’i gwblhau.' })).toBeVisible()
  await expect(page.getByLabel('Gwersi a ddysgwyd')).toHaveValue('Curfew breach alerts must reach the police the same day.')
  await expectAccessible(page)
  await page.getByLabel('Ydw, cwblhau’r adolygiad').check()
  await page.getByRole('button', { name: 'Cwblhau’r adolygiad' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Mae’r adolygiad wedi’i gwblhau.' })).toBeVisible()
  await switchLanguage(page, 'English')
  await expect(page.getByRole('status').filter({ hasText: 'The review is concluded.' })).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: 'Concluded' })).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: 'Curfew breach alerts must reach the police the same day.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add an action' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0)
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await page.getByRole('link', { name: /Follow up its actions in the action tracker/ }).click()
  await expect(page.getByRole('table', { name: 'MAPPA actions' })).toContainText(action)
  await expectAccessible(page)
})
