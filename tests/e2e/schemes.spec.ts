import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage } from './support'

const scheme = 'Circles of Support and Accountability in North Wales'

test.describe('commissioned schemes (issue 14 item A)', () => {
  test('a COSA lead sees the scheme report for the PCC-funded circles, in English and Welsh', async ({ page }) => {
    await signIn(page, 'cosa.coordinator@llwybr.test')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schemes' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Commissioned schemes' })).toBeVisible()
    const list = page.getByRole('table', { name: 'Schemes you can see' })
    await expect(list.getByRole('row', { name: new RegExp(scheme) })).toContainText('North Wales Police and Crime Commissioner')
    await expect(list.getByRole('row', { name: new RegExp(scheme) })).toContainText('£75,000')
    await expectAccessible(page)

    await list.getByRole('link', { name: `Report for ${scheme}` }).click()
    await expect(page.getByRole('heading', { level: 1, name: `${scheme}: scheme report` })).toBeVisible()
    await expect(page.getByText(/The core members of CAIS .*'s circles/)).toBeVisible()
    const costs = page.getByRole('table', { name: 'Funding, people served and cost per participant, by funded period' })
    await expect(costs.getByRole('row')).toHaveCount(4) // header, two years, whole scheme
    await expect(costs.getByRole('row').nth(1)).toContainText('£30,000')
    await expect(costs.getByRole('row').nth(2)).toContainText('£45,000')
    await expect(costs.getByRole('row', { name: /Whole scheme/ })).toContainText('£75,000')
    const outcomes = page.getByRole('table', { name: "Outcomes of the scheme's participants" })
    await expect(outcomes.getByRole('rowheader', { name: 'Volunteer hours given at circle meetings' })).toBeVisible()
    // One running circle: its people are withheld, never shown as 1 to 4, and so is the cost per participant.
    for (const text of await page.getByRole('cell').allInnerTexts()) expect(text).not.toMatch(/^[1-4]$/)
    await expect(costs.getByRole('row', { name: /Whole scheme/ })).toContainText('[c]')
    await expectAccessible(page)

    await switchLanguage(page, 'Cymraeg')
    await expect(page.getByRole('heading', { level: 1, name: 'Cylchoedd Cefnogaeth ac Atebolrwydd yng Ngogledd Cymru: adroddiad y cynllun' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Cyllid, pobl a wasanaethwyd a chost fesul cyfranogwr, fesul cyfnod a ariannwyd' })).toContainText('£45,000')
    await expectAccessible(page)
    await switchLanguage(page, 'English')
  })

  test('an administrator sets up a scheme with field messages first; case workers cannot reach schemes', async ({ page }) => {
    await signIn(page, 'admin@llwybr.test')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schemes' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Commissioned schemes' })).toBeVisible()
    const name = `Women's Pathfinder in Gwent ${Date.now()}`
    await page.getByLabel('Scheme name', { exact: true }).fill(name)
    await page.getByLabel('Kind of funder').selectOption({ label: 'Welsh Government' })
    await page.getByLabel("Funder's name").fill('Welsh Government')
    await page.getByLabel('Area').selectOption({ label: 'Gwent' })
    await page.getByLabel('What the scheme serves').selectOption({ label: 'COSA circles of a provider' })
    await page.getByLabel('Period 1: first day').fill('2026-04-01')
    await page.getByLabel('Period 1: last day').fill('2027-03-31')
    await page.getByLabel('Period 1: amount in pounds').fill('30k')
    await page.getByLabel('Period 2: first day').fill('2027-01-01')
    await page.getByRole('button', { name: 'Set up scheme' }).click()
    const problem = page.getByRole('alert', { name: 'There is a problem' })
    await expect(problem).toContainText('Enter an amount in pounds, like 30000 or 30000.50')
    await expect(problem).toContainText('Enter the first day, last day and amount of this period, or leave all three blank')
    await expect(problem).toContainText('Choose')
    await expectAccessible(page)

    await page.getByLabel('COSA provider (for COSA circles)').selectOption({ label: 'CAIS (Circles of Support and Accountability, North Wales)' })
    await page.getByLabel('Period 1: amount in pounds').fill('30000')
    await page.getByLabel('Period 2: first day').fill('')
    await page.getByRole('button', { name: 'Set up scheme' }).click()
    await expect(page.getByText('Scheme set up')).toBeVisible()
    await expect(page.getByRole('link', { name: `Change ${name}` })).toBeVisible()

    await page.context().clearCookies()
    await signIn(page, 'probation.officer@llwybr.test')
    expect((await page.goto('/schemes'))!.status()).toBe(404)
  })
})
