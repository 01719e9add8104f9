import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fillingBlankNotFound, isBlankNotFound, notFoundPageFrom, refusalSetBy } from './blank-not-found'
import { handedRefusal, HANDED_REFUSAL_HEADER } from './handed-refusal'

// Walk 60 F6: a page that calls notFound() is sent by Next 16 in production as an empty shell (the markup only in the
// script payload), blank without JavaScript. The server in front sends the app's not-found page instead. Behind it
// stands a stand-in for Next answering as Next does: status and headers set, the body written in pieces.
const BLANK = ['<!DOCTYPE html><html id="__next_error__"><head></head>', '<body><div hidden></div><script>payload</script></body></html>']
const REFUSED = 'llwybr-refused-0b8e7c52-6a53-4c8e-9f0e-2a1c5d3e4f60'
let server: http.Server
let base: string

function standInForNext(req: http.IncomingMessage, res: http.ServerResponse) {
  const path = req.url ?? '/'
  if (path === '/missing') {
    // Without a session the app sends the visitor to sign-in.
    if (!req.headers.cookie) return res.writeHead(307, { location: '/sign-in' }).end()
    res.setHeader('content-security-policy', "script-src 'nonce-page'")
    const handed = handedRefusal(req.headers[HANDED_REFUSAL_HEADER])
    const refusal = handed && 'text' in handed ? handed.text : null
    return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html lang="${req.headers['accept-language']}"><h1>Page not found</h1> for ${req.headers.cookie}${refusal ? `: ${refusal}` : ''}</html>`)
  }
  res.statusCode = path === '/fine' ? 200 : 404
  res.setHeader('content-type', path === '/plain' ? 'text/plain' : 'text/html; charset=utf-8')
  res.setHeader('content-security-policy', "script-src 'nonce-blank'")
  // A stale form posted without the script: the refusal for its page, which is not found since.
  res.setHeader('set-cookie', req.method === 'POST' ? ['seen=1', `${REFUSED}=This%20referral%20was%20already%20decided.; Path=/; Max-Age=0`] : 'seen=1')
  if (path === '/real-404') return res.end('<html><h1>Page not found</h1></html>')
  // A browser asks for it compressed, and Next compresses it.
  if (path === '/gzipped') {
    res.setHeader('content-encoding', 'gzip')
    return res.end(zlib.gzipSync(BLANK.join('')))
  }
  // As Next does: the head flushed before each piece while it has not gone out.
  res.flushHeaders()
  res.write(BLANK[0])
  setTimeout(() => {
    if (!res.headersSent) res.flushHeaders()
    res.end(BLANK[1])
  }, 10)
}

beforeAll(async () => {
  server = http.createServer((req, res) => fillingBlankNotFound(standInForNext, notFoundPageFrom((server.address() as AddressInfo).port))(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (path: string, headers: Record<string, string> = { cookie: 'session=abc', 'accept-language': 'cy' }) => fetch(`${base}${path}`, { headers, redirect: 'manual' })

describe('a blank not-found shell', () => {
  it('is recognised only as a 404 HTML page whose html is Next’s error shell', () => {
    const blank = Buffer.from(BLANK.join(''))
    expect(isBlankNotFound(404, 'text/html; charset=utf-8', blank)).toBe(true)
    expect(isBlankNotFound(500, 'text/html; charset=utf-8', blank)).toBe(false)
    expect(isBlankNotFound(404, 'text/plain', blank)).toBe(false)
    expect(isBlankNotFound(404, 'text/html', Buffer.from('<html lang="en"><h1>Page not found</h1></html>'))).toBe(false)
  })

  it('is replaced by the app’s not-found page, asked for as the same visitor, as a 404 with that page’s own headers', async () => {
    const answer = await get('/offenders/unknown')
    expect(answer.status).toBe(404)
    expect(await answer.text()).toBe('<html lang="cy"><h1>Page not found</h1> for session=abc</html>')
    // The page's scripts carry its own nonce; the cookie the blank answer set is kept.
    expect(answer.headers.get('content-security-policy')).toBe("script-src 'nonce-page'")
    expect(answer.headers.get('set-cookie')).toBe('seen=1')
    const compressed = await get('/gzipped')
    expect([compressed.status, compressed.headers.get('content-encoding'), await compressed.text()]).toEqual([404, null, '<html lang="cy"><h1>Page not found</h1> for session=abc</html>'])
  })

  it('is replaced too in answer to a form posted without the page’s script, which says the refusal set for it (walk 61 F3)', async () => {
    const posted = await fetch(`${base}/mappa/referrals/returned`, { method: 'POST', headers: { cookie: 'session=abc', 'accept-language': 'en' }, body: 'reason=x' })
    expect([posted.status, await posted.text()]).toEqual([404, '<html lang="en"><h1>Page not found</h1> for session=abc: This referral was already decided.</html>'])
  })

  it('hands over only a refusal cookie of its own form, and a header a visitor sends names nothing', async () => {
    expect(refusalSetBy(['seen=1', `${REFUSED}=Two%20words; Path=/`])).toBe('Two words')
    expect(refusalSetBy('llwybr-refused-x=Planted')).toBeNull()
    expect(refusalSetBy(undefined)).toBeNull()
    const forged = await get('/missing', { cookie: 'session=abc', 'accept-language': 'en', [HANDED_REFUSAL_HEADER]: '0b8e7c52-6a53-4c8e-9f0e-2a1c5d3e4f60' })
    expect(await forged.text()).toBe('<html lang="en"><h1>Page not found</h1> for session=abc</html>')
  })

  it('goes out as it was when the page cannot be had (no session), and to the router’s own requests', async () => {
    expect(await (await get('/offenders/unknown', {})).text()).toBe(BLANK.join(''))
    expect(await (await get('/offenders/unknown', { cookie: 'session=abc', rsc: '1' })).text()).toBe(BLANK.join(''))
  })

  it('leaves every other answer as it is', async () => {
    const real = await get('/real-404')
    expect([real.status, await real.text()]).toEqual([404, '<html><h1>Page not found</h1></html>'])
    const fine = await get('/fine')
    expect([fine.status, await fine.text(), fine.headers.get('content-security-policy')]).toEqual([200, BLANK.join(''), "script-src 'nonce-blank'"])
    expect(await (await get('/plain')).text()).toBe(BLANK.join(''))
    // A server action called by the page's script is the router's own request: its answer is left as it is.
    const called = await fetch(`${base}/offenders/unknown`, { method: 'POST', headers: { cookie: 'session=abc', 'next-action': 'abc' } })
    expect(await called.text()).toBe(BLANK.join(''))
  })

  it('answers 404 to a visitor who asks for the not-found page itself', async () => {
    expect((await get('/missing')).status).toBe(404)
  })
})
