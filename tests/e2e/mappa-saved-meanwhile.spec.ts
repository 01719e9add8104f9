import { expect, test, type Page } from '@playwright/test'
import { addNominalToAgenda, CHAIR_HUW, scheduleMeeting } from './mappa-steps'
import { expectAccessible, signedInAs, withoutScript } from './support'

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
const alert = (page: Page) => page.getByRole('alert', { name: 'There is a problem' })

/** Fills what recording a nominal needs, with `risk` as its risk assessment. Input: a run page on the nominal. */
async function fillRecord(page: Page, risk: string) {
  await page.getByLabel('Risk assessment (victims and potential victims)').fill(risk)
  await page.getByLabel('Level decision').selectOption({ label: 'Continue at this level' })
  await page.getByLabel('Was disclosure considered?').selectOption({ label: 'No' })
  await page.getByLabel('Next review').fill(inDays(84))
}

// Walk 72 F4: two screens in the room record one nominal. Without the page's script, the screen that recorded second
// was refused and came back with the other screen's minutes in its form: its own typing was gone ("Reload the page …
// then try again" with nothing left to try). Both ways the typing now stays in the form, with what the other screen
// saved shown under each answer it differs in, and recording again asks before replacing it.
test('a recording refused because another screen saved the nominal first keeps what was typed, with and without the script', async ({ browser }) => {
  test.setTimeout(240_000)
  const screenA = await signedInAs(browser, 'mappa.chair@llwybr.test')
  // A level 2 nominal the other MAPPA journeys leave alone: they take the first, the last and the last but one.
  const rows = (await screenA.getByRole('table', { name: 'Nominals by next review' }).getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t'))
  const crn = rows.filter((cells) => cells[1]?.trim() === '2').at(-3)![0]!.match(/[A-Z]\d{6}/)![0]
  const meetingUrl = await scheduleMeeting(screenA, { level: 2, startsAt: `${inDays(-1)}T15:00`, venue: 'Newport Central Police Station', chair: CHAIR_HUW })
  await addNominalToAgenda(screenA, crn)
  await screenA.goto(`${meetingUrl}/run`)
  const statement = screenA.getByRole('button', { name: 'The statement has been read to the meeting' })
  await statement.click()
  await screenA.getByLabel('Yes, publish the agenda and record the statement').check()
  await statement.click()
  await expect(screenA.getByText(/Read to the meeting at/)).toBeVisible()

  // Screen B, without the script, shows the nominal; screen A records it first.
  const screenB = await withoutScript(browser, 'mappa.chair@llwybr.test')
  await screenB.goto(`${meetingUrl}/run`)
  // Two screens with the script draft the same nominal: the second's draft is refused showing the first's, its typing
  // kept, never "Reload the page", which lost it (break 74 F4).
  const laptop = await signedInAs(browser, 'mappa.chair@llwybr.test')
  await laptop.goto(`${meetingUrl}/run`)
  await screenA.getByLabel('Information shared by each agency').fill('Police: drafted on screen A.')
  await expect(screenA.getByText('Draft saved.')).toBeVisible()
  await laptop.getByLabel('Information shared by each agency').fill('Probation: typed on the laptop.')
  await expect(laptop.getByText(/^Another screen saved a draft of this nominal while you were typing/)).toBeVisible()
  await expect(laptop.getByText('Saved on the other screen: Police: drafted on screen A.')).toBeVisible()
  await expect(laptop.getByLabel('Information shared by each agency')).toHaveValue('Probation: typed on the laptop.')
  await laptop.close()
  await fillRecord(screenA, 'Recorded first, on screen A.')
  await screenA.getByRole('button', { name: 'Record this nominal' }).click()
  await expect(screenA.getByRole('status').filter({ hasText: 'Recorded for the minutes.' })).toBeVisible()

  await fillRecord(screenB, 'Typed on screen B, without the script.')
  await screenB.getByLabel('Contingency').fill('Recall if the curfew is breached.')
  await screenB.getByRole('button', { name: 'Record this nominal' }).click()
  // The page comes back at its top, which points down to the form; the form keeps B's typing beside A's minutes.
  await expect(screenB.getByText('Nothing was saved. The problems are marked in the form below.')).toBeVisible()
  await expect(alert(screenB)).toContainText(/Another screen recorded this nominal at \d{2}:\d{2} \(Huw Roberts\) while you were typing/)
  await expect(alert(screenB).getByRole('link', { name: 'Reload the page' })).toHaveCount(0)
  await expect(screenB.getByLabel('Risk assessment (victims and potential victims)')).toHaveValue('Typed on screen B, without the script.')
  await expect(screenB.getByLabel('Contingency')).toHaveValue('Recall if the curfew is breached.')
  await expect(screenB.getByText('Saved on the other screen: Recorded first, on screen A.')).toBeVisible()
  await expect(screenB.getByText('Saved on the other screen: (left blank)')).toBeVisible()
  // Recording B's minutes now replaces A's, asked first.
  await screenB.getByRole('button', { name: 'Record this nominal' }).click()
  await expect(alert(screenB)).toContainText('This nominal is already recorded at')
  await screenB.getByRole('button', { name: 'Replace its minutes' }).click()
  await expect(screenB.getByText('Recorded for the minutes.').first()).toBeVisible()
  // Reloading re-sends that post: it is kept once and said so, not taken for another screen's change (walk 72 F3).
  await screenB.reload()
  await expect(screenB.getByText('This had already been saved: it was sent twice and kept once.')).toBeVisible()
  await expect(alert(screenB)).toHaveCount(0)

  // Screen A, with the script, still shows its own recording: an edit there is refused the same way, and kept.
  await screenA.getByLabel('Contingency').fill('Edited on screen A after B replaced the minutes.')
  await screenA.getByRole('button', { name: 'Record this nominal' }).click()
  await expect(alert(screenA)).toContainText(/Another screen recorded this nominal at \d{2}:\d{2} \(Huw Roberts\) while you were typing/)
  await expect(screenA.getByText('Saved on the other screen: Recall if the curfew is breached.')).toBeVisible()
  await expect(screenA.getByLabel('Contingency')).toHaveValue('Edited on screen A after B replaced the minutes.')
  await expect(screenA.getByLabel('Risk assessment (victims and potential victims)')).toHaveValue('Recorded first, on screen A.')
  await expect(screenA.getByText('Saved on the other screen: Typed on screen B, without the script.')).toBeVisible()
  await expectAccessible(screenA)
  // Any link away asks first while that typing is saved nowhere (walk 74 F6: "See the draft minutes" left it unasked).
  const asked: string[] = []
  screenA.once('dialog', (dialog) => (asked.push(dialog.message()), void dialog.dismiss()))
  await screenA.getByRole('link', { name: 'See the draft minutes' }).click()
  await expect.poll(() => asked).toHaveLength(1)
  await expect(screenA).toHaveURL(/\/run/)
  await expect(screenA.getByLabel('Contingency')).toHaveValue('Edited on screen A after B replaced the minutes.')
  // Nothing of A's is saved: the minutes are B's.
  const check = await (await browser.newContext({ storageState: await screenA.context().storageState() })).newPage()
  await check.goto(`${meetingUrl}/run`)
  await expect(check.getByLabel('Contingency')).toHaveValue('Recall if the curfew is breached.')
})
