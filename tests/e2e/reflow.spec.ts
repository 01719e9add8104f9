import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage } from './support'

/**
 * Reflow (WCAG 1.4.10) on a phone: at 375 px no page scrolls sideways; a wide table scrolls in its own box and a list
 * of facts stacks its labels over their values. Walk 37 found /iom 853 px wide, a record's sentences 591 px, its
 * pathways 551, its audit 416, a COSA volunteer's page 492 (in Welsh) and a circle's 394.
 */
async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const over = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  await expect.poll(over, { message: `${path} scrolls sideways at 375 px` }).toBe(0)
}

/** The first link in the page's main content whose address starts with `prefix` and names a record by its id. */
async function firstRecordLink(page: Page, prefix: string): Promise<string> {
  const hrefs = await page.getByRole('main').locator(`a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  const href = hrefs.map((h) => h.match(new RegExp(`^${prefix}[0-9a-f-]{36}`))?.[0]).find(Boolean)
  expect(href, `a link to ${prefix}…`).toBeTruthy()
  return href!
}

test('at 375 px the pages of each role reflow: tables scroll in their own box, facts stack', async ({ browser }) => {
  test.setTimeout(180_000)
  // Each role in a browser context of its own, at the phone's width.
  const as = async (email: string) => {
    const page = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage()
    await signIn(page, email)
    return page
  }
  let page = await as('probation.officer@llwybr.test')
  const record = await firstRecordLink(page, '/offenders/')
  for (const path of ['/', '/iom', '/diary', record, `${record}/sentences`, `${record}/pathways`, `${record}/audit`, `${record}/details`]) await expectNoSidewaysScroll(page, path)
  // A wide table is still reachable by keyboard, named by what it shows.
  await page.goto(`${record}/sentences`)
  await expectAccessible(page)

  page = await as('cosa.coordinator@llwybr.test')
  await page.goto('/cosa')
  const volunteer = await firstRecordLink(page, '/cosa/volunteers/')
  const circle = await firstRecordLink(page, '/cosa/circles/')
  await switchLanguage(page, 'Cymraeg')
  for (const path of [volunteer, circle]) await expectNoSidewaysScroll(page, path)
  await expectAccessible(page)
  await switchLanguage(page, 'English')

  page = await as('admin@llwybr.test')
  for (const path of ['/admin/users', '/admin/audit', '/admin/jobs']) await expectNoSidewaysScroll(page, path)
})
