import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { readableAuthResponse, refusedAuthRequest } from './auth-route-guard'

const at = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) => new NextRequest(`http://localhost:3000${path}`, init)
const json = (body: string) => at('/api/auth/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })

describe('refusedAuthRequest', () => {
  it('refuses a JSON body that does not parse, on any auth route (re-break 52b F2)', async () => {
    for (const body of ['[', '{', '{"a":', '\u0000', '']) expect((await refusedAuthRequest(json(body)))?.status, body).toBe(400)
  })

  it('lets next-auth have well-formed bodies, forms and reads, and leaves the body for it to read', async () => {
    const request = json('{"csrfToken":"x"}')
    expect(await refusedAuthRequest(request)).toBeNull()
    expect(await request.json()).toEqual({ csrfToken: 'x' })
    expect(await refusedAuthRequest(at('/api/auth/callback/credentials', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'email=a' }))).toBeNull()
    expect(await refusedAuthRequest(at('/api/auth/csrf'))).toBeNull()
  })

  it('refuses a callback address it cannot read and clears such a cookie (re-break 52 F3)', async () => {
    expect((await refusedAuthRequest(at('/api/auth/signin?callbackUrl=http%3A%2F%2F%5B')))?.status).toBe(400)
    const planted = await refusedAuthRequest(at('/api/auth/csrf', { headers: { Cookie: 'next-auth.callback-url=http://x:99999/' } }))
    expect(planted?.status).toBe(400)
    expect(planted?.headers.get('set-cookie')).toContain('next-auth.callback-url=;')
  })

  it('refuses an error page code that is not a word, which next-auth wrote into its redirect as it was (break 54 F10)', async () => {
    for (const code of ['%00', '%01', '%7f', '%ff', '%E2%80%AE', '%0d%0aSet-Cookie:x', '%C3%A9', 'Access%20Denied']) expect((await refusedAuthRequest(at(`/api/auth/error?error=${code}`)))?.status, code).toBe(400)
    // Nor a second code, or one in the path, which next-auth reads too (re-break 54 F1).
    for (const path of ['/api/auth/error?error=AccessDenied&error=%00', '/api/auth/error?error=A&error=%E2%80%AE', '/api/auth/error/%00', '/api/auth/error/%0D%0ASet-Cookie:%20x=1', '/api/auth/error/AccessDenied', '/api/auth/error?error=A&error=x%26callbackUrl%3Dhttp%3A%2F%2Fevil.example']) {
      expect((await refusedAuthRequest(at(path)))?.status, path).toBe(400)
    }
    for (const path of ['/api/auth/error?error=AccessDenied', '/api/auth/error?error=Configuration', '/api/auth/error', '/api/auth/errors-are-not-this', '/api/auth/session']) expect(await refusedAuthRequest(at(path)), path).toBeNull()
  })
})

describe('readableAuthResponse', () => {
  it('words a refusal next-auth wrote as "[object Object]" and leaves every other answer alone', async () => {
    const worded = await readableAuthResponse(new Response({} as unknown as string, { status: 400 }))
    expect(await worded.text()).toBe('Bad request')
    expect(await (await readableAuthResponse(new Response('no', { status: 400 }))).text()).toBe('no')
    // Its own English refusals, and the 500 for a callback it does not support (re-break 53 F1).
    expect(await (await readableAuthResponse(new Response('Error: This action with HTTP GET is not supported by NextAuth.js', { status: 400 }))).text()).toBe('Bad request')
    const unsupported = await readableAuthResponse(new Response('Error: Callback for provider type credentials not supported', { status: 500 }))
    expect([unsupported.status, await unsupported.text()]).toEqual([400, 'Bad request'])
    expect((await readableAuthResponse(new Response('Internal Server Error', { status: 500 }))).status).toBe(500)
    expect((await readableAuthResponse(new Response('{}', { status: 200 }))).status).toBe(200)
  })
})
