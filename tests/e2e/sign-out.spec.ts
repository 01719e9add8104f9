import { expect, test, type Browser, type BrowserContext } from '@playwright/test'
import { signIn, withoutScript } from './support'

/** The session cookies a context holds now, to be offered again after sign-out, as someone at the same keyboard would. */
const sessionOf = async (context: BrowserContext) => (await context.cookies()).filter((c) => c.name.includes('session-token'))

async function refusedAfter(browser: Browser, cookies: Awaited<ReturnType<typeof sessionOf>>) {
  const replay = await browser.newContext()
  await replay.addCookies(cookies)
  const page = await replay.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in/)
  await replay.close()
}

// Break 72 F3: without the page's script "Sign out" sent nothing and the session stayed usable for its 10 hours.
test('signs out without the script: the page goes to sign-in and the old session is refused', async ({ browser }) => {
  const page = await withoutScript(browser, 'partner@llwybr.test')
  await page.goto('/')
  const held = await sessionOf(page.context())
  expect(held).toHaveLength(1)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible()
  expect(await sessionOf(page.context())).toEqual([])
  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in/)
  await refusedAfter(browser, held)
})

test('signs out with the script too, and the old session is refused', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, 'partner@llwybr.test')
  const held = await sessionOf(page.context())
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in$/)
  await refusedAfter(browser, held)
})
