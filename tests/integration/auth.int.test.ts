import { describe, expect, it } from 'vitest'
import { prisma } from '../../src/server/db'
import { authenticateWithPassword } from '../../src/server/auth/authenticate'
import { loadActor } from '../../src/server/auth/load-actor'
import { IDLE_TIMEOUT_MS, revokeSession } from '../../src/server/auth/sessions'
import { LIMITS } from '../../src/server/auth/throttle'
import { createAgency, createUser } from '../factories'

const PASSWORD = 'Llwybr-Demo-2026'
// A different client address for each sign-in, so one test's failures never throttle another's.
let lastIp = 0
const ip = () => `10.0.${Math.floor(++lastIp / 250)}.${lastIp % 250}`

describe('password sign-in', () => {
  it('opens a server-side session and audits the sign-in', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    const result = await authenticateWithPassword(prisma, { email: user.email.toUpperCase(), password: PASSWORD }, { ip: ip() })
    expect(result).toMatchObject({ ok: true, userId: user.id })
    const sessionId = result.ok ? result.sessionId : ''
    expect(await loadActor(prisma, sessionId)).toMatchObject({ userId: user.id, roles: ['PROBATION_OFFICER'] })
    expect(await prisma.auditEvent.count({ where: { action: 'auth.signIn', actorUserId: user.id } })).toBe(1)
  })

  it('answers the same for an unknown user, a wrong password and a disabled account (AU-3)', async () => {
    const user = await createUser(prisma, {})
    const disabled = await createUser(prisma, { status: 'DISABLED' })
    // An active account of an agency turned off: no session that every page would then refuse (break 52 F6).
    const turnedOff = await createUser(prisma, { agencyId: (await createAgency(prisma, { active: false })).id })
    const answers = await Promise.all([
      authenticateWithPassword(prisma, { email: 'nobody-here@llwybr.test', password: PASSWORD }, { ip: ip() }),
      authenticateWithPassword(prisma, { email: user.email, password: 'wrong-password-123' }, { ip: ip() }),
      authenticateWithPassword(prisma, { email: disabled.email, password: PASSWORD }, { ip: ip() }),
      authenticateWithPassword(prisma, { email: turnedOff.email, password: PASSWORD }, { ip: ip() }),
    ])
    expect(await prisma.userSession.count({ where: { userId: turnedOff.id } })).toBe(0)
    expect(answers).toEqual([
      { ok: false, reason: 'INVALID' },
      { ok: false, reason: 'INVALID' },
      { ok: false, reason: 'INVALID' },
      { ok: false, reason: 'INVALID' },
    ])
  })

  it('throttles an account after repeated failures, even with the right password (AU-2)', async () => {
    const user = await createUser(prisma, {})
    for (let i = 0; i < LIMITS.account; i++) {
      expect(await authenticateWithPassword(prisma, { email: user.email, password: `wrong-${i}-password` }, { ip: ip() })).toEqual({ ok: false, reason: 'INVALID' })
    }
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: ip() })).toEqual({ ok: false, reason: 'THROTTLED' })
  })

  // Break 51 F3: 30 wrong passwords sent at once had 16 checked; each attempt is now counted before it is checked.
  it('checks no more than the limit of a burst of attempts sent at once, from many addresses', async () => {
    const user = await createUser(prisma, {})
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => authenticateWithPassword(prisma, { email: user.email, password: `burst-${i}-wrong` }, { ip: ip() })))
    expect(answers.filter((a) => !a.ok && a.reason === 'INVALID')).toHaveLength(LIMITS.account)
    expect(answers.filter((a) => !a.ok && a.reason === 'THROTTLED')).toHaveLength(30 - LIMITS.account)
  })

  it('counts a successful sign-in against no one, and clears the account', async () => {
    const user = await createUser(prisma, {})
    const address = ip()
    for (let i = 0; i < LIMITS.account - 1; i++) await authenticateWithPassword(prisma, { email: user.email, password: `wrong-${i}` }, { ip: address })
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: address })).toMatchObject({ ok: true })
    expect(await prisma.rateLimit.findUnique({ where: { key: `signin:account:${user.email.toLowerCase()}` } })).toBeNull()
    expect((await prisma.rateLimit.findUniqueOrThrow({ where: { key: `signin:ip:${address}` } })).count).toBe(LIMITS.account - 1)
  })

  it('throttles an IP address across accounts', async () => {
    const address = ip()
    for (let i = 0; i < LIMITS.ip; i++) await authenticateWithPassword(prisma, { email: `spray-${i}-${address}@llwybr.test`, password: 'x' }, { ip: address })
    const user = await createUser(prisma, {})
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: address })).toEqual({ ok: false, reason: 'THROTTLED' })
  })
})

describe('sessions re-read the database on every request (AC-6, SE-1)', () => {
  async function signedIn(roles: ('PROBATION_OFFICER' | 'STRATEGIC_MANAGER')[] = ['PROBATION_OFFICER']) {
    const user = await createUser(prisma, { roles })
    const result = await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: ip() })
    if (!result.ok) throw new Error('sign-in failed')
    return { user, sessionId: result.sessionId }
  }

  it('ends at sign-out', async () => {
    const { sessionId } = await signedIn()
    await revokeSession(prisma, sessionId)
    expect(await loadActor(prisma, sessionId)).toBeNull()
  })

  it('refuses a disabled user and follows a role change on the next request', async () => {
    const { user, sessionId } = await signedIn()
    await prisma.user.update({ where: { id: user.id }, data: { roles: ['STRATEGIC_MANAGER'] } })
    expect((await loadActor(prisma, sessionId))?.roles).toEqual(['STRATEGIC_MANAGER'])
    await prisma.user.update({ where: { id: user.id }, data: { status: 'DISABLED' } })
    expect(await loadActor(prisma, sessionId)).toBeNull()
  })

  it('times out after 30 idle minutes', async () => {
    const { sessionId } = await signedIn()
    await prisma.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - IDLE_TIMEOUT_MS - 1000) } })
    expect(await loadActor(prisma, sessionId)).toBeNull()
  })

  it('ends after 10 hours however active', async () => {
    const { sessionId } = await signedIn()
    await prisma.userSession.update({ where: { id: sessionId }, data: { createdAt: new Date(Date.now() - 10 * 3600_000 - 1000) } })
    expect(await loadActor(prisma, sessionId)).toBeNull()
  })
})
