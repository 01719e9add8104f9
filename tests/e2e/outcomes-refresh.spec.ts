import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { expect, test } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { pageText } from '../support/pdf-text'
import { expectAccessible, signIn, switchLanguage } from './support'

// The nightly refresh run by an administrator and the time it gives every view (issue 14); after the other outcome journeys, whose figures it stores.
test.describe('outcome figures made by the refresh', () => {
  test('says when its figures were made: after an administrator runs the refresh, the dashboard, every table, downloads and the board pack give that time, in English and Welsh (issue 14)', async ({ page }) => {
    test.slow()
    await signIn(page, 'admin@llwybr.test')
    await page.goto('/admin/jobs')
    const row = page.getByRole('table', { name: 'Scheduled jobs, with their last and next run' }).getByRole('row', { name: /Precompute the outcome dashboard figures/ })
    await row.getByRole('button', { name: 'Run “Precompute the outcome dashboard figures” now' }).click()
    await expect(row.getByText('The job is in its queue and will run within a few seconds.')).toBeVisible()
    // Wait for this run, not an earlier one: "Completed" alone can be last night's run while this one is still
    // writing the sets (the dashboard then showed one set and the CSV the next). The page marks a run waiting or
    // running (`pending-<job>`), and "Run now" is refused while one is, so this run is the only one: once no run is
    // pending, this one has finished, and only then is its state read.
    await expect(async () => {
      await page.reload()
      await expect(page.getByTestId('pending-outcome-figures-refresh')).toHaveCount(0)
      await expect(row.getByRole('cell', { name: 'Completed', exact: true })).toBeVisible()
    }).toPass()

    await page.context().clearCookies()
    await signIn(page, 'manager@llwybr.test')
    await page.goto('/outcomes')
    // The default view is one the refresh stores: its time, and the nightly note; not late.
    const asAt = page.getByTestId('figures-as-at')
    await expect(asAt).toHaveText(/^Figures as at \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\. They are recomputed every night/)
    const time = (await asAt.textContent())!.match(/^Figures as at (.*?)\. /)![1]!
    await expect(page.getByTestId('figures-late')).toHaveCount(0)
    // A stored set holds its pathway table too: as at the same time.
    await expect(page.getByTestId('pathways-as-at')).toHaveText(`Figures as at ${time}`)
    // Every table says it: the nine indicators, IOM costs and the pathways.
    await expect(page.getByText(`Figures as at ${time}`, { exact: true })).toHaveCount(11)
    await expectAccessible(page)

    const section = page.getByRole('region', { name: 'Attendance at appointments' })
    const csvDownload = page.waitForEvent('download')
    await section.getByRole('link', { name: 'Download Attendance at appointments as CSV' }).click()
    const csv = fs.readFileSync(await (await csvDownload).path(), 'utf8')
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF"Figures as at ${time} (London time)"`)
    const xlsxDownload = page.waitForEvent('download')
    await section.getByRole('link', { name: 'Download Attendance at appointments as Spreadsheet (XLSX)' }).click()
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(fs.readFileSync(await (await xlsxDownload).path()) as never)
    expect(book.worksheets[0]!.getRow(1).getCell(1).value).toBe(`Figures as at ${time} (London time)`)
    const pack = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Board pack (PDF, Welsh and English)' }).click()
    const text = (await PDFDocument.load(fs.readFileSync(await (await pack).path()))).getPages().flatMap(pageText).join('\n')
    expect(text).toContain(`Figures as at ${time} (London time)`)
    expect(text).toMatch(/Ffigurau fel yr oeddent am .* \(amser Llundain\)/)
    // The Welsh half is in Welsh, its marking too (it was English for an English reader: getTranslations({ locale }) ignored).
    expect(text).toContain('SWYDDOGOL')
    // The IOM section, in each language (issue 14 "IOM"), with its unit costs' source and price year.
    expect(text).toContain('IOM: reoffending and cost of crime by cohort and strand')
    expect(text).toContain('IOM: aildroseddu a chost troseddu fesul carfan a llinyn')
    expect(text).toContain('2015/16')

    // Straight after the downloads: the language switch's server action posts to the dashboard, not a file's address.
    await switchLanguage(page, 'Cymraeg')
    await expect(page.getByTestId('figures-as-at')).toHaveText(/^Ffigurau fel yr oeddent am /)
    await expect(page.getByRole('region', { name: 'Aildroseddu profedig' }).getByText(/^Ffigurau fel yr oeddent am /)).toBeVisible()
    await expectAccessible(page)

    // A view no stored set holds (by ethnicity; ADR 0026): read from the facts the same run stored, so said to be as at
    // that run with the nightly note, not computed when asked for.
    await page.goto('/outcomes?by=ethnicity')
    await expect(page.getByTestId('figures-as-at')).toHaveText(/^Ffigurau fel yr oeddent am .*\. Cânt eu hailgyfrifo bob nos/)
    await expect(page.getByTestId('figures-late')).toHaveCount(0)
    await expect(page.getByTestId('pathways-as-at')).toHaveText(/^Caiff y tabl hwn ei gyfrifo o’r cofnodion pan ofynnwch amdano, nid adeg yr adnewyddiad nosweithiol/)
    await switchLanguage(page, 'English')
    await expect(page.getByTestId('figures-as-at')).toHaveText(/^Figures as at \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\. They are recomputed every night/)
    // Its pathway table is not in the refresh (ADR 0026): computed on request, and it says so, not "as at" the refresh.
    await expect(page.getByTestId('pathways-as-at')).toHaveText(/^This table is computed from the records when you ask for it, not at the nightly refresh: figures as at \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\.$/)
    await expectAccessible(page)
  })
})
