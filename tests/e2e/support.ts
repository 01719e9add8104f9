import AxeBuilder from '@axe-core/playwright'
import { expect, type Browser, type Locator, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'Llwybr-Demo-2026'

/** Signs in and makes sure the interface is in English, whatever language an earlier test left saved. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in')
  await page.getByLabel(/Email address|Cyfeiriad e-bost/).fill(email)
  await page.getByLabel(/^(Password|Cyfrinair)$/).fill(password)
  await page.getByRole('button', { name: /^(Sign in|Mewngofnodi)$/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Hello|Helo/)
  if ((await page.locator('html').getAttribute('lang')) === 'cy') await switchLanguage(page, 'English')
}

/** A page in a browser context of its own, signed in as `email` (in English): one per person of a journey. */
/** A browser without JavaScript holding the session `email` signed in with, in a browser that has it. */
export async function withoutScript(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const signedIn = await (await browser.newContext()).newPage()
  await signIn(signedIn, email, password)
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() })
  return context.newPage()
}

export async function signedInAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, email)
  return page
}

/** WCAG 2.2 AA: no serious or critical axe violation on the page as it stands. */
export async function expectAccessible(page: Page) {
  // Next streams a dynamic page's metadata after its body: wait for the title rather than race it.
  await expect(page).toHaveTitle(/\S/)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  // A message shown with its values dropped reads "({from} to {to})" (walk 27, D3: a wrapper passed the key but not
  // the values): no catalogue means a brace to be shown, so any left in the page's text is a missing value. Text in
  // <code> is exempt: the letters screen shows the templates' own placeholders ({name}) that way, on purpose.
  const text = await page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement
    copy.querySelectorAll('code, script, style, template, textarea').forEach((element) => element.remove())
    return copy.textContent ?? ''
  })
  expect(text.match(/\{[A-Za-z][A-Za-z0-9_]*\}/g) ?? []).toEqual([])
  // axe's heading-order rule allows a heading to rise a level, so an error summary's h2 inside an h3 section passes it.
  for (const summary of await page.locator('[role="alert"][aria-labelledby$="error-summary-title"]').all()) await expectSummaryWithinSection(summary)
}

/**
 * An error summary's title is a heading one level below the heading of the section it sits in, so a screen reader's
 * headings list keeps the section's next form under that section (walk 37 O8a). Input: the summary (role alert).
 * Output: its title's level and the preceding heading's, for a caller that wants them; throws when they do not nest.
 */
export async function expectSummaryWithinSection(summary: Locator): Promise<{ level: number; under: number }> {
  const levels = await summary.evaluate((box) => {
    const levelOf = (el: Element) => (/^H[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : null)
    const title = box.querySelector('h1, h2, h3, h4, h5, h6')
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT)
    walker.currentNode = box
    let under = 1
    for (let n = walker.previousNode(); n; n = walker.previousNode()) {
      const l = levelOf(n as Element)
      if (l !== null) { under = l; break }
    }
    return { level: title ? levelOf(title)! : 0, under }
  })
  expect(levels.level, 'error summary title level').toBe(Math.min(6, levels.under + 1))
  return levels
}

export async function switchLanguage(page: Page, to: 'Cymraeg' | 'English') {
  await page.getByRole('button', { name: new RegExp(to) }).first().click()
  await expect(page.locator('html')).toHaveAttribute('lang', to === 'Cymraeg' ? 'cy' : 'en')
}

/** Chooses which caseload the home page shows, through the filter form. */
export async function showCaseload(page: Page, view: string) {
  await page.getByLabel('Show').selectOption({ label: view })
  await page.getByRole('button', { name: 'Apply filters' }).click()
}

/** Opens a form that opens when asked for (a <details> disclosure, issue 15 item 10), unless it is open already. */
export async function openForm(scope: Page | Locator, summary: string) {
  const control = scope.locator('summary', { hasText: summary }).first()
  if (!(await control.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await control.click()
}

/**
 * A senior takes `name` (as the list shows it) off a Limited Access list in a record's "Limited access" region, saying
 * why (issue 17: coming off is audited with a reason, as going on is), and waits for the entry to go.
 */
export async function removeFromAccessList(lists: Locator, name: string, reason = 'No longer related to the person') {
  const row = lists.getByRole('row').filter({ hasText: name })
  await openForm(row, `Remove ${name} from this list`)
  await row.getByLabel('Why are they coming off the list?').fill(reason)
  await row.getByRole('button', { name: `Remove ${name}`, exact: true }).click()
  await expect(lists.getByRole('row').filter({ hasText: name })).toHaveCount(0)
  // The form went with its row: focus is on the message it handed to the page, not lost (walk 38 D1).
  await expect(lists.page().getByRole('status').filter({ hasText: 'Removed from the list' })).toBeFocused()
}

/**
 * A senior puts a member of staff on the exclusion list from a record's "Limited access" region (issue 17) and waits
 * for the entry. `staff` is the picker's label, "Name (email)".
 */
export async function excludeOnRecord(lists: Locator, staff: string, reason: string) {
  await openForm(lists, 'Add someone to a list')
  await lists.getByLabel('List', { exact: true }).selectOption('EXCLUSION')
  await lists.getByLabel('Member of staff').selectOption({ label: staff })
  await lists.getByLabel('Reason').fill(reason)
  await lists.getByRole('button', { name: 'Add to the list' }).click()
  await expect(lists.getByRole('table').filter({ hasText: staff.replace(/ \(.*\)$/, '') })).toContainText(reason)
}

/** An administrator sets a user's account status on their user page (a leaver disabled, or enabled again). */
export async function setUserStatus(browser: Browser, user: { email: string; name: string }, status: 'Active' | 'Disabled') {
  const admin = await (await browser.newContext()).newPage()
  await signIn(admin, 'admin@llwybr.test')
  await admin.goto(`/admin/users?q=${encodeURIComponent(user.email)}`)
  await admin.getByRole('table').getByRole('row').filter({ hasText: user.email }).getByRole('link').first().click()
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(user.name)
  // Hydrated first, so the form does not reset the choice (seen looping until the test's time ran out in CI).
  await admin.waitForLoadState('networkidle')
  const field = admin.getByLabel('Status', { exact: true })
  // Chosen again until it holds: a choice made while the form hydrates can be reset by it.
  await expect(async () => {
    await field.selectOption({ label: status })
    await expect(field).toHaveValue(status.toUpperCase(), { timeout: 1000 })
  }).toPass()
  await admin.getByRole('button', { name: 'Save changes' }).click()
  await expect(admin.getByRole('status')).toHaveText('Changes saved.')
  await admin.reload()
  await expect(admin.getByLabel('Status', { exact: true })).toHaveValue(status.toUpperCase())
  await admin.context().close()
}
