import { expect, test, type Browser, type Page } from '@playwright/test'
import { generate } from 'otplib'
import { arrangeConfirmingIfWarned, createPerson, isoDaysAgo, problem, recordCommunityOrder, uniqueSurname } from './journey-steps'
import { signedInAs, withoutScript } from './support'
import { createUser, PASSWORD } from './two-step-steps'

// Break 54 F5: the record pages' small forms (ActionForm: registrations, appointments, break-glass, the IOM page…) were
// rendered with `action="javascript:throw…"` and sent nothing until the page's script had loaded. Without it they
// post, and the page comes back with the answer: the error summary, or the success and what was saved.


test('without the page’s script, a record page’s forms still send and answer (break 54 F5)', async ({ browser }) => {
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  await createPerson(officer, 'Gethin', uniqueSurname('Noscript'), '1990-04-12')
  const record = new URL(officer.url()).pathname

  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  await page.goto(`${record}/risk`)
  const registrations = page.getByRole('region', { name: 'Registrations' })
  await registrations.locator('summary', { hasText: 'Open the registration form' }).click()
  await registrations.getByRole('button', { name: 'Add a registration' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible()
  await registrations.getByLabel('Registration', { exact: true }).selectOption('TERRORISM')
  await registrations.locator('#add-registration-nextReviewDate').fill('2031-02-01')
  await registrations.getByRole('button', { name: 'Add a registration' }).click()
  // A success posted without the script is said at the top of the page (walk 55 F2), once.
  await expect(page.getByRole('status').filter({ hasText: 'Registration added.' })).toHaveCount(1)
  const terrorism = registrations.getByRole('listitem').filter({ hasText: 'Terrorism' })
  await expect(terrorism).toHaveCount(1)

  // A step on one registration opens again with its answer (walk 55 F1: a plain <details> came back closed, the
  // error hidden), and its success is said although the row it was on is drawn anew.
  await terrorism.locator('summary', { hasText: 'Record a review' }).click()
  await terrorism.getByRole('button', { name: 'Record a review' }).click()
  await expect(problem(page)).toBeVisible()
  await expect(terrorism.getByLabel('Next review date')).toBeVisible()
  await terrorism.getByLabel('Next review date').fill('2031-08-01')
  await terrorism.getByRole('button', { name: 'Record a review' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Review recorded.' })).toBeVisible()
  await expect(problem(page)).toHaveCount(0)

  // The break-glass form: a MAPPA chair opens the new person (no MAPPA level: outside their scope) with a reason.
  const chair = await withoutScript(browser, 'mappa.chair@llwybr.test')
  await chair.goto(record)
  await chair.getByLabel('Why do you need to open this record?').fill('Just checking')
  await chair.getByRole('button', { name: 'Open the record' }).click()
  await expect(chair.getByRole('alert', { name: 'There is a problem' })).toContainText('Give a fuller reason: at least 20 characters')
  await chair.getByLabel('Why do you need to open this record?').fill('Police called about a referral to the panel for him today')
  await chair.getByRole('button', { name: 'Open the record' }).click()
  await expect(chair.getByRole('status').filter({ hasText: 'Break-glass access' })).toContainText('Police called about a referral')
  await expect(chair).toHaveURL(new RegExp(`${record}$`))
})

test('without the page’s script, a step that takes its own row away still says what was done (walk 55 F2)', async ({ browser }) => {
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  await createPerson(officer, 'Heledd', uniqueSurname('Noscript'), '1988-09-03')
  const record = new URL(officer.url()).pathname
  await arrangeConfirmingIfWarned(officer, '2031-03-12T10:00', 60, 'Walk 55 supervision')
  await expect(officer.getByRole('status').filter({ hasText: 'Appointment booked.' })).toBeVisible()

  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  await page.goto(record)
  const appointment = page.getByRole('listitem').filter({ hasText: 'Walk 55 supervision' })
  await appointment.locator('summary', { hasText: 'Cancel appointment' }).click()
  await appointment.getByRole('button', { name: 'Cancel appointment' }).click()
  await expect(problem(page)).toBeVisible()
  await expect(appointment.getByLabel('Reason for cancelling')).toBeVisible()
  await appointment.getByLabel('Reason for cancelling').fill('Office closed for training')
  await appointment.getByRole('button', { name: 'Cancel appointment' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Appointment cancelled.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cancel appointment' })).toHaveCount(0)

  // The court outcome form, once behind a plain disclosure, opens again on its refusal (walk 55 F1, the same kind).
  await page.goto(`${record}/sentences`)
  const orders = page.getByRole('region', { name: 'Sentences and orders' })
  await orders.locator('summary', { hasText: 'Record a court outcome' }).click()
  await orders.getByRole('button', { name: 'Record the court outcome' }).click()
  await expect(problem(page)).toBeVisible()
  await expect(orders.getByLabel('Court', { exact: true })).toBeVisible()
})

test('without the page’s script, turning on two-step verification shows the recovery codes (break 55 F1)', async ({ browser }) => {
  const email = await createUser(await signedInAs(browser, 'admin@llwybr.test'), 'Aled Noscript', 'National Probation Service Wales')
  const page = await withoutScript(browser, email, PASSWORD)
  await page.goto('/account/two-step')
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible()
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '')
  await page.getByLabel('Code from your authenticator app').fill(await generate({ secret }))
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click()
  // The page comes back as an enrolled user's: the codes are shown once, here, or never (they are kept only hashed).
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible()
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10)
})

test('without the page’s script, a stale step whose row went is refused at the top of the page (break 56 F2)', async ({ browser }) => {
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  await createPerson(officer, 'Iolo', uniqueSurname('Noscript'), '1986-05-21')
  const record = new URL(officer.url()).pathname
  await arrangeConfirmingIfWarned(officer, '2031-04-15T11:00', 30, 'Break 56 stale visit')
  await expect(officer.getByRole('status').filter({ hasText: 'Appointment booked.' })).toBeVisible()

  // Two screens open on the record; the one without the script posts after the other has cancelled the appointment.
  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  await page.goto(record)
  const stale = page.getByRole('listitem').filter({ hasText: 'Break 56 stale visit' })
  await stale.locator('summary', { hasText: 'Cancel appointment' }).click()
  await stale.getByLabel('Reason for cancelling').fill('Stale screen cancels too')

  const fresh = officer.getByRole('listitem').filter({ hasText: 'Break 56 stale visit' })
  await fresh.locator('summary', { hasText: 'Cancel appointment' }).click()
  await fresh.getByLabel('Reason for cancelling').fill('Office closed for training')
  await fresh.getByRole('button', { name: 'Cancel appointment' }).click()
  await expect(officer.getByRole('status').filter({ hasText: 'Appointment cancelled.' })).toBeVisible()

  await stale.getByRole('button', { name: 'Cancel appointment' }).click()
  const refusal = page.getByRole('alert', { name: 'There is a problem' })
  await expect(refusal).toHaveCount(1)
  await expect(refusal).toContainText('This record was changed after you opened it')
  await refusal.getByRole('link', { name: 'Reload the page' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page).toHaveURL(new RegExp(`${record}$`))
})

test('without the page’s script, a stale form with a wrong answer is told first that its order ended (walk 58 F1)', async ({ browser }) => {
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  await createPerson(officer, 'Nia', uniqueSurname('Stale'), '1979-11-23')
  const sentences = `${new URL(officer.url()).pathname}/sentences`
  await officer.goto(sentences)
  await recordCommunityOrder(officer, { sentenceDate: isoDaysAgo(20), months: 12, hours: 120, days: 15, accommodation: 'Settled and suitable' })

  // The screen without the script draws "Add a requirement" before the other screen ends the order.
  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  await page.goto(sentences)
  const stale = page.getByRole('article').filter({ hasText: 'Community order · Active' })
  await stale.locator('summary', { hasText: 'Add a requirement' }).click()
  await stale.getByLabel('Requirement', { exact: true }).selectOption({ label: 'Unpaid work' })
  await stale.getByLabel('Amount in the requirement’s own unit').fill('30')

  const active = officer.getByRole('article').filter({ hasText: 'Community order · Active' })
  await active.getByText('End this order').click()
  await active.getByLabel('Reason').selectOption({ label: 'Transferred out of Wales' })
  await active.getByLabel('Accommodation').selectOption({ label: 'Settled and suitable' })
  await active.getByLabel('Education, training and employment').selectOption({ label: 'Employed part-time' })
  await active.getByRole('button', { name: 'End the order', exact: true }).click()
  await expect(officer.getByRole('article').filter({ hasText: 'Community order · Terminated' })).toBeVisible()

  // 30 hours is also too few, but the form is gone with the order: the page says the order ended.
  await stale.getByRole('button', { name: 'Add a requirement' }).click()
  const refusal = page.getByRole('alert', { name: 'There is a problem' })
  await expect(refusal).toHaveCount(1)
  await expect(refusal).toContainText('This order has already ended')
  await expect(refusal.getByRole('link', { name: 'Reload the page' })).toBeVisible()
})

test('a message planted as a cookie by another site on the host is never shown, nor hides the real one (break 57 F1, break 58 F1)', async ({ browser }) => {
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  await createPerson(officer, 'Jac', uniqueSurname('Noscript'), '1984-02-14')
  const record = new URL(officer.url()).pathname
  const url = new URL(officer.url()).origin
  const planted = 'Phone-the-helpdesk-with-your-password'
  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  const names = ['llwybr-refused', 'llwybr-done', 'llwybr-refused-planted', 'llwybr-done-planted']
  await page.context().addCookies(names.map((name) => ({ name, value: planted, url })))
  await page.goto(`${record}/risk`)
  await expect(page.getByText(planted)).toHaveCount(0)
  const registrations = page.getByRole('region', { name: 'Registrations' })
  await registrations.locator('summary', { hasText: 'Open the registration form' }).click()
  await registrations.getByLabel('Registration', { exact: true }).selectOption('TERRORISM')
  await registrations.locator('#add-registration-nextReviewDate').fill('2031-02-01')
  await registrations.getByRole('button', { name: 'Add a registration' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Registration added.' })).toHaveCount(1)
  await expect(page.getByText(planted)).toHaveCount(0)
})

// Walk 63 F6: a pathway update far down the page, refused without the script, came back at the top of the page with no
// sign of the refusal; its error summary was 1,500 px down. The top says nothing was saved and links to it.
test('without the page’s script, a refused form far down the page is said at the top, with a link down to its problems', async ({ browser }) => {
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  await officer.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(3).getByRole('link').click()
  await officer.waitForURL(/\/offenders\/[0-9a-f-]{36}$/)
  const pathways = `${new URL(officer.url()).pathname}/pathways`
  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  await page.goto(pathways)
  const finance = page.getByRole('region', { name: 'Finance, benefits and debt', exact: true })
  await finance.getByLabel('Status', { exact: true }).selectOption({ index: 0 })
  await finance.getByLabel('Note', { exact: true }).fill('Not saved: no status')
  await finance.getByRole('button', { name: 'Save the update' }).click()
  // Above the page's own heading, where the browser opens the page drawn again.
  const top = page.locator('main').getByText('Nothing was saved. The problems are marked in the form below.')
  await expect(top).toBeVisible()
  expect((await top.boundingBox())!.y).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y)
  const link = page.getByRole('link', { name: 'Go to the problems' })
  const target = (await link.getAttribute('href'))!
  await expect(page.getByRole('region', { name: 'Finance, benefits and debt', exact: true }).locator(target)).toHaveText('There is a problem')
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  // Said once: a form sent again (here, correctly) takes it away with the refusal.
  const again = page.getByRole('region', { name: 'Finance, benefits and debt', exact: true })
  await again.getByLabel('Assessed need', { exact: true }).selectOption({ label: 'High' })
  await again.getByLabel('Status', { exact: true }).selectOption({ label: 'Support required' })
  await again.getByRole('button', { name: 'Save the update' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Update saved' })).toBeVisible()
  await expect(page.getByText('Nothing was saved. The problems are marked in the form below.')).toHaveCount(0)
})

/** A person's record (the officer's 7th row) opened by the officer in a browser without the page's script. */
async function recordWithoutScript(browser: Browser): Promise<Page> {
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  await officer.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(7).getByRole('link').click()
  await officer.waitForURL(/\/offenders\/[0-9a-f-]{36}$/)
  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  await page.goto(officer.url())
  return page
}

// Walk 64 F4: a refused upload at the foot of the record came back at the top of the page without a sign, and a saved
// one said so only at the foot: the upload form is drawn by hand, and only ActionForm named its place.
test('without the page’s script, an upload at the foot of the record is answered at the top, refused or attached', async ({ browser }) => {
  const page = await recordWithoutScript(browser)
  const documents = page.getByRole('region', { name: 'Documents' })
  await documents.locator('summary', { hasText: 'Open the upload form' }).click()
  await documents.getByLabel('File').setInputFiles({ name: 'notes.html', mimeType: 'text/html', buffer: Buffer.from('<p>hello</p>') })
  await documents.getByLabel('Description').fill('Refused: not a document type')
  await documents.getByRole('button', { name: 'Attach document' }).click()
  const top = page.locator('main').getByText('Nothing was saved. The problems are marked in the form below.')
  await expect(top).toBeVisible()
  expect((await top.boundingBox())!.y).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y)
  const target = (await page.getByRole('link', { name: 'Go to the problems' }).getAttribute('href'))!
  await expect(page.getByRole('region', { name: 'Documents' }).locator(target)).toHaveText('There is a problem')

  const filename = `no-script-${Date.now()}.pdf`
  const again = page.getByRole('region', { name: 'Documents' })
  if (!(await again.getByLabel('File').isVisible())) await again.locator('summary', { hasText: 'Open the upload form' }).click()
  await again.getByLabel('File').setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') })
  await again.getByRole('button', { name: 'Attach document' }).click()
  const attached = page.getByRole('status').filter({ hasText: 'Document attached.' })
  await expect(attached).toHaveCount(1)
  expect((await attached.boundingBox())!.y).toBeLessThan((await page.getByRole('heading', { level: 1 }).boundingBox())!.y)
  await expect(page.getByRole('region', { name: 'Documents' }).getByRole('link', { name: filename })).toBeVisible()
})

// Break 64 F1: without the script, a file over the limit (the form cannot check it first) got a bare "Payload too
// large" page in English. Its page comes back saying nothing was saved and why.
test('without the page’s script, an upload too large to read brings the record back saying why nothing was saved', async ({ browser }) => {
  const page = await recordWithoutScript(browser)
  const heading = await page.getByRole('heading', { level: 1 }).textContent()
  const documents = page.getByRole('region', { name: 'Documents' })
  await documents.locator('summary', { hasText: 'Open the upload form' }).click()
  await documents.getByLabel('File').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(12 * 1024 * 1024, 37) })
  await documents.getByRole('button', { name: 'Attach document' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved: the form was too large to read. A file must be smaller than 10 MB.' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!)
})
