import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addressFromHeaders, stampingClientAddress } from '../../../src/lib/client-address'
import { authenticateWithPassword } from '../../../src/server/auth/authenticate'
import { LIMITS } from '../../../src/server/auth/throttle'
import { prisma } from '../../../src/server/db'
import { createUser } from '../../factories'

// Issue 17 item 1: 51 failures as X-Forwarded-For 10.9.9.9 then the right password "from" 10.9.9.10 got in, and every
// client without the header shared one bucket. Here sign-ins go over real sockets through the server's stamping
// wrapper (scripts/serve.ts) to the credentials check, reading the address as next-auth's authorize does.
const PASSWORD = 'Llwybr-Demo-2026'
let server: http.Server
let port = 0
beforeAll(async () => {
  server = http.createServer(
    stampingClientAddress(async (req, res) => {
      const body = JSON.parse(await new Promise<string>((resolve) => { let s = ''; req.on('data', (c) => (s += c)); req.on('end', () => resolve(s)) }))
      const result = await authenticateWithPassword(prisma, body, { ip: addressFromHeaders(req.headers) })
      res.end(JSON.stringify(result))
    }, 0),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** Signs in over a socket from `from` (a loopback address), with whatever X-Forwarded-For the client chose to send. */
function signIn(from: string, credentials: { email: string; password: string }, forwardedFor?: string): Promise<{ ok: boolean; reason?: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor, 'x-llwybr-client-address': forwardedFor } : {}) }
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', localAddress: from, headers, agent: false }, (res) => {
      let s = ''
      res.on('data', (c) => (s += c))
      res.on('end', () => resolve(JSON.parse(s)))
    })
    req.on('error', reject)
    req.end(JSON.stringify(credentials))
  })
}

const spray = async (from: string, tag: string, forwarded: (i: number) => string | undefined) => {
  for (let i = 0; i <= LIMITS.ip; i++) await signIn(from, { email: `spray-${tag}-${i}@llwybr.test`, password: 'wrong' }, forwarded(i))
}

describe('sign-in throttling per client address', () => {
  it('a rotating X-Forwarded-For (or a forged stamp) does not escape the throttle of one socket', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    await spray('127.0.0.11', 'rotate', (i) => `10.9.${Math.floor(i / 200)}.${i % 200}`)
    expect(await signIn('127.0.0.11', { email: user.email, password: PASSWORD }, '10.9.9.10')).toEqual({ ok: false, reason: 'THROTTLED' })
  })

  it('clients without the header on different sockets are not one bucket', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    await spray('127.0.0.12', 'bare', () => undefined)
    expect(await signIn('127.0.0.12', { email: user.email, password: PASSWORD })).toEqual({ ok: false, reason: 'THROTTLED' })
    expect(await signIn('127.0.0.13', { email: user.email, password: PASSWORD })).toMatchObject({ ok: true })
  })
})
