import { expect, test } from '@playwright/test'
import { signIn, switchLanguage } from './support'

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
