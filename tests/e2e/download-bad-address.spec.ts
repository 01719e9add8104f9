import { expect, test } from '@playwright/test'
import { signIn, switchLanguage } from './support'

// Walk 46: a hand-typed bad breakdown in an outcomes download's address gave a blank page. Every download answers a
// bad address with a short message in the reader's language naming the bad choice by its label.
test('outcome, board pack and scheme downloads with a bad address answer 400 naming the choice, in the reader’s language', async ({ page }) => {
  await signIn(page, 'manager@llwybr.test')
  const table = await page.request.get('/outcomes/export?table=reoffending&format=csv&by=nonsense')
  expect(table.status()).toBe(400)
  expect(table.headers()['content-type']).toContain('text/plain')
  const text = await table.text()
  expect(text).toContain('The table could not be downloaded')
  expect(text).toContain('Break down by:')
  const pack = await page.request.get('/outcomes/board-pack?from=2026-Q9')
  expect(pack.status()).toBe(400)
  expect(await pack.text()).toContain('From quarter:')
  // The file format and the table are named by their labels too, not by the address's keys (break 48 F1).
  expect(await (await page.request.get('/outcomes/export?table=reoffending&format=pdf')).text()).toContain('File format:')
  expect(await (await page.request.get('/outcomes/export?table=nonsense&format=csv')).text()).toContain('Table:')
  await switchLanguage(page, 'Cymraeg')
  const welsh = await (await page.request.get('/outcomes/export?table=reoffending&format=csv&by=nonsense')).text()
  expect(welsh).toContain('Nid oedd modd lawrlwytho’r tabl')
  expect(await (await page.request.get('/outcomes/export?table=reoffending&format=pdf')).text()).toContain('Fformat y ffeil:')
  expect((await page.request.get('/outcomes/export?table=reoffending&format=csv&by=none')).status()).toBe(200)
})

test('a scheme report download with a bad format answers 400 saying where to choose it', async ({ page }) => {
  await signIn(page, 'cosa.coordinator@llwybr.test')
  await page.goto('/schemes')
  await page.getByRole('table', { name: 'Schemes you can see' }).getByRole('link', { name: /^Report for / }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('scheme report')
  const bad = await page.request.get(`${new URL(page.url()).pathname}/export?format=pdf`)
  expect(bad.status()).toBe(400)
  const text = await bad.text()
  expect(text).toContain('The report could not be downloaded')
  expect(text).toContain('File format:')
})

// Issue 16 MAPPA fix item 4: a bad filter in the tracker export's address answers a short message naming it.
test('the action tracker export with a bad filter answers 400 naming the filter, in the reader’s language', async ({ page }) => {
  await signIn(page, 'mappa.chair@llwybr.test')
  const bad = await page.request.get('/mappa/actions/export?dueWithin=-1')
  expect(bad.status()).toBe(400)
  expect(bad.headers()['content-type']).toContain('text/plain')
  const text = await bad.text()
  expect(text).toContain('The actions could not be exported')
  expect(text).toContain('Due within (days):')
  await switchLanguage(page, 'Cymraeg')
  expect(await (await page.request.get('/mappa/actions/export?dueWithin=-1')).text()).toContain('Nid oedd modd allforio')
  expect((await page.request.get('/mappa/actions/export?dueWithin=7')).status()).toBe(200)
})
