import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage } from './support'

test.describe('outcome indicators: pathway definitions and leads (issue 14, leads items 2 and 3)', () => {
  test('the definitions page defines each pathway measure with its source, in English and Welsh', async ({ page }) => {
    await signIn(page, 'manager@llwybr.test')
    await page.goto('/outcomes/definitions')
    const section = page.getByRole('region', { name: 'Resettlement pathways' })
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(['People with a need', 'Referrals', 'Assessed within 5 working days', 'Assessed', 'Care plan within 10 working days', 'With an outcome', 'Outcome achieved'])
    await expect(section).toContainText('Source: Wales Reducing Reoffending Strategy, indicator P3 (priority referrals assessed within 5 working days)')
    await expectAccessible(page)

    await switchLanguage(page, 'Cymraeg')
    const welsh = page.getByRole('region', { name: 'Llwybrau adsefydlu' })
    await expect(welsh.getByRole('heading', { level: 3, name: 'Atgyfeiriadau', exact: true })).toBeVisible()
    await expect(welsh).toContainText('Strategaeth Lleihau Aildroseddu Cymru, dangosydd P3')
    await expectAccessible(page)
    await switchLanguage(page, 'English')
  })

  test('a senior opens the dashboard for their own LDU and drills down from a count to the people behind it; a manager cannot', async ({ page }) => {
    test.slow()
    await signIn(page, 'senior.probation@llwybr.test')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outcomes' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Outcome indicators' })).toBeVisible()
    await expect(page.getByText(/These figures are limited to your own area: /)).toBeVisible()
    await expect(page.getByLabel('Region')).toHaveCount(0)
    await expectAccessible(page)

    const trend = page.getByRole('region', { name: 'Proven reoffending' }).getByRole('table', { name: 'Proven reoffending: trend by quarter' })
    const links = trend.getByRole('link', { name: /People in the cohort, .*: list the people$/ })
    expect(await links.count()).toBeGreaterThan(0)
    await links.first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'People behind an outcome figure' })).toBeVisible()
    await expect(page.getByText(/^People are listed only when everyone behind this quarter’s figures in your area is someone whose record you may already open/)).toBeVisible()
    const people = page.getByRole('table', { name: 'People behind the figure' })
    await expect(people.getByRole('row').nth(1)).toBeVisible()
    await expectAccessible(page)
    await switchLanguage(page, 'Cymraeg')
    await expect(page.getByRole('heading', { level: 1, name: 'Y bobl y tu ôl i ffigur canlyniadau' })).toBeVisible()
    await expectAccessible(page)
    await switchLanguage(page, 'English')
    const drillAddress = page.url()
    await people.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/offenders\/[0-9a-f-]{36}/)

    // Every table's counts drill down too (issue 14 "Rules"): appointments, an event count, say whose they are.
    await page.goto('/outcomes')
    // A withheld figure never links (it would disclose the count it hides).
    await expect(page.getByRole('link', { name: /^\[c\]/ })).toHaveCount(0)
    const attendance = page.getByRole('region', { name: 'Attendance at appointments' }).getByRole('table', { name: 'Attendance at appointments: trend by quarter' })
    const appointmentLinks = attendance.getByRole('link', { name: /Appointments with an outcome, .*: list the people$/ })
    expect(await appointmentLinks.count()).toBeGreaterThan(0)
    await appointmentLinks.first().click()
    await expect(page.getByText(new RegExp(`^Attendance at appointments: Appointments with an outcome in \\d{4}-Q\\d, .*\\.$`))).toBeVisible()
    // In the demo LDU someone with appointments that quarter is not the senior's to open, so no one is listed: a list
    // shorter than the figure would say how many were left out (issue 14 break test item 4, ADR 0019).
    await expect(page.getByText(/^Some people counted in this quarter’s figures for your area are not yours to open, so no one is listed/)).toBeVisible()
    await expect(page.getByRole('table', { name: 'People behind the figure' })).toHaveCount(0)
    await expectAccessible(page)
    await switchLanguage(page, 'Cymraeg')
    await expect(page.getByText(/^Nid chi sydd i agor cofnodion rhai o’r bobl a gyfrifwyd yn ffigurau’r chwarter hwn/)).toBeVisible()
    await expectAccessible(page)
    await switchLanguage(page, 'English')

    // Strategic managers never reach a name: no drill-down links, and the address itself is refused.
    await page.context().clearCookies()
    await signIn(page, 'manager@llwybr.test')
    await page.goto('/outcomes')
    await expect(page.getByRole('link', { name: /list the people$/ })).toHaveCount(0)
    expect((await page.goto(drillAddress))!.status()).toBe(404)
  })

  test('a link to another area shows a senior their own area’s figures, says so, and offers no area to choose (walk 29 D2)', async ({ browser }) => {
    test.slow()
    const manager = await (await browser.newContext()).newPage()
    await signIn(manager, 'manager@llwybr.test')
    await manager.goto('/outcomes')
    const wrexham = await manager.getByLabel('Local authority').locator('option', { hasText: 'Wrexham' }).getAttribute('value')
    expect(wrexham).toBeTruthy()

    const senior = await (await browser.newContext()).newPage()
    await signIn(senior, 'senior.probation@llwybr.test')
    await senior.goto(`/outcomes?localAuthorityId=${wrexham}`)
    await expect(senior.getByRole('status').filter({ hasText: 'The area in this address is not yours, so the figures below are your own area’s: ' })).toBeVisible()
    await expect(senior.getByLabel('Local authority')).toHaveCount(0)
    await expect(senior.getByLabel('Local delivery unit')).toHaveCount(0)
    await expect(senior.getByText(/You can choose the quarters, agency, priority group and breakdown\./)).toBeVisible()
    await expectAccessible(senior)
    await switchLanguage(senior, 'Cymraeg')
    await expect(senior.getByRole('status').filter({ hasText: 'Nid eich ardal chi yw’r ardal yn y cyfeiriad hwn, felly ffigurau eich ardal eich hun sydd isod: ' })).toBeVisible()
    await expect(senior.getByLabel('Awdurdod lleol')).toHaveCount(0)
    await expectAccessible(senior)
    await switchLanguage(senior, 'English')
    // Their own form's links carry no other area: no notice.
    await senior.goto('/outcomes')
    await senior.getByRole('button', { name: 'Show figures' }).click()
    await expect(senior.getByText(/The area in this address is not yours/)).toHaveCount(0)
  })
})
