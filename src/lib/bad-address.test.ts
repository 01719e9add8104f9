import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isHeadServed, isPageMethodServed, isUnreadablePath, refusingUnreadableAddresses } from './bad-address'

describe('an address whose path cannot be read (re-break 52 F2)', () => {
  it('is told apart from every readable one', () => {
    for (const url of ['/offenders/%ff', '/offenders/%E0%A4%A', '/mappa/meetings/%ZZ', '/cosa/circles/a%', '/x%?q=1']) expect(isUnreadablePath(url), url).toBe(true)
    for (const url of ['/', '/offenders/0b6f7a5e-1c1f-4f0b-9a53-9d5c2d1e7a11', '/search?q=%ff', '/caf%C3%A9', '/Sia%CC%82n', undefined]) expect(isUnreadablePath(url), String(url)).toBe(false)
  })
})

// Break 53 F1: TRACE answered 500 on every route. Node's own parser refuses methods it does not know; the ones it knows
// and Llwybr does not serve are 405 in front of Next.
describe('a method Llwybr does not serve', () => {
  it('is answered 405 with the methods served; every served one reaches the handler', async () => {
    const server = http.createServer(refusingUnreadableAddresses((_req, res) => res.writeHead(200).end('next')))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    const send = (method: string) =>
      new Promise<{ status: number; allow?: string }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method, path: '/' }, (r) => {
          r.resume()
          resolve({ status: r.statusCode ?? 0, allow: r.headers.allow })
        })
        req.on('error', reject)
        req.end()
      })
    try {
      for (const method of ['TRACE', 'PROPFIND', 'MKCOL', 'LOCK', 'PURGE']) expect(await send(method), method).toEqual({ status: 405, allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' })
      for (const method of ['GET', 'POST']) expect((await send(method)).status, method).toBe(200)
      // A page answered PUT, PATCH and DELETE with itself, audited as a view (re-break 53 F8).
      for (const method of ['PUT', 'PATCH', 'DELETE']) expect(await send(method), method).toEqual({ status: 405, allow: 'GET, POST' })
      // HEAD would run a page or download and audit it (break 53 F8, re-break 53 F4): only health and static files.
      expect(await send('HEAD')).toEqual({ status: 405, allow: 'GET, POST' })
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})

describe('HEAD', () => {
  it('is served for the health check and static files only', () => {
    for (const url of ['/api/health', '/api/health?x=1', '/_next/static/chunks/a.js', '/favicon.ico', '/icon.svg']) expect(isHeadServed(url), url).toBe(true)
    for (const url of ['/', '/offenders/0b6f7a5e-1c1f-4f0b-9a53-9d5c2d1e7a11', '/api/documents/x', '/sign-in', '/api/healthz', undefined]) expect(isHeadServed(url), String(url)).toBe(false)
  })
})

describe('PUT, PATCH and DELETE', () => {
  it('reach route handlers only', () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect(isPageMethodServed(method, '/api/auth/session'), method).toBe(true)
      expect(isPageMethodServed(method, '/offenders/0b6f7a5e-1c1f-4f0b-9a53-9d5c2d1e7a11/details'), method).toBe(false)
    }
    expect(isPageMethodServed('PUT', '/api/../offenders/x/details')).toBe(false)
    expect(isPageMethodServed('HEAD', '/api/health/../../offenders')).toBe(false)
    expect(isPageMethodServed('GET', '/offenders')).toBe(true)
    expect(isPageMethodServed('POST', '/offenders/new')).toBe(true)
  })
})

/** Runs `handler` behind the front server's rules on a free port, for the requests `use` sends. */
async function behindTheRules(handler: http.RequestListener, check: (send: (method: string, path: string) => Promise<{ status: number; allow?: string; location?: string }>) => Promise<void>) {
  const server = http.createServer(refusingUnreadableAddresses(handler))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const send = (method: string, path: string) =>
    new Promise<{ status: number; allow?: string; location?: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path, headers: { host: `localhost:${port}` } }, (r) => {
        r.resume()
        resolve({ status: r.statusCode ?? 0, ...(r.headers.allow ? { allow: r.headers.allow } : {}), ...(r.headers.location ? { location: r.headers.location } : {}) })
      })
      req.on('error', reject)
      req.end()
    })
  try {
    await check(send)
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

// Break 54: what still reached Next and answered 500, or led to another site.
describe('the front server (break 54)', () => {
  it('answers a target that is no path here 400: another host (F11), and `*` (F12)', async () => {
    await behindTheRules((_req, res) => res.writeHead(308, { Location: 'http://evil.example/offenders' }).end(), async (send) => {
      expect(await send('GET', 'http://evil.example/offenders')).toEqual({ status: 400 })
      expect(await send('OPTIONS', '*')).toEqual({ status: 400 })
    })
  })

  it('answers OPTIONS on a page with the methods it takes, not an empty 400 from Next (re-break 54); route handlers answer their own', async () => {
    await behindTheRules((_req, res) => res.writeHead(200).end('next'), async (send) => {
      for (const path of ['/', '/offenders/abc', '/sign-in?x=1']) expect(await send('OPTIONS', path), path).toEqual({ status: 204, allow: 'GET, POST' })
      expect(await send('OPTIONS', '/api/health')).toEqual({ status: 200 })
    })
  })

  it('serves static files to GET and HEAD only (F1), and no image optimiser (F1b)', async () => {
    await behindTheRules((_req, res) => res.writeHead(200).end('next'), async (send) => {
      for (const method of ['POST', 'OPTIONS', 'PUT']) {
        expect(await send(method, '/_next/static/chunks/a.js'), method).toEqual({ status: 405, allow: 'GET, HEAD' })
        expect(await send(method, '/api/../_next/static/chunks/a.js'), method).toEqual({ status: 405, allow: 'GET, HEAD' })
      }
      expect((await send('GET', '/_next/static/chunks/a.js')).status).toBe(200)
      expect((await send('HEAD', '/favicon.ico')).status).toBe(200)
      for (const url of ['/nonexistent.png', '/offenders', '/api/documents/abc']) expect(await send('GET', `/_next/image?url=${encodeURIComponent(url)}&w=64&q=75`)).toEqual({ status: 404 })
    })
  })

  it('turns a redirect in answer to a POST into 303, so the form is not posted again where it leads (F4)', async () => {
    await behindTheRules((_req, res) => {
      res.statusCode = 307
      res.setHeader('Location', '/sign-in?ended=1')
      res.end()
    }, async (send) => {
      expect(await send('POST', '/offenders/x/contacts')).toEqual({ status: 303, location: '/sign-in?ended=1' })
      expect(await send('GET', '/offenders/x/contacts')).toEqual({ status: 307, location: '/sign-in?ended=1' })
    })
    await behindTheRules((_req, res) => res.writeHead(308, { Location: '/x' }).end(), async (send) => {
      expect(await send('POST', '/y')).toEqual({ status: 303, location: '/x' })
    })
  })
})
