import { expect, test } from '@playwright/test'
import { expectAccessible, openForm, signIn, switchLanguage } from './support'

// Issue 14: the outcome breakdowns by LDU and local authority rest on which LDU each authority is part of. The
// administrator adds an LDU, puts Bridgend in it, reads it in both languages, then puts Bridgend back where the demo
// data has it (the outcome specs read the demo's geography).
test('an administrator adds an LDU and moves a local authority into it, in English and Welsh', async ({ page }) => {
  const suffix = Date.now().toString(36).toUpperCase()
  const name = `Western Bay ${suffix}`
  await signIn(page, 'admin@llwybr.test')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'LDUs and local authorities' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'LDUs and local authorities' })).toBeVisible()
  await expect(page.getByText('A change takes effect in the outcome figures at their next refresh')).toBeVisible()
  const authorities = page.getByRole('table', { name: 'Local authorities and the LDU each is part of' })
  const bridgend = authorities.getByRole('row', { name: /^Bridgend/ })
  await expect(bridgend).toContainText('South Wales 2')
  await expectAccessible(page)

  // Adding with nothing filled in names each field in the error summary.
  await page.getByRole('button', { name: 'Add the LDU' }).click()
  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText('Choose an option from the list')
  await expectAccessible(page)
  await page.getByLabel('Code').fill(`e2e-${suffix}`)
  await page.getByLabel('Name', { exact: true }).last().fill(name)
  await page.getByLabel('Welsh name (optional)').last().fill(`Bae’r Gorllewin ${suffix}`)
  await page.getByLabel('Force area', { exact: true }).selectOption({ label: 'South Wales' })
  await page.getByLabel('Probation provider').selectOption({ label: 'National Probation Service Wales' })
  await page.getByRole('button', { name: 'Add the LDU' }).click()
  await expect(page.getByRole('status')).toHaveText('LDU added. Put local authorities in it in the table above.')
  await expect(page.getByRole('table', { name: 'Probation Local Delivery Units' }).getByRole('row', { name: new RegExp(`^${name}`) })).toContainText(`E2E-${suffix}`)

  await openForm(bridgend, 'Change the LDU of Bridgend')
  await bridgend.getByLabel('LDU of Bridgend').selectOption({ label: name })
  await bridgend.getByRole('button', { name: 'Save the LDU of Bridgend' }).click()
  await expect(bridgend.getByRole('status')).toHaveText('LDU saved. The outcome figures use it from their next refresh.')
  await expect(bridgend.getByRole('cell').nth(2)).toHaveText(name)

  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('heading', { level: 1, name: 'LDUs ac awdurdodau lleol' })).toBeVisible()
  await expect(page.getByText('Daw newid i rym yn y ffigurau canlyniadau pan gânt eu hadnewyddu nesaf')).toBeVisible()
  const penybont = page.getByRole('table', { name: 'Awdurdodau lleol a’r LDU mae pob un yn rhan ohoni' }).getByRole('row', { name: /^Pen-y-bont ar Ogwr/ })
  await expect(penybont).toContainText(`Bae’r Gorllewin ${suffix}`)
  await expectAccessible(page)
  await switchLanguage(page, 'English')

  // Back to the demo's geography.
  await openForm(bridgend, 'Change the LDU of Bridgend')
  await bridgend.getByLabel('LDU of Bridgend').selectOption({ label: 'South Wales 2 (Swansea, Neath Port Talbot, Bridgend, Rhondda Cynon Taf, Merthyr Tydfil)' })
  await bridgend.getByRole('button', { name: 'Save the LDU of Bridgend' }).click()
  await expect(bridgend.getByRole('cell').nth(2)).toHaveText(/^South Wales 2/)
})

// Walk 28: a second LDU added in error could not be taken away. One in use is refused with every reason; one added
// in error is removed, in English and Welsh.
test('an administrator removes an LDU added in error, and is told why one in use stays', async ({ page }) => {
  const suffix = Date.now().toString(36).toUpperCase()
  await signIn(page, 'admin@llwybr.test')
  await page.goto('/admin/ldus')
  const ldus = page.getByRole('table', { name: 'Probation Local Delivery Units' })
  const southWales2 = ldus.getByRole('row', { name: /^South Wales 2/ })
  const name = (await southWales2.getByRole('rowheader').innerText()).trim()
  await openForm(southWales2, `Remove ${name}`)
  await expect(southWales2.getByText('Only an LDU added in error, that nothing uses yet, can be removed.')).toBeVisible()
  await southWales2.getByRole('button', { name: `Remove ${name}` }).click()
  const summary = southWales2.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText(`${name} still covers local authorities: put each in another LDU in the table above first`)
  await expect(summary).toContainText(`${name} is still the LDU of people on the caseload`)
  await expect(summary).toBeFocused()
  await expect(southWales2.getByRole('status')).toHaveCount(0)
  await expectAccessible(page)

  const mistaken = `Gwent again ${suffix}`
  await page.getByLabel('Code').fill(`gw-${suffix}`)
  await page.getByLabel('Name', { exact: true }).last().fill(mistaken)
  await page.getByLabel('Force area', { exact: true }).selectOption({ label: 'Gwent' })
  await page.getByLabel('Probation provider').selectOption({ label: 'National Probation Service Wales' })
  await page.getByRole('button', { name: 'Add the LDU' }).click()
  const row = ldus.getByRole('row', { name: new RegExp(`^${mistaken}`) })
  await expect(row).toBeVisible()

  await switchLanguage(page, 'Cymraeg')
  const rhes = page.getByRole('table', { name: 'Unedau Cyflenwi Lleol y gwasanaeth prawf' }).getByRole('row', { name: new RegExp(`^${mistaken}`) })
  await openForm(rhes, `Tynnu ${mistaken}`)
  await rhes.getByRole('button', { name: `Tynnu ${mistaken}` }).click()
  await expect(page.getByRole('status')).toHaveText('LDU wedi’i thynnu.')
  await expect(page.getByRole('status')).toBeFocused()
  await expect(page.getByRole('row', { name: new RegExp(`^${mistaken}`) })).toHaveCount(0)
  await expectAccessible(page)
  await switchLanguage(page, 'English')
})
