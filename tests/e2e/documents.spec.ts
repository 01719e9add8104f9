import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, openForm } from './support'

test('officer attaches a PDF to a record and downloads it; a wrong file type is refused', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(7).getByRole('link').click()
  const section = page.getByRole('region', { name: 'Documents' })
  await openForm(section, 'Open the upload form')

  await section.getByLabel('File').setInputFiles({ name: 'notes.html', mimeType: 'text/html', buffer: Buffer.from('<p>hello</p>') })
  await section.getByRole('button', { name: 'Attach document' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('The file must be a PDF')

  const filename = `licence-conditions-${Date.now()}.pdf`
  await section.getByLabel('File').setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') })
  await section.getByLabel('Description').fill('Signed licence conditions')
  await section.getByRole('button', { name: 'Attach document' }).click()
  const link = section.getByRole('link', { name: filename })
  await expect(link).toBeVisible()
  await expectAccessible(page)

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toBe(filename)
})
