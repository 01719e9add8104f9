import { describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { authenticateWithPassword } from '../../../src/server/auth/authenticate'
import { LIMITS } from '../../../src/server/auth/throttle'
import { replaceRecoveryCodes } from '../../../src/server/two-step/enrol'
import { createUser } from '../../factories'
import { codeFor, enrol, ip, PASSWORD, wrongCode } from './support'

// Issue 17 TOTP, security.md AU-2..AU-4: after a correct password an enrolled user needs a code before any session.
const sessions = (userId: string) => prisma.userSession.count({ where: { userId } })

describe('sign-in with two-step verification', () => {
  it('asks for a code only after a correct password, and opens no session until it is given', async () => {
    const user = await createUser(prisma, {})
    const secret = await enrol(user.id)
    expect(await authenticateWithPassword(prisma, { email: user.email, password: 'wrong-password-123' }, { ip: ip() })).toEqual({ ok: false, reason: 'INVALID' })
    expect(await authenticateWithPassword(prisma, { email: user.email, password: 'wrong-password-123', code: await codeFor(secret) }, { ip: ip() })).toEqual({ ok: false, reason: 'INVALID' })
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: ip() })).toEqual({ ok: false, reason: 'CODE_REQUIRED' })
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: await wrongCode(secret) }, { ip: ip() })).toEqual({ ok: false, reason: 'CODE_INVALID' })
    expect(await sessions(user.id)).toBe(0)
    const result = await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: await codeFor(secret) }, { ip: ip() })
    expect(result).toMatchObject({ ok: true, userId: user.id })
    expect(await sessions(user.id)).toBe(1)
    const audit = await prisma.auditEvent.findFirst({ where: { action: 'auth.signIn', subjectId: user.id } })
    expect(audit?.detail).toMatchObject({ secondFactor: 'totp' })
    expect(await prisma.auditEvent.count({ where: { action: 'auth.signIn.codeFailed', subjectId: user.id } })).toBe(1)
  })

  // Each attempt is counted before it is checked (break 51 F3); a correct password that is only asked for its code gives
  // its count back, so a user who opens the sign-in page often is never throttled by their own correct password.
  it('counts a correct password that is asked for its code as no failure', async () => {
    const user = await createUser(prisma, {})
    const secret = await enrol(user.id)
    for (let i = 0; i <= LIMITS.account; i++) {
      expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: ip() })).toEqual({ ok: false, reason: 'CODE_REQUIRED' })
    }
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: await codeFor(secret) }, { ip: ip() })).toMatchObject({ ok: true })
  })

  // Break 52 F11: "12 3a" was told "not correct" and counted as a wrong code.
  it('tells a code that cannot be one what a code looks like, and counts it as no failure', async () => {
    const user = await createUser(prisma, {})
    const secret = await enrol(user.id)
    for (let i = 0; i <= LIMITS.account; i++) {
      expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: '12 3a' }, { ip: ip() })).toEqual({ ok: false, reason: 'CODE_FORMAT' })
    }
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: '000000' }, { ip: ip() })).toEqual({ ok: false, reason: 'CODE_INVALID' })
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: await codeFor(secret) }, { ip: ip() })).toMatchObject({ ok: true })
  })

  it('refuses the same code a second time (replay within its window)', async () => {
    const user = await createUser(prisma, {})
    const secret = await enrol(user.id)
    const code = await codeFor(secret)
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code }, { ip: ip() })).toMatchObject({ ok: true })
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code }, { ip: ip() })).toEqual({ ok: false, reason: 'CODE_INVALID' })
  })

  it('accepts a recovery code once', async () => {
    const user = await createUser(prisma, {})
    await enrol(user.id)
    const [first] = await replaceRecoveryCodes(prisma, user.id)
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: first!.toLowerCase() }, { ip: ip() })).toMatchObject({ ok: true })
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: first }, { ip: ip() })).toEqual({ ok: false, reason: 'CODE_INVALID' })
    expect(await prisma.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9)
  })

  it('counts wrong codes in the password throttle: the account locks even with the right code (AU-2)', async () => {
    const user = await createUser(prisma, {})
    const secret = await enrol(user.id)
    for (let i = 0; i < LIMITS.account; i++) {
      expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: await wrongCode(secret) }, { ip: ip() })).toEqual({ ok: false, reason: 'CODE_INVALID' })
    }
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: await codeFor(secret) }, { ip: ip() })).toEqual({ ok: false, reason: 'THROTTLED' })
    expect(await sessions(user.id)).toBe(0)
  })

  it('counts wrong codes per IP address too', async () => {
    const address = ip()
    const user = await createUser(prisma, {})
    const secret = await enrol(user.id)
    await prisma.rateLimit.create({ data: { key: `signin:ip:${address}`, count: LIMITS.ip - 1, windowStart: new Date() } })
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD, code: await wrongCode(secret) }, { ip: address })).toEqual({ ok: false, reason: 'CODE_INVALID' })
    const other = await createUser(prisma, {})
    expect(await authenticateWithPassword(prisma, { email: other.email, password: PASSWORD }, { ip: address })).toEqual({ ok: false, reason: 'THROTTLED' })
  })

  it('leaves users without a factor signing in with their password alone', async () => {
    const user = await createUser(prisma, {})
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: ip() })).toMatchObject({ ok: true })
  })
})
