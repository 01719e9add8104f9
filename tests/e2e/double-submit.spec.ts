import { expect, test, type Locator } from '@playwright/test'
import { expectAccessible, openForm, signIn } from './support'

// Issue 17 defect 2: posting the same upload twice stored two documents. A double submit of one render of a create
// form carries one submission key, so it makes one row and the duplicate is told it was already saved; the next
// entry gets a new key and is a new record.
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') })

/** Two submits of the form at once, as a double click that beats the disabled button would send them. */
async function submitTwice(form: Locator) {
  await expect(form.locator('input[name="submissionKey"]')).toHaveValue(/^[0-9a-f-]{36}$/)
  // The key is in the server's HTML now (break test 16, D8), so it no longer shows the form has hydrated: React's
  // props on the element do. A double click is a hydrated page's (requestSubmit before it would post natively).
  await expect.poll(() => form.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps')))).toBe(true)
  await form.evaluate((el: HTMLFormElement) => {
    el.requestSubmit()
    el.requestSubmit()
  })
}

test('an upload submitted twice at once is stored once; the next upload is a new document', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(6).getByRole('link').click()
  const section = page.getByRole('region', { name: 'Documents' })
  // Every create form's key is in the HTML the server sends, for a form sent before the page hydrates (break test 16, D8).
  await page.waitForURL(/\/offenders\/[0-9a-f-]{36}$/)
  const html = await (await page.request.get(page.url())).text()
  expect(html).toMatch(/name="submissionKey" value="[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/)
  expect(html).not.toMatch(/name="submissionKey" value=""/)
  await openForm(section, 'Open the upload form')

  const filename = `double-${Date.now()}.pdf`
  await section.getByLabel('File').setInputFiles(pdf(filename))
  await section.getByLabel('Description').fill('Sent twice by a double click')
  await submitTwice(section.locator('form'))
  await expect(section.getByRole('status')).toContainText('This had already been saved')
  await expect(section.getByRole('link', { name: filename })).toHaveCount(1)
  await expectAccessible(page)

  // The form now holds a new key: the next upload, without reloading, is a new document.
  const next = `next-${Date.now()}.pdf`
  await openForm(section, 'Open the upload form')
  await section.getByLabel('File').setInputFiles(pdf(next))
  await section.getByRole('button', { name: 'Attach document' }).click()
  await expect(section.getByRole('link', { name: next })).toHaveCount(1)

  await page.reload()
  const documents = page.getByRole('region', { name: 'Documents' })
  await expect(documents.getByRole('link', { name: filename })).toHaveCount(1)
  await expect(documents.getByRole('link', { name: next })).toHaveCount(1)
})

test('the same contact sent from two tabs is saved once; the second tab is told it is already on the record (break 17 F5)', async ({ context }, testInfo) => {
  const [first, second] = [await context.newPage(), await context.newPage()]
  await signIn(first, 'probation.officer@llwybr.test')
  await first.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(5).getByRole('link').click()
  await first.waitForURL(/\/offenders\/[0-9a-f-]{36}$/)
  await second.goto(first.url())
  // A note of this run and attempt's own, at a time both tabs give alike.
  const notes = `Phoned about the hostel place (${Date.now()}-${testInfo.retry})`
  const when = `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}T09:30`
  for (const page of [first, second]) {
    const add = page.getByRole('region', { name: 'Add a contact' })
    await openForm(add, 'Open the contact form')
    await add.getByLabel('Type of contact').selectOption({ label: 'Phone call' })
    await add.getByLabel('Date and time').fill(when)
    await add.getByLabel('Notes').fill(notes)
  }
  await first.getByRole('region', { name: 'Add a contact' }).getByRole('button', { name: 'Save contact' }).click()
  await expect(first.getByText('Contact added.')).toBeVisible()
  await second.getByRole('region', { name: 'Add a contact' }).getByRole('button', { name: 'Save contact' }).click()
  await expect(second.getByRole('alert', { name: 'There is a problem' })).toContainText('You saved this contact a moment ago (perhaps in another tab or window)')
  await expectAccessible(second)
  await second.reload()
  await expect(second.getByText(notes)).toHaveCount(1)
})
