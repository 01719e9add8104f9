import { expect, type Page } from '@playwright/test'

/**
 * Puts the person with `crn` on the open meeting's agenda unless they are on it already. A nominal at another level
 * than the meeting's is added only once the chair confirms the warning (issue 16, MAPPA break test item 1).
 * Input: the coordinator's page on the meeting, a CRN. Output: none; fails if the nominal does not show on the agenda.
 */
export async function addNominalToAgenda(coordinator: Page, crn: string) {
  const agenda = coordinator.getByRole('region', { name: 'Agenda' })
  if (await agenda.getByRole('listitem').filter({ hasText: crn }).count()) return
  await coordinator.getByLabel('CRN', { exact: true }).fill(crn)
  await coordinator.getByRole('button', { name: 'Add a nominal to the agenda' }).click()
  const anyway = coordinator.getByRole('checkbox', { name: 'Add this nominal to this agenda anyway' })
  await expect(agenda.getByRole('listitem').filter({ hasText: crn }).or(anyway)).toBeVisible()
  if (await anyway.isVisible()) {
    await anyway.check()
    await coordinator.getByRole('button', { name: 'Add a nominal to the agenda' }).click()
  }
  await expect(agenda.getByRole('listitem').filter({ hasText: crn })).toBeVisible()
}
