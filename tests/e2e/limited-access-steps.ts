import { expect, type Browser } from '@playwright/test'
import { openForm, signedInAs } from './support'

// Limited Access steps a senior takes on a person's record (issue 17, ADR 0023), shared by the specs that need a
// record the demo COSA coordinator may not see (every-page-support.ts, cosa-shared-volunteer.spec.ts).

/**
 * The demo senior restricts the record at `record` (a path) to a colleague, the second Cardiff senior: the offender
 * manager and the senior stay on it, and everyone else (the demo COSA coordinator among them) is kept from it.
 */
export async function restrictToColleague(browser: Browser, record: string) {
  const senior = await signedInAs(browser, 'senior.probation@llwybr.test')
  await senior.goto(record)
  const lists = senior.getByRole('region', { name: 'Limited access' })
  await openForm(lists, 'Add someone to a list')
  await lists.getByLabel('List', { exact: true }).selectOption('RESTRICTION')
  await lists.getByLabel('Member of staff').selectOption({ label: 'Bethan Prosser (senior.cardiff2@llwybr.test)' })
  await lists.getByLabel('Reason').fill('High-profile case')
  await lists.getByRole('button', { name: 'Add to the list' }).click()
  await expect(lists.getByRole('table', { name: 'Restriction list' })).toContainText('Bethan Prosser')
  await senior.context().close()
}

/** The demo senior lifts the restriction list of the record at `record`, saying why; the seed has none restricted. */
export async function liftRestriction(browser: Browser, record: string, why: string) {
  const senior = await signedInAs(browser, 'senior.probation@llwybr.test')
  await senior.goto(record)
  const lists = senior.getByRole('region', { name: 'Limited access' })
  await openForm(lists, 'Lift the restriction list')
  await lists.getByLabel('Why is the restriction no longer needed?').fill(why)
  await lists.getByRole('button', { name: 'Lift the restriction', exact: true }).click()
  await expect(lists.getByRole('table', { name: 'Restriction list' })).toHaveCount(0)
  await senior.context().close()
}
