import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refusingGarbledActions } from './action-body'

// Issue 17: a garbled server action body answered 500 from Next; the server in front answers 400 (scripts/serve.ts).
// Behind the guard stands a stand-in for Next that echoes the body it read (or fails, as a real server error).
let server: http.Server
let base: string

beforeAll(async () => {
  server = http.createServer(
    refusingGarbledActions((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        // Next answers later, not within the 'end' event: the socket must still be there then.
        setTimeout(() => res.writeHead(body.includes('boom') ? 500 : 200).end(`next read: ${body}`), 20)
      })
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const post = (path: string, headers: Record<string, string>, body: string) => fetch(`${base}${path}`, { method: 'POST', headers, body })
const action = { 'next-action': '7f'.repeat(21) }

describe('a server action body Next cannot decode', () => {
  it('answers 400 for an action-header body that is not JSON', async () => {
    const res = await post('/offenders', { ...action, 'content-type': 'text/plain;charset=UTF-8' }, '{"garbled')
    expect(res.status).toBe(400)
  })

  it('answers 400 for JSON naming a part the body does not carry, or nested past any form (break 51 F4)', async () => {
    for (const body of ['["$Q1"]', '['.repeat(5000) + ']'.repeat(5000)]) {
      expect((await post('/offenders', { ...action, 'content-type': 'text/plain;charset=UTF-8' }, body)).status).toBe(400)
    }
  })

  it('answers 400 for parts React cannot turn into the values they name, which the hand check let through', async () => {
    // A Map, Set, typed array, iterator or Blob made from a number: each part is there and JSON, yet decodeReply fails.
    for (const root of ['["$Q1"]', '["$W1"]', '["$A1"]', '["$i1"]', '["$B1"]']) {
      const form = new FormData()
      form.set('0', root)
      form.set('1', '5')
      expect((await fetch(`${base}/offenders`, { method: 'POST', headers: action, body: form })).status, root).toBe(400)
    }
  })

  it('answers 400 for a multipart body that does not match its boundary', async () => {
    for (const headers of [{ ...action }, {}]) {
      const res = await post('/', { ...headers, 'content-type': 'multipart/form-data; boundary=----x' }, 'not a multipart body')
      expect(res.status).toBe(400)
    }
    expect((await post('/', { 'content-type': 'multipart/form-data' }, '--\r\n')).status).toBe(400)
  })

  it('answers 400 for a form sent with the action header whose root field "0" is missing or not JSON (walk 51 F1)', async () => {
    for (const root of [null, 'notjson', '']) {
      const form = new FormData()
      form.set('locale', 'cy')
      if (root !== null) form.set('0', root)
      expect((await fetch(`${base}/sign-in`, { method: 'POST', headers: action, body: form })).status, String(root)).toBe(400)
    }
    // Without the header it is a form posted before JavaScript ran, which has no root field.
    const plain = new FormData()
    plain.set('$ACTION_ID_' + '7f'.repeat(21), '')
    expect((await fetch(`${base}/sign-in`, { method: 'POST', body: plain })).status).toBe(200)
  })

  it('passes a decodable body to Next byte for byte, and Next\'s own errors stay 500', async () => {
    const ok = await post('/', { ...action, 'content-type': 'text/plain;charset=UTF-8' }, '["$K1","Llŷn"]')
    expect([ok.status, await ok.text()]).toEqual([200, 'next read: ["$K1","Llŷn"]'])
    const form = new FormData()
    form.set('0', '["$K1"]')
    form.set('1_name', 'Dafydd')
    const multipart = await fetch(`${base}/`, { method: 'POST', headers: action, body: form })
    expect(multipart.status).toBe(200)
    expect(await multipart.text()).toContain('Dafydd')
    expect((await post('/', { ...action, 'content-type': 'text/plain' }, '["boom"]')).status).toBe(500)
  })

  it('leaves route handlers, plain posts and other methods alone', async () => {
    expect((await post('/api/health', { ...action, 'content-type': 'text/plain' }, '{garbled')).status).toBe(200)
    expect((await post('/', { 'content-type': 'text/plain' }, '{garbled')).status).toBe(200)
    expect((await post('/', { 'content-type': 'application/x-www-form-urlencoded', ...action }, '%%%')).status).toBe(200)
  })
})
