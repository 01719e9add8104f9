import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage } from './support'

// The resettlement pathways table on the dashboard (issue 14 item 3).
test.describe('the pathways table for a strategic manager', () => {
  test('reads the resettlement pathways table, never totalling people, and downloads it, in English and Welsh (issue 14 item 3)', async ({ page }) => {
    await signIn(page, 'manager@llwybr.test')
    await page.goto('/outcomes')
    const section = page.getByRole('region', { name: 'Resettlement pathways: needs, referrals and outcomes' })
    const table = section.getByRole('table', { name: /^Needs, referrals and outcomes by pathway, \d{4}-Q\d to \d{4}-Q\d$/ })
    await expect(table.getByRole('row')).toHaveCount(11) // header, nine pathways, the referrals' total
    await expect(table.getByRole('rowheader', { name: 'Education, training and employment' })).toBeVisible()
    const total = table.getByRole('row', { name: /^All pathways \(referrals\)/ })
    await expect(total.getByRole('cell').first()).toHaveText('Not totalled')
    for (const text of await table.getByRole('cell').allInnerTexts()) expect(text).not.toMatch(/^[1-4]$/)
    await expect(section).toContainText('A person can have a need on several pathways')
    // The current quarter is not over: it is a table of its own, labelled interim, never in the final table's total;
    // one quarter, named once (walk 37 O8d: "2026-Q4 to 2026-Q4").
    const interim = section.getByRole('table', { name: /^Interim \(a quarter not over, which can still change\): needs, referrals and outcomes by pathway, \d{4}-Q\d$/ })
    await expect(interim.getByRole('row')).toHaveCount(11)
    await expect(section.getByRole('table')).toHaveCount(2)
    await expectAccessible(page)

    const download = page.waitForEvent('download')
    await section.getByRole('link', { name: 'Download Resettlement pathways: needs, referrals and outcomes as CSV' }).click()
    const csv = fs.readFileSync(await (await download).path(), 'utf8')
    expect(csv).toContain('Quarters,Figures,Pathway,People with a need,Referrals,Assessed within 5 working days')
    expect(csv).toMatch(/\r\n\d{4}-Q\d – \d{4}-Q\d,Final,All pathways \(referrals\),Not totalled,/)
    expect(csv).toMatch(/\r\n(\d{4}-Q\d) – \1,Interim,All pathways \(referrals\),Not totalled,/)

    await switchLanguage(page, 'Cymraeg')
    const welsh = page.getByRole('region', { name: 'Llwybrau adsefydlu: anghenion, atgyfeiriadau a chanlyniadau' })
    await expect(welsh.getByRole('table', { name: /^Anghenion, atgyfeiriadau/ })).toContainText('Heb gyfanswm')
    await expect(welsh.getByRole('table', { name: /^Interim \(chwarter nad yw ar ben/ })).toContainText('Heb gyfanswm')
    await expectAccessible(page)
    await switchLanguage(page, 'English')
  })
})
