import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isUnreadablePath, refusingUnreadableAddresses } from './bad-address'

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
      for (const method of ['GET', 'POST', 'DELETE', 'OPTIONS']) expect((await send(method)).status, method).toBe(200)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
