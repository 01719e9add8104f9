import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

test('officer records unpaid work hours against a community order', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').filter({ hasText: 'Community order' }).first().getByRole('link').click()
  const sentence = page.getByRole('region', { name: 'Sentence' })
  const requirement = sentence.getByRole('listitem').filter({ hasText: 'Unpaid work' }).first()
  const before = Number((await requirement.innerText()).match(/(\d+) of \d+ hours done/)![1])

  await requirement.getByText('Record progress').first().click()
  await requirement.getByLabel('Hours worked').fill('0')
  await requirement.getByRole('button', { name: 'Record progress' }).click()
  await expect(requirement.getByRole('alert')).toContainText('Enter a whole number of 1 or more')
  await expectAccessible(page)

  await requirement.getByLabel('Hours worked').fill('1')
  await requirement.getByLabel('Note (optional)').fill('Park clearance, Splott')
  await requirement.getByRole('button', { name: 'Record progress' }).click()
  await expect(sentence.getByText(`${before + 1} of`)).toBeVisible()
  await sentence.getByText(/Latest/).first().click()
  await expect(sentence.getByText('Park clearance, Splott').first()).toBeVisible()
})
