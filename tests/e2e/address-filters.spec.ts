import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage } from './support'

// Walk 51 F5: a hand-edited caseload address (`/?view=bogus`) showed the default list with no word that the view asked
// for was not shown. The list still shows, without the refused filters, under a summary naming them.
test('the officer’s home names a view or filter the address gets wrong, in English and Welsh', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.goto('/?view=bogus&rosh=NOPE')
  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText('The list below leaves out the filters named here')
  await expect(summary.getByRole('link', { name: /^Show: Choose an option from the list/ })).toBeVisible()
  await expect(summary.getByRole('link', { name: /^RoSH: Choose an option from the list/ })).toBeVisible()
  await expect(page.getByRole('table', { name: 'People you manage' })).toBeVisible()
  await expectAccessible(page)
  // A view the role does not have is named the same way (an officer has no Local Delivery Unit view).
  await page.goto('/?view=ldu')
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose an option from the list')
  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('alert', { name: 'Mae problem' })).toContainText('Dewiswch opsiwn o’r rhestr')
  await expectAccessible(page)
  await switchLanguage(page, 'English')
  // A filter given twice is named as such, and a page number that is none names its field (re-break 52 F4).
  await page.goto('/?rosh=HIGH&rosh=LOW&page=abc')
  const twice = page.getByRole('alert', { name: 'There is a problem' })
  await expect(twice.getByRole('link', { name: /^RoSH: .*more than once/ })).toBeVisible()
  await expect(twice.getByRole('link', { name: /^Page number: / })).toBeVisible()
  // A plain home has no summary.
  await page.goto('/')
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0)
})
