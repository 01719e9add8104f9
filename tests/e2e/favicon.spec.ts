import { expect, test } from '@playwright/test'
import { signIn } from './support'

// Issue 12: every page asked for /favicon.ico and got 404.
test('the app has its own icon, and no page request fails for it, signed out or in', async ({ page, request }) => {
  for (const [path, type] of [['/favicon.ico', /image\//], ['/icon.svg', /image\/svg\+xml/]] as const) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toMatch(type)
  }
  const failed: string[] = []
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`)
  })
  await page.goto('/sign-in')
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /icon|favicon/)
  await signIn(page, 'probation.officer@llwybr.test')
  await page.waitForLoadState('networkidle')
  expect(failed).toEqual([])
})
