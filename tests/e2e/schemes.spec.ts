import fs from 'node:fs'
import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { expectAccessible, signIn, switchLanguage } from './support'

const scheme = 'Circles of Support and Accountability in North Wales'

test.describe('commissioned schemes (issue 14 item A)', () => {
  test('a COSA lead sees the scheme report for the PCC-funded circles, in English and Welsh', async ({ page }) => {
    await signIn(page, 'cosa.coordinator@llwybr.test')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schemes' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Commissioned schemes' })).toBeVisible()
    const list = page.getByRole('table', { name: 'Schemes you can see' })
    await expect(list.getByRole('row', { name: new RegExp(scheme) })).toContainText('North Wales Police and Crime Commissioner')
    await expect(list.getByRole('row', { name: new RegExp(scheme) })).toContainText('£75,000')
    await expectAccessible(page)

    await list.getByRole('link', { name: `Report for ${scheme}` }).click()
    await expect(page.getByRole('heading', { level: 1, name: `${scheme}: scheme report` })).toBeVisible()
    await expect(page.getByText(/The core members of CAIS .*'s circles/)).toBeVisible()
    // Issue 14 "Figures as at" (ADR 0018): the scheme report says when its figures were computed, as its downloads do.
    const asAt = page.getByTestId('figures-as-at')
    await expect(asAt).toHaveText(/^Figures as at \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}: computed from the records when you asked for them\.$/)
    const costs = page.getByRole('table', { name: 'Funding, people served and cost per participant, by funded period' })
    await expect(costs.getByRole('row')).toHaveCount(4) // header, two years, whole scheme
    await expect(costs.getByRole('row').nth(1)).toContainText('£30,000')
    // The seeded circle began this year: last year served nobody, shown as 0 and "No participants", not withheld (issue 14 item 1).
    await expect(costs.getByRole('row').nth(1).getByRole('cell')).toHaveText(['£30,000', '0', 'No participants'])
    await expect(costs.getByRole('row').nth(2)).toContainText('£45,000')
    await expect(costs.getByRole('row', { name: /Whole scheme/ })).toContainText('£75,000')
    const outcomes = page.getByRole('table', { name: "Outcomes of the scheme's participants" })
    await expect(outcomes.getByRole('rowheader', { name: 'Volunteer hours given (meetings, supervision, training)' })).toBeVisible()
    // One running circle: its people are withheld, never shown as 1 to 4, and so is the cost per participant.
    for (const text of await page.getByRole('cell').allInnerTexts()) expect(text).not.toMatch(/^[1-4]$/)
    // Withheld while the scheme serves 1 to 4 people; earlier specs of a full run may add circles, so 5 or more is shown.
    await expect(costs.getByRole('row', { name: /Whole scheme/ }).getByRole('cell').nth(1)).toHaveText(/^(\[c\].*|[5-9]|[1-9]\d+)$/)
    // Circles by status and questionnaires (issue 14 item 4). The seed has one running circle (withheld) and no
    // questionnaire; the COSA specs that run first in the full suite add circles, so only the shape is pinned here
    // (tests/integration/outcomes/cosa-scheme.int.test.ts pins the values): withheld (1 to 4) or a count of 5 or more.
    const circles = page.getByRole('table', { name: 'Circles the scheme paid for, by status today, and questionnaire results' })
    for (const name of ['All circles', 'Forming', 'Active', 'Ending', 'Closed', 'End-of-circle questionnaires']) await expect(circles.getByRole('rowheader', { name, exact: true })).toBeVisible()
    await expect(circles.getByRole('row', { name: /^All circles/ }).getByRole('cell')).toHaveText(/^(\[c\] withheld|[5-9]|[1-9]\d+)$/)
    // An average over 1 to 4 questionnaires is not shown (a rate's base under 10, read out as too few people); the
    // COSA specs that run first in the full suite return such questionnaires (clean-clone run 37 failed here).
    await expect(circles.getByRole('row', { name: /^Felt supported/ }).getByRole('cell')).toHaveText(/^(No questionnaires|\[c\] withheld|\[c\] not shown: too few people to be reliable|\d\.\d\d)$/)
    await expectAccessible(page)

    // The report downloads with the page's own figures: withheld stays withheld (issue 14 item 2).
    const csvDownload = page.waitForEvent('download')
    await page.getByRole('link', { name: `Download ${scheme}: scheme report as CSV` }).click()
    const csv = fs.readFileSync(await (await csvDownload).path(), 'utf8')
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF"Figures as at \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2} \(London time\)"$/)
    expect(csv).toContain('Table,Period,Measure,Figure\r\n')
    expect(csv).toMatch(/,Whole scheme,Amount,75000\r\n/)
    expect(csv).toMatch(/,Whole scheme,People served,(\[c\]|[5-9]|[1-9]\d+)\r\n/)
    expect(csv).toMatch(/,Cost per participant,No participants\r\n/)
    expect(csv).not.toMatch(/,[1-4]\r\n/)
    const xlsxDownload = page.waitForEvent('download')
    await page.getByRole('link', { name: `Download ${scheme}: scheme report as Spreadsheet (XLSX)` }).click()
    expect((await (await xlsxDownload).suggestedFilename())).toMatch(/^llwybr-scheme-[0-9a-f-]+\.xlsx$/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(await (await xlsxDownload).path())
    expect(book.worksheets[0]!.getRow(1).getCell(1).value).toMatch(/^Figures as at .* \(London time\)$/)

    await switchLanguage(page, 'Cymraeg')
    await expect(page.getByRole('heading', { level: 1, name: 'Cylchoedd Cefnogaeth ac Atebolrwydd yng Ngogledd Cymru: adroddiad y cynllun' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Cyllid, pobl a wasanaethwyd a chost fesul cyfranogwr, fesul cyfnod a ariannwyd' })).toContainText('£45,000')
    await expect(page.getByRole('table', { name: 'Cyllid, pobl a wasanaethwyd a chost fesul cyfranogwr, fesul cyfnod a ariannwyd' }).getByRole('row').nth(1)).toContainText('Dim cyfranogwyr')
    await expect(page.getByText('Comisiynydd Heddlu a Throseddu Gogledd Cymru (Comisiynydd Heddlu a Throseddu)')).toBeVisible()
    await expect(page.getByTestId('figures-as-at')).toHaveText(/^Ffigurau fel yr oeddent am .*: wedi’u cyfrifo o’r cofnodion pan ofynnoch amdanynt\.$/)
    const welshDownload = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Lawrlwytho Cylchoedd Cefnogaeth ac Atebolrwydd yng Ngogledd Cymru: adroddiad y cynllun fel CSV' }).click()
    const welshCsv = fs.readFileSync(await (await welshDownload).path(), 'utf8')
    expect(welshCsv).toContain('Dim cyfranogwyr')
    expect(welshCsv.split('\r\n')[0]).toMatch(/^\uFEFF"?Ffigurau fel yr oeddent am .* \(amser Llundain\)"?$/)
    expect(welshCsv).toContain('Pob cylch')
    await expectAccessible(page)
    await switchLanguage(page, 'English')
  })

  test('an administrator sets up a scheme with field messages first; case workers cannot reach schemes', async ({ page }) => {
    await signIn(page, 'admin@llwybr.test')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schemes' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Commissioned schemes' })).toBeVisible()
    const name = `Women's Pathfinder in Gwent ${Date.now()}`
    await page.getByLabel('Scheme name', { exact: true }).fill(name)
    await page.getByLabel('Kind of funder').selectOption({ label: 'Welsh Government' })
    await page.getByLabel("Funder's name", { exact: true }).fill('Welsh Government')
    await page.getByLabel("Funder's name in Welsh (optional)").fill('Llywodraeth Cymru')
    await page.getByLabel('Area').selectOption({ label: 'Gwent' })
    await page.getByLabel('What the scheme serves').selectOption({ label: 'COSA circles of a provider' })
    await page.getByLabel('Period 1: first day').fill('2026-04-01')
    await page.getByLabel('Period 1: last day').fill('2027-03-31')
    await page.getByLabel('Period 1: amount in pounds').fill('30k')
    await page.getByLabel('Period 2: first day').fill('2027-01-01')
    await page.getByRole('button', { name: 'Set up scheme' }).click()
    const problem = page.getByRole('alert', { name: 'There is a problem' })
    // Each line of the summary names its field and links to it (issue 14 item 1).
    await expect(problem.getByRole('link', { name: 'Period 1: amount in pounds: Enter an amount in pounds, like 30000 or 30000.50' })).toHaveAttribute('href', '#scheme-amount1')
    await expect(problem.getByRole('link', { name: /^Period 2: last day: Enter the first day, last day and amount of this period, or leave all three blank/ })).toBeVisible()
    await expect(problem.getByRole('link', { name: /^COSA provider \(for COSA circles\): Choose/ })).toBeVisible()
    await expectAccessible(page)

    await page.getByLabel('COSA provider (for COSA circles)').selectOption({ label: 'CAIS (Circles of Support and Accountability, North Wales)' })
    await page.getByLabel('Period 1: amount in pounds').fill('30000')
    await page.getByLabel('Period 2: first day').fill('')
    await page.getByRole('button', { name: 'Set up scheme' }).click()
    await expect(page.getByText('Scheme set up')).toBeVisible()
    await expect(page.getByRole('link', { name: `Change ${name}` })).toBeVisible()

    await page.context().clearCookies()
    await signIn(page, 'probation.officer@llwybr.test')
    expect((await page.goto('/schemes'))!.status()).toBe(404)
  })
})

test.describe('IOM cost of crime (issue 14 item B)', () => {
  test('an administrator updates a unit cost of crime, with a field message first, in English and Welsh', async ({ page }) => {
    await signIn(page, 'admin@llwybr.test')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Costs of crime' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Unit costs of crime' })).toBeVisible()
    const costs = page.getByRole('table', { name: 'Unit cost of one offence, by category' })
    await expect(costs.getByRole('row', { name: /^Violence/ })).toContainText('£14,050')
    await expect(costs.getByRole('row', { name: /^Violence/ })).toContainText('Table 1: violence with injury')
    await expect(costs.getByRole('row', { name: /^Drugs/ })).toContainText('Not costed')
    await expectAccessible(page)

    const drugs = costs.getByRole('row', { name: /^Drugs/ })
    await drugs.getByText('Change the cost of Drugs offences').click()
    await drugs.getByLabel('Cost of one Drugs offence, in pounds').fill('2,500')
    await drugs.getByLabel('Price year').fill('24/25')
    await drugs.getByLabel('Source (publication and table)').fill('Local estimate for the IOM board, 2024/25 prices')
    await drugs.getByRole('button', { name: 'Save the cost of Drugs offences' }).click()
    await expect(drugs.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a price year like 2015/16 or 2024')
    await expectAccessible(page)
    await drugs.getByLabel('Price year').fill('2024/25')
    await drugs.getByRole('button', { name: 'Save the cost of Drugs offences' }).click()
    await expect(costs.getByRole('row', { name: /^Drugs/ })).toContainText('£2,500')
    await expect(costs.getByRole('row', { name: /^Drugs/ })).toContainText('Local estimate for the IOM board')
    // The same values saved again are nothing to save, and it says so (break 56 F6: "saved", and a new version).
    const save = drugs.getByRole('button', { name: 'Save the cost of Drugs offences' })
    if (!(await save.isVisible())) await drugs.getByText('Change the cost of Drugs offences').click()
    await save.click()
    await expect(drugs.getByRole('alert', { name: 'There is a problem' })).toContainText('Nothing has changed')

    await switchLanguage(page, 'Cymraeg')
    await expect(page.getByRole('heading', { level: 1, name: 'Costau uned troseddu' })).toBeVisible()
    // The published sources are held in Welsh too (issue 14 item 1).
    await expect(page.getByRole('row', { name: /^Trais/ }).first()).toContainText('Tabl 1: trais ag anaf (£14,050)')
    await expectAccessible(page)
    await switchLanguage(page, 'English')
  })

  test('a strategic manager reads IOM reoffending and cost of crime by cohort and strand, and downloads it', async ({ page }) => {
    await signIn(page, 'manager@llwybr.test')
    await page.goto('/outcomes')
    const section = page.getByRole('region', { name: 'IOM: reoffending and cost of crime by cohort and strand' })
    const table = section.getByRole('table', { name: 'IOM members by cohort and strand: reoffending and cost of crime' })
    await expect(table.getByRole('columnheader', { name: 'Cost of crime per member, 12 months before' })).toBeVisible()
    await expect(table.getByRole('rowheader', { name: 'All cohorts', exact: true })).toBeVisible()
    for (const text of await table.getByRole('cell').allInnerTexts()) expect(text).not.toMatch(/^[1-4]$/)
    await expectAccessible(page)
    const download = page.waitForEvent('download')
    await section.getByRole('link', { name: /Download IOM: reoffending and cost of crime by cohort and strand as CSV/ }).click()
    const csv = fs.readFileSync(await (await download).path(), 'utf8')
    expect(csv).toContain('Strand,Cohort,Members selected')
  })
})
