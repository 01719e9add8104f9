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
})
