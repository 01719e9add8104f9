import { expect, test, type Page } from '@playwright/test'
import { excludeOnRecord, expectAccessible, signedInAs, switchLanguage, removeFromAccessList } from './support'

// Issue 17 (h17f item 1, ADR 0023): the MAPPA "open a review" picker gives a nominal the coordinator is excluded from
// as one redacted row when they type its exact CRN, as the main search does: no name, no link, nothing to choose.
const CHAIR = 'Huw Roberts (mappa.chair@llwybr.test)'
let excludedOn: string | undefined

/** A nominal on the chair's register whose record the demo senior may restrict. Output: its CRN and record path. */
async function nominalTheSeniorMayRestrict(chair: Page, senior: Page): Promise<{ crn: string; record: string }> {
  await chair.goto('/')
  const rows = await chair.getByRole('table', { name: 'Nominals by next review' }).getByRole('row').allInnerTexts()
  for (const crn of rows.flatMap((r) => r.match(/[A-Z]\d{6}/) ?? [])) {
    await senior.goto(`/offenders?q=${crn}`)
    const href = (await senior.locator('a[href^="/offenders/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).find((h) => /^\/offenders\/[0-9a-f-]{36}$/.test(h))
    if (!href) continue
    await senior.goto(href)
    if (await senior.getByRole('region', { name: 'Limited access' }).getByText('Add someone to a list').count()) return { crn, record: href }
  }
  throw new Error('no MAPPA nominal on the register that the demo senior may restrict')
}

test.afterAll(async ({ browser }) => {
  // The chair back on the nominal, as the seed had them, for the specs that follow.
  if (!excludedOn) return
  const senior = await signedInAs(browser, 'senior.probation@llwybr.test')
  await senior.goto(excludedOn)
  await removeFromAccessList(senior.getByRole('region', { name: 'Limited access' }), 'Huw Roberts')
})

test('the review picker gives an excluded nominal’s exact CRN as one redacted row, in English and Welsh', async ({ browser }) => {
  const chair = await signedInAs(browser, 'mappa.chair@llwybr.test')
  const senior = await signedInAs(browser, 'senior.probation@llwybr.test')
  const { crn, record } = await nominalTheSeniorMayRestrict(chair, senior)
  await excludeOnRecord(senior.getByRole('region', { name: 'Limited access' }), CHAIR, 'Chair is related to him')
  excludedOn = record

  await chair.goto('/mappa/reviews/new')
  await chair.getByLabel('CRN, PNC number or name').fill(crn)
  await chair.getByRole('button', { name: 'Find the nominal' }).click()
  const table = chair.getByRole('table', { name: `Nominals matching “${crn}”` })
  const rows = table.getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('Access restricted: ask the data protection lead')
  await expect(table.getByRole('link')).toHaveCount(0)
  expect(await table.locator('tbody').innerText()).not.toContain(crn)
  await expectAccessible(chair)

  await switchLanguage(chair, 'Cymraeg')
  await chair.goto(`/mappa/reviews/new?q=${crn}`)
  await expect(table.getByRole('row').nth(1)).toHaveCount(0)
  const welsh = chair.getByRole('table', { name: `Enwebeion sy’n cyfateb i “${crn}”` })
  await expect(welsh.getByRole('row').nth(1)).toContainText('Mynediad cyfyngedig: gofynnwch i’r arweinydd diogelu data')
  await expect(welsh.getByRole('link')).toHaveCount(0)
  await expectAccessible(chair)
  await switchLanguage(chair, 'English')
})
