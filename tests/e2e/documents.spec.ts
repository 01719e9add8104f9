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

  // A quote, an apostrophe and brackets in the name come back as chosen, listed and downloaded (break 72 F1: "%22").
  const filename = `licence "conditions" (Rhian's copy) ${Date.now()}.pdf`
  await section.getByLabel('File').setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') })
  await section.getByLabel('Description').fill('Signed licence conditions')
  await section.getByRole('button', { name: 'Attach document' }).click()
  const link = section.getByRole('link', { name: filename })
  await expect(link).toBeVisible()
  await expectAccessible(page)

  // The name goes out whole, encoded (RFC 8187: ' ( ) escaped too); Chromium saves a quote as "_", as on Windows.
  const sent = (await page.request.get((await link.getAttribute('href'))!)).headers()['content-disposition']
  expect(sent).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`)
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toBe(filename.replaceAll('"', '_'))
})
