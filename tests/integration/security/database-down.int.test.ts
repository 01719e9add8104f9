import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { NextRequest } from 'next/server'
import { afterAll, describe, expect, it } from 'vitest'
import { proxy } from '../../../src/proxy'

// Issue 17 item 7: while the database was down, pages took 3.6–3.9 s to fail with a generic error. A stand-in for the
// database's port is stopped and started again; the real test database shows the ordinary path.
const realUrl = process.env.DATABASE_URL
afterAll(() => {
  process.env.DATABASE_URL = realUrl
})

const listen = (port = 0) => new Promise<net.Server>((resolve) => { const s = net.createServer((c) => c.destroy()); s.listen(port, '127.0.0.1', () => resolve(s)) })
const close = (s: net.Server) => new Promise<void>((resolve) => s.close(() => resolve()))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const page = async (path = '/') => {
  const started = Date.now()
  const res = await proxy(new NextRequest(`http://localhost:3000${path}`))
  return { res, ms: Date.now() - started }
}

describe('the database going away and coming back', () => {
  it('passes pages through while the database answers', async () => {
    process.env.DATABASE_URL = realUrl
    expect((await page('/sign-in')).res.status).not.toBe(503)
  })

  it('answers 503 with a bilingual page within a second while it is down, and recovers within a second', async () => {
    let db = await listen()
    const port = (db.address() as AddressInfo).port
    process.env.DATABASE_URL = `postgresql://llwybr:x@127.0.0.1:${port}/llwybr`
    expect((await page()).res.status).not.toBe(503)

    await close(db)
    await sleep(1_100)
    const down = await page('/offenders')
    expect(down.res.status).toBe(503)
    expect(down.ms).toBeLessThan(1_000)
    const html = await down.res.text()
    expect(html).toContain('Sorry, the service is unavailable')
    expect(html).toContain('nid yw’r gwasanaeth ar gael')
    expect(down.res.headers.get('cache-control')).toBe('no-store')
    // The health check keeps answering for itself.
    expect((await page('/api/health')).res.status).not.toBe(503)

    db = await listen(port)
    await sleep(1_100)
    expect((await page('/offenders')).res.status).not.toBe(503)
    await close(db)
  })

})
