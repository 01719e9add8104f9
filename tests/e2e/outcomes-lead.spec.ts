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
})
