import { expect, test, type Browser } from '@playwright/test'
import { excludeOnRecord, expectAccessible, signIn, switchLanguage } from './support'

// Break 28 D6 (issue 17): a senior puts the demo volunteer (Alun Griffiths) on the exclusion list of the core member
// of a circle he serves in. The senior is told what that does; Alun's portal then shows nothing of that circle (no
// first name, venue or minutes), only that a circle of his is restricted; taken off the list, he has it back.
// Finds whichever circle Alun serves in now (the demo circle, or the one cosa-circle.spec.ts started), and takes the
// exclusion off again at the end so later specs see the demo as it was.

const as = async (browser: Browser, email: string) => {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, email)
  return page
}

test('a senior excludes a serving volunteer, whose portal no longer shows the circle', async ({ browser }) => {
  test.setTimeout(180_000)
  const volunteer = await as(browser, 'cosa.volunteer@llwybr.test')
  const circles = volunteer.getByRole('region', { name: 'Your circles' })
  const circleWith = (await circles.getByRole('heading', { level: 3 }).first().innerText()).trim()
  const firstName = circleWith.replace(/^Circle with /, '')
  expect(firstName).not.toBe(circleWith)

  // The coordinator's page of Alun links the circle, whose heading gives the core member's CRN.
  const coordinator = await as(browser, 'cosa.coordinator@llwybr.test')
  await coordinator.goto('/cosa')
  await coordinator.getByRole('link', { name: 'Alun Griffiths' }).first().click()
  await coordinator.getByRole('region', { name: 'Circles' }).getByRole('link', { name: new RegExp(`^${firstName} `) }).first().click()
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText('Circle for')
  const crn = (await coordinator.getByRole('heading', { level: 1 }).innerText()).match(/[A-Z]\d{6}/)![0]

  const senior = await as(browser, 'senior.probation@llwybr.test')
  await senior.goto(`/offenders?q=${crn}`)
  await senior.getByRole('table').getByRole('link').first().click()
  const lists = senior.getByRole('region', { name: 'Limited access' })
  await excludeOnRecord(lists, 'Alun Griffiths (cosa.volunteer@llwybr.test)', 'Lives next door to the family')
  await expect(lists.getByRole('status')).toHaveText('Added to the list. Alun Griffiths serves in this person’s COSA circle: they no longer see it on their volunteer page, and the coordinator’s rota now shows their places as needing cover.')
  await expectAccessible(senior)

  await volunteer.reload()
  await expect(volunteer.getByText('A circle you serve in is now restricted: you will not see its meetings here. Do not go to them, and ask your coordinator what this means for you.')).toBeVisible()
  await expect(volunteer.getByText(circleWith)).toHaveCount(0)
  await expect(volunteer.locator('main')).not.toContainText(firstName)
  await expect(volunteer.getByRole('region', { name: 'Your circles' })).toHaveCount(0)
  await expectAccessible(volunteer)
  // The page's data too (the RSC payload), not only what it renders.
  const rsc = await (await volunteer.request.get('/', { headers: { RSC: '1' } })).text()
  expect(rsc).not.toContain(firstName)
  await switchLanguage(volunteer, 'Cymraeg')
  await expect(volunteer.getByText('Mae cylch rydych chi’n gwasanaethu ynddo bellach yn gyfyngedig: ni welwch ei gyfarfodydd yma. Peidiwch â mynd iddynt, a gofynnwch i’ch cydlynydd beth mae hyn yn ei olygu i chi.')).toBeVisible()
  await expect(volunteer.locator('main')).not.toContainText(firstName)
  await expectAccessible(volunteer)
  await switchLanguage(volunteer, 'English')

  // Taken off the list, Alun has the circle back.
  await senior.reload()
  await lists.getByRole('button', { name: 'Remove Alun Griffiths' }).click()
  await expect(lists.getByRole('button', { name: 'Remove Alun Griffiths' })).toHaveCount(0)
  await volunteer.reload()
  await expect(volunteer.getByRole('region', { name: 'Your circles' }).getByRole('heading', { name: circleWith })).toBeVisible()
  await expect(volunteer.getByText(/circle you serve in is now restricted/)).toHaveCount(0)
})
