import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage } from './support'

test('officer records an accommodation need with a support need from the catalogue; the history names the agency, in English and Welsh', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(8).getByRole('link').click()
  await page.getByRole('link', { name: 'Pathways and referrals to partner services' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pathways:')
  await expect(page.getByRole('link', { name: 'Refer to a partner service' })).toBeVisible()

  const accommodation = page.getByRole('region', { name: 'Accommodation', exact: true })
  // Declining support needs a note saying why.
  await accommodation.getByLabel('Status', { exact: true }).selectOption({ label: 'Support declined' })
  await accommodation.getByRole('button', { name: 'Save the update' }).click()
  await expect(accommodation.getByRole('alert', { name: 'There is a problem' })).toContainText('Say in the note why the person declined the support')
  await expectAccessible(page)

  const note = `Hostel bed for 28 nights only; housing options referral made ${Date.now()}`
  await accommodation.getByLabel('Assessed need', { exact: true }).selectOption({ label: 'High' })
  await accommodation.getByLabel('Status', { exact: true }).selectOption({ label: 'Support required' })
  await accommodation.getByLabel('No fixed abode on release', { exact: true }).check()
  await accommodation.getByLabel('Note', { exact: true }).fill(note)
  await accommodation.getByRole('button', { name: 'Save the update' }).click()
  const update = accommodation.getByRole('table', { name: 'Updates to Accommodation, newest first' }).getByRole('row').filter({ hasText: note })
  await expect(update).toContainText('National Probation Service Wales')
  await expect(update).toContainText('High')
  await expect(update).toContainText('Support required')
  await expect(accommodation.getByRole('listitem').filter({ hasText: 'No fixed abode on release' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'The pathways at a glance' }).getByRole('row').filter({ hasText: 'Accommodation' })).toContainText('Support required')
  await expectAccessible(page)

  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Llwybrau:')
  const llety = page.getByRole('region', { name: 'Llety', exact: true })
  await expect(llety.getByRole('listitem').filter({ hasText: 'Dim cyfeiriad sefydlog wrth gael ei ryddhau' })).toBeVisible()
  await expect(llety.getByRole('row').filter({ hasText: note })).toContainText('Gwasanaeth Prawf Cenedlaethol Cymru')
  await expect(llety.getByRole('row').filter({ hasText: note })).toContainText('Angen cymorth')
  await expect(page.getByRole('link', { name: 'Atgyfeirio at wasanaeth partner' })).toBeVisible()
  await expectAccessible(page)
  await switchLanguage(page, 'English')
})

test('the administrator adds a support need to education, training and employment in both languages', async ({ page }) => {
  await signIn(page, 'admin@llwybr.test')
  await page.getByRole('link', { name: 'Support needs', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support needs')
  const add = page.getByRole('region', { name: 'Add a support need' })
  await add.getByRole('button', { name: 'Add the support need' }).click()
  await expect(add.getByRole('alert', { name: 'There is a problem' })).toBeVisible()

  const stamp = Date.now()
  const label = `Needs a CSCS card for building sites ${stamp}`
  const labelCy = `Angen cerdyn CSCS ar gyfer safleoedd adeiladu ${stamp}`
  await add.getByLabel('Pathway').selectOption({ label: 'Education, training and employment' })
  await add.getByLabel('English label').fill(label)
  await add.getByLabel('Welsh label').fill(labelCy)
  await add.getByRole('button', { name: 'Add the support need' }).click()
  await expect(add.getByText('Support need added.')).toBeVisible()
  const ete = page.getByRole('region', { name: 'Education, training and employment', exact: true })
  await expect(ete.getByRole('row').filter({ hasText: label })).toContainText(labelCy)
  await expect(ete.getByRole('row').filter({ hasText: 'No qualifications' })).toContainText('Dim cymwysterau')
  await expectAccessible(page)

  // The same wording again (another tab, a second administrator) is refused, not a second box (break 52 F14).
  await add.getByLabel('Pathway').selectOption({ label: 'Education, training and employment' })
  await add.getByLabel('English label').fill(label.toUpperCase())
  await add.getByLabel('Welsh label').fill(`${labelCy} (2)`)
  await add.getByRole('button', { name: 'Add the support need' }).click()
  await expect(add.getByRole('alert', { name: 'There is a problem' })).toContainText('This pathway already has a need with this wording')
  await expect(ete.getByRole('row').filter({ hasText: label })).toHaveCount(1)

  // In Welsh, each row's forms name the need by its Welsh wording (walk 58 F2).
  await switchLanguage(page, 'Cymraeg')
  const row = page.getByRole('row').filter({ hasText: labelCy })
  await expect(row.getByRole('button', { name: `Tynnu ${labelCy} yn ôl` })).toBeVisible()
  await expect(row.getByText(`Newid geiriad ${labelCy}`)).toBeVisible()
  await expect(row.getByText(`Newid geiriad ${label}`)).toHaveCount(0)
  await switchLanguage(page, 'English')
})
