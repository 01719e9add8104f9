import { expect, test, type Locator, type Page } from '@playwright/test'
import { formatDate } from '../../src/lib/format-dates'
import { deriveSentenceDates } from '../../src/lib/sentence-dates'
import { expectAccessible, signIn, switchLanguage } from './support'

const daysSince = (iso: string) => Math.round((Date.now() - new Date(`${iso}T12:00:00Z`).getTime()) / 86_400_000)
const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
// English dates are British: "20 Oct 2027", never "Oct 20, 2027" (issue 15 item 1).
const shown = (iso: string) => new RegExp(formatDate(new Date(`${iso}T00:00:00Z`), 'day', 'en'))

/** Signs in as the probation officer and creates a new person with a unique surname; returns the surname. */
async function newPerson(page: Page, first: string, prefix: string) {
  await signIn(page, 'probation.officer@llwybr.test')
  const surname = `${prefix}${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`
  await page.goto('/offenders/new')
  await page.getByLabel('First name').fill(first)
  await page.getByLabel('Last name').fill(surname)
  await page.getByLabel('Date of birth').fill('1991-04-12')
  await page.getByLabel('Sex').selectOption('MALE')
  await page.getByRole('button', { name: 'Create record' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${first} ${surname}`)
  return surname
}

/** Fills the court outcome form's common part: court, date, a 12-month disposal and one acquisitive offence 90 days ago. */
async function fillOutcome(outcome: Locator, court: string, sentenceDate: string, disposal: string, offence: string) {
  await outcome.getByLabel('Court').fill(court)
  await outcome.getByLabel('Date of sentence').fill(sentenceDate)
  await outcome.getByLabel('Disposal').selectOption({ label: disposal })
  await outcome.getByLabel('Length: months').fill('12')
  const first = outcome.getByRole('group', { name: 'Offence 1' })
  await first.getByLabel('Category').selectOption({ label: 'Acquisitive' })
  await first.getByLabel('Offence date').fill(isoDaysAgo(Math.max(90, daysSince(sentenceDate) + 30)))
  await first.getByLabel('Description').fill(offence)
}

test('officer records a community order, sees its derived end date, records progress and ends it with the snapshot', async ({ page }) => {
  const surname = await newPerson(page, 'Gareth', 'Sentenced')
  await expect(page.getByRole('region', { name: 'Sentence', exact: true })).toContainText('No active sentence.')

  await page.getByRole('link', { name: 'Sentences, convictions and circumstances' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Sentences and convictions: Gareth ${surname}`)
  const orders = page.getByRole('region', { name: 'Sentences and orders' })
  // The court outcome form, apart from the forms on each sentence (which have their own accommodation fields).
  const outcome = orders.locator('details', { has: page.locator('summary', { hasText: 'Record a court outcome' }) })
  await orders.getByText('Record a court outcome').click()
  const sentenceDate = isoDaysAgo(40)
  await fillOutcome(outcome, 'Cardiff Magistrates’ Court', sentenceDate, 'Community order', 'Theft from a shop, Queen Street')
  await outcome.getByRole('group', { name: 'Unpaid work' }).getByLabel('Hours').fill('20')
  await outcome.getByRole('group', { name: 'Rehabilitation activity' }).getByLabel('Days').fill('15')
  await outcome.getByLabel('Accommodation', { exact: true }).selectOption({ label: 'Settled and suitable' })
  await outcome.getByLabel('Education, training and employment').selectOption({ label: 'Unemployed and seeking work' })
  await outcome.getByRole('button', { name: 'Record the court outcome' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter 40 or more')
  await expectAccessible(page)

  await outcome.getByRole('group', { name: 'Unpaid work' }).getByLabel('Hours').fill('120')
  await outcome.getByRole('button', { name: 'Record the court outcome' }).click()
  await expect(orders.getByRole('status').filter({ hasText: 'Court outcome recorded.' })).toBeVisible()
  const end = shown(deriveSentenceDates({ type: 'COMMUNITY_ORDER', sentenceDate, length: { months: 12, days: 0 } }).expectedEndDate)
  const card = page.getByRole('article').filter({ hasText: 'Community order · Active' })
  await expect(card).toContainText(end)
  await expect(card).toContainText('Unpaid work: 120 hours')
  await expect(card).toContainText('Rehabilitation activity: 15 days')
  await expect(page.getByRole('region', { name: 'Accommodation and employment' })).toContainText('Start of sentence')
  await expectAccessible(page)

  // In Welsh too.
  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Dedfrydau ac euogfarnau')
  await expect(page.getByRole('article').filter({ hasText: 'Gorchymyn cymunedol · Gweithredol' })).toContainText('Gwaith di-dâl: 120 awr')
  await expectAccessible(page)
  await switchLanguage(page, 'English')

  // The record shows the order and its derived end date; progress is recorded on the new requirement.
  await page.getByRole('link', { name: 'Back' }).click()
  const sentence = page.getByRole('region', { name: 'Sentence', exact: true })
  await expect(sentence).toContainText(end)
  const unpaid = sentence.getByRole('listitem').filter({ hasText: 'Unpaid work' })
  await unpaid.getByText('Record progress').first().click()
  await unpaid.getByLabel('Hours worked').fill('6')
  await unpaid.getByRole('button', { name: 'Record progress' }).click()
  await expect(sentence.getByText('6 of 120 hours done')).toBeVisible()

  // Ending the order needs the accommodation and employment snapshot.
  await page.getByRole('link', { name: 'Sentences, convictions and circumstances' }).click()
  const active = page.getByRole('article').filter({ hasText: 'Community order · Active' })
  // The court varies the order: six months more, re-derived end date, on the history.
  await active.locator('summary', { hasText: 'Extend the order' }).click()
  await active.getByLabel('Extend by this many months').fill('6')
  await active.getByRole('button', { name: 'Extend the order' }).click()
  const extendedEnd = shown(deriveSentenceDates({ type: 'COMMUNITY_ORDER', sentenceDate, length: { months: 18, days: 0 } }).expectedEndDate)
  await expect(active).toContainText(/Extended by 6 months; now ends/)
  await expect(active).toContainText(extendedEnd)

  // After a breach the court revokes the order and re-sentences: one submit ends the old order and records the new one.
  await orders.getByText('Record a court outcome').click()
  await fillOutcome(outcome, 'Cardiff Magistrates’ Court', isoDaysAgo(10), 'Community order', 'Theft from a shop, Queen Street')
  await outcome.getByRole('group', { name: 'Unpaid work' }).getByLabel('Hours').fill('150')
  await outcome.getByLabel('Order this outcome revokes').selectOption({ index: 1 })
  await outcome.getByLabel('Why the order is revoked').selectOption({ label: 'Revoked after breach' })
  await outcome.getByLabel('Accommodation', { exact: true }).selectOption({ label: 'Unsettled or temporary' })
  await outcome.getByLabel('Education, training and employment').selectOption({ label: 'Unemployed and seeking work' })
  await outcome.getByRole('button', { name: 'Record the court outcome' }).click()
  await expect(orders.getByRole('status').filter({ hasText: 'Court outcome recorded.' })).toBeVisible()
  await expect(page.getByRole('article').filter({ hasText: 'Community order · Terminated' })).toContainText('Revoked after breach')
  await active.getByText('End this order').click()
  await active.getByLabel('Reason').selectOption({ label: 'Early termination for good progress' })
  await active.getByRole('button', { name: 'End the order', exact: true }).click()
  await expect(active.getByRole('alert', { name: 'There is a problem' })).toContainText('an order cannot end without them')
  await expectAccessible(page)
  await active.getByLabel('Accommodation').selectOption({ label: 'Settled and suitable' })
  await active.getByLabel('Education, training and employment').selectOption({ label: 'Employed part-time' })
  await active.getByRole('button', { name: 'End the order', exact: true }).click()
  // Ten days into a year's order is too soon for early termination for good progress; the person moves to England.
  await expect(active.getByRole('alert', { name: 'There is a problem' })).toContainText('at least half its length')
  await active.getByLabel('Reason').selectOption({ label: 'Transferred out of Wales' })
  await active.getByRole('button', { name: 'End the order', exact: true }).click()
  const ended = page.getByRole('article').filter({ hasText: 'Community order · Terminated' }).filter({ hasText: 'Transferred out of Wales' })
  await expect(ended).toContainText('Ended: Transferred out of Wales')
  await expect(page.getByRole('region', { name: 'Accommodation and employment' })).toContainText('End of order')
  await expect(page.getByRole('region', { name: 'Accommodation and employment' })).toContainText('Employed part-time')

  // Every sentence event is on the person's timeline too, in date order with contacts, and can be picked out by the filter.
  const id = page.url().match(/offenders\/([0-9a-f-]{36})/)![1]!
  await page.goto(`/offenders/${id}/timeline`)
  await page.getByLabel('Type of entry').selectOption({ label: 'Court and custody (sentences, convictions and cautions)' })
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/type=COURT/)
  const court = page.getByRole('listitem').filter({ hasText: 'Court and custody' })
  await expect(court.filter({ hasText: 'Ended: Transferred out of Wales' })).toHaveCount(1)
  await expect(court.filter({ hasText: 'Ended: Revoked after breach' })).toHaveCount(1)
  await expect(court.filter({ hasText: /Extended by 6 months; now ends/ })).toHaveCount(1)
  await expect(court.filter({ hasText: 'Court outcome recorded: Community order, Cardiff Magistrates’ Court' })).toHaveCount(2)
  await expect(page.getByText('5 entries shown')).toBeVisible()
  await expectAccessible(page)
  await switchLanguage(page, 'Cymraeg')
  const llys = page.getByRole('listitem').filter({ hasText: 'Llys a dalfa' })
  await expect(llys.filter({ hasText: "Daeth i ben: Wedi’i drosglwyddo allan o Gymru" })).toHaveCount(1)
  await expect(llys.filter({ hasText: "Canlyniad y llys wedi’i gofnodi: Gorchymyn cymunedol" })).toHaveCount(2)
  await expectAccessible(page)
  await switchLanguage(page, 'English')
})

test('a police officer records a caution for a person in their scope', async ({ page }) => {
  await signIn(page, 'police@llwybr.test')
  await page.getByRole('link', { name: 'IOM', exact: true }).click()
  await page.getByRole('region', { name: 'IOM list' }).getByRole('row').nth(1).getByRole('link').first().click()
  await page.waitForURL(/offenders\/[0-9a-f-]{36}/)
  const id = page.url().match(/offenders\/([0-9a-f-]{36})/)![1]!
  await page.goto(`/offenders/${id}/sentences`)
  const section = page.getByRole('region', { name: 'Further convictions and cautions' })
  await section.locator('summary').click()
  await section.getByLabel('Disposal').selectOption({ label: 'Caution' })
  await section.getByLabel('Category').selectOption({ label: 'Public order' })
  await section.getByLabel('Offence date').fill(isoDaysAgo(3))
  await section.getByLabel('Date proven').fill(isoDaysAgo(5))
  await section.getByRole('button', { name: 'Record a conviction or caution' }).click()
  await expect(section.getByRole('alert', { name: 'There is a problem' })).toContainText('on or before the date it was proven')
  await expectAccessible(page)
  await section.getByLabel('Date proven').fill(isoDaysAgo(1))
  await section.getByLabel('Description (optional)').fill('Threatening behaviour, Caroline Street')
  await section.getByRole('button', { name: 'Record a conviction or caution' }).click()
  await expect(section.getByRole('row').filter({ hasText: 'Threatening behaviour, Caroline Street' })).toContainText('Caution')
  await expect(page.getByRole('region', { name: 'Sentences and orders' }).getByRole('button', { name: 'Record the court outcome' })).toHaveCount(0)
  await expectAccessible(page)

  // The caution is on the person's timeline, in English and in Welsh.
  await page.goto(`/offenders/${id}/timeline?type=COURT`)
  await expect(page.getByRole('listitem').filter({ hasText: 'Threatening behaviour, Caroline Street' })).toContainText('Further caution: Public order')
  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('listitem').filter({ hasText: 'Threatening behaviour, Caroline Street' })).toContainText('Rhybuddiad pellach: Trefn gyhoeddus')
  await expectAccessible(page)
  await switchLanguage(page, 'English')
})

test('a release saved without accommodation and employment shows them as due, and is on the timeline in both languages', async ({ page }) => {
  await newPerson(page, 'Rhys', 'Released')
  await page.getByRole('link', { name: 'Sentences, convictions and circumstances' }).click()
  const orders = page.getByRole('region', { name: 'Sentences and orders' })
  const outcome = orders.locator('details', { has: page.locator('summary', { hasText: 'Record a court outcome' }) })
  await orders.getByText('Record a court outcome').click()
  await fillOutcome(outcome, 'Cardiff Crown Court', isoDaysAgo(200), 'Custody', 'Burglary, Cathays')
  await outcome.getByRole('button', { name: 'Record the court outcome' }).click()
  await expect(orders.getByRole('status').filter({ hasText: 'Court outcome recorded.' })).toBeVisible()

  const card = page.getByRole('article').filter({ hasText: 'Custody · Active' })
  await card.getByText('Release, recall or return to custody').click()
  const releasedOn = isoDaysAgo(20)
  await card.getByLabel('Date', { exact: true }).fill(releasedOn)
  await card.getByLabel('Type of release').selectOption({ label: 'Home detention curfew' })
  await card.getByRole('button', { name: 'Record the release' }).click()
  // The release form gives way to the recall form, so the saved release shows in the history rather than a status line.
  await expect(card).toContainText('Released (Home detention curfew) on')
  await expect(page.getByRole('article').filter({ hasText: 'Custody · Active' }).getByRole('note')).toContainText('accommodation and employment at release')
  await expectAccessible(page)

  const id = page.url().match(/offenders\/([0-9a-f-]{36})/)![1]!
  await page.goto(`/offenders/${id}/timeline?type=COURT`)
  await expect(page.getByRole('listitem').filter({ hasText: 'Released (Home detention curfew) on' })).toContainText(shown(releasedOn))
  await expect(page.getByRole('listitem').filter({ hasText: 'Court outcome recorded: Custody, Cardiff Crown Court' })).toHaveCount(1)
  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('listitem').filter({ hasText: "Wedi’i ryddhau (Cyrffyw cadw yn y cartref) ar" })).toHaveCount(1)
  await expectAccessible(page)
  await switchLanguage(page, 'English')
})
