import { expect, type Page } from '@playwright/test'
import { expectAccessible, switchLanguage } from './support'

// Steps of the COSA journey for the fresh re-walk of issue 16 (f16c), kept apart so cosa-circle.spec.ts stays short.

/**
 * On a forming circle's page with four regulars: adds a cover volunteer, then takes them out, which asks why and then
 * to confirm (walk-through D9, re-walk D8); then checks that the provider's volunteers who cannot join are listed
 * with why (re-walk D7), in English and Welsh.
 */
export async function removeOneVolunteer(coordinator: Page) {
  const inner = coordinator.getByRole('region', { name: 'Inner circle' })
  await inner.getByLabel('Volunteer', { exact: true }).selectOption({ index: 1 })
  await inner.getByLabel('Role in the circle').selectOption({ label: 'Cover' })
  await inner.getByRole('button', { name: 'Add a volunteer' }).click()
  await expect(inner.getByRole('table').first().getByRole('row')).toHaveCount(6)
  const leaving = inner.getByRole('table').first().getByRole('row').last()
  const leaver = (await leaving.getByRole('rowheader').innerText()).split(' ')[0]!
  await leaving.locator('summary', { hasText: `Remove ${leaver} from the circle` }).click()
  await leaving.getByRole('button', { name: `Remove ${leaver} and record why` }).click()
  await expect(leaving.getByRole('alert', { name: 'There is a problem' })).toContainText('Give a reason')
  await leaving.getByLabel(`Why is ${leaver} leaving the circle?`).fill('Moved to Cardiff for work')
  await leaving.getByRole('button', { name: `Remove ${leaver} and record why` }).click()
  // Re-walk D8: the reason alone does not remove them; they stay until the coordinator confirms.
  await expect(leaving.getByText(`${leaver} leaves the circle today`)).toBeVisible()
  await expect(inner.getByRole('table').first().getByRole('row')).toHaveCount(6)
  await expectAccessible(coordinator)
  await leaving.getByLabel(`Yes, remove ${leaver} from the circle`).check()
  await leaving.getByRole('button', { name: `Remove ${leaver} and record why` }).click()
  const left = coordinator.getByRole('region', { name: 'Volunteers who have left' })
  await expect(left.getByRole('row').filter({ hasText: leaver })).toContainText('Moved to Cardiff for work')
  await expect(inner.getByRole('table').first().getByRole('row')).toHaveCount(5)
  await expectAccessible(coordinator)
  // Re-walk D7: everyone of the provider who cannot join is listed with why, the not yet vetted too (the demo's Laura).
  const cannotJoin = inner.getByRole('region', { name: 'Volunteers who cannot join this circle' })
  await expect(cannotJoin).toContainText('Laura Bennett: not yet vetted (stage: References)')
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByRole('region', { name: 'Gwirfoddolwyr na allant ymuno â’r cylch hwn' })).toContainText('Laura Bennett: heb gael eu fetio eto')
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'English')
}

/**
 * On a circle's page just closed before it ever met, with `reason` as its ending reason: the released volunteers show
 * why they left (re-walk D10), the Welsh end review names the agency in Welsh (D12), and the officer's page reads the
 * same dates as the coordinator's (D9), in English and Welsh.
 */
export async function closedNeverMet(coordinator: Page, officer: Page, reason: string) {
  // Re-walk D10: the volunteers the close released show why they left.
  const served = coordinator.getByRole('region', { name: 'Who served in the inner circle' })
  await expect(served.getByRole('row').filter({ hasText: `The circle closed: ${reason}` })).toHaveCount(4)
  await expectAccessible(coordinator)
  // Re-walk D12: in Welsh the end review names the agency in Welsh; D10's reason too.
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByText('Cymerodd ran: PC Gareth Owen (Public protection officer, Heddlu Gogledd Cymru)')).toBeVisible()
  await expect(coordinator.getByRole('region', { name: 'Pwy a wasanaethodd yn y cylch mewnol' })).toContainText(`Daeth y cylch i ben: ${reason}`)
  await switchLanguage(coordinator, 'English')
  // Re-walk D9: the officer's page reads the same dates: started and closed today, never met (not "From <first
  // meeting> to <today>").
  await officer.reload()
  await expect(officer.getByText(/^Started (\d+ \w+ \d{4}), closed \1 without ever meeting$/)).toBeVisible()
  await expectAccessible(officer)
  await switchLanguage(officer, 'Cymraeg')
  await expect(officer.getByText(/^Dechreuwyd .+, caewyd .+ heb gyfarfod erioed$/)).toBeVisible()
  await expectAccessible(officer)
  await switchLanguage(officer, 'English')
}
