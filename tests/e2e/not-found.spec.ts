import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, signIn, withoutScript } from './support'

// Issue 16 walk-through item 4: a 404 inside the app had two `main` landmarks (the layout's and the page's own).
async function expectOneMain(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('main')).toContainText('Page not found')
  const landmarks = await new AxeBuilder({ page }).withRules(['landmark-no-duplicate-main', 'landmark-one-main', 'landmark-unique', 'landmark-main-is-top-level']).analyze()
  expect(landmarks.violations.map((v) => v.id)).toEqual([])
  await expectAccessible(page)
}

test('a 404 has one main landmark, signed out and signed in, for an unknown address and a record not found', async ({ page }) => {
  // Signed out, only the sign-in pages pass the proxy: an unknown address under them is a 404.
  expect((await page.goto('/sign-in/no-such-page'))!.status()).toBe(404)
  await expectOneMain(page)

  await signIn(page, 'mappa.chair@llwybr.test')
  expect((await page.goto('/no-such-page'))!.status()).toBe(404)
  await expectOneMain(page)
  // Named as the page it is (walk 62 F6: only "Llwybr").
  await expect(page).toHaveTitle('Page not found – Llwybr')
  // A page of the app that finds nothing (an unknown meeting) is drawn inside the app's layout.
  expect((await page.goto('/mappa/meetings/00000000-0000-4000-8000-000000000000/run'))!.status()).toBe(404)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expectOneMain(page)
})

// Walk 60 F6: without the script, a page that finds nothing was blank (Next 16 sends its not-found markup only in the
// script payload); the server in front sends the app's not-found page instead, still a 404, inside the app's layout.
test('without the script, a record not found shows the not-found page in the app’s layout', async ({ browser }) => {
  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  for (const address of ['/offenders/00000000-0000-4000-8000-000000000000', '/mappa/meetings/00000000-0000-4000-8000-000000000000']) {
    expect((await page.goto(address))!.status()).toBe(404)
    await expect(page).toHaveURL(address)
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    // axe needs the page's script; the first test checks the same page with it.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.getByRole('main')).toHaveCount(1)
  }
})
