import { describe, expect, it } from 'vitest'
import { prisma } from '../../src/server/db'
import { signInWithOidc } from '../../src/server/auth/oidc'
import { loadActor } from '../../src/server/auth/load-actor'
import { createAgency, createUser } from '../factories'

// Issue 17, "Single sign-on (OIDC)": only existing active users get in through the identity provider; none is created.
describe('single sign-on', () => {
  it('admits an active user whatever the letter case of the email, and opens an audited session', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    const shouted = ` ${user.email.toUpperCase()} `
    expect(await signInWithOidc(prisma, { sub: 'idp-1', email: shouted })).toEqual({ userId: user.id, sessionId: null })
    const opened = await signInWithOidc(prisma, { sub: 'idp-1', email: shouted }, { open: true })
    expect(opened?.sessionId).toEqual(expect.any(String))
    expect(await loadActor(prisma, opened!.sessionId!)).toMatchObject({ userId: user.id, roles: ['PROBATION_OFFICER'] })
    expect(await prisma.auditEvent.findFirst({ where: { action: 'auth.signIn', actorUserId: user.id } })).toMatchObject({ correlationId: opened!.sessionId, detail: { method: 'oidc' } })
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull()
  })

  it('refuses a disabled user, an unknown email and a profile without one; creates nothing, audits the refusal', async () => {
    const disabled = await createUser(prisma, { status: 'DISABLED' })
    const sessions = await prisma.userSession.count({ where: { userId: disabled.id } })
    // An active account of an agency turned off is refused too (break 52 F6).
    const turnedOff = await createUser(prisma, { agencyId: (await createAgency(prisma, { active: false })).id })
    for (const profile of [{ email: disabled.email }, { email: turnedOff.email }, { email: 'nobody-at-all@llwybr.test' }, { sub: 'x' }, { email: 42 }, null]) {
      expect(await signInWithOidc(prisma, profile)).toBeNull()
      expect(await signInWithOidc(prisma, profile, { open: true })).toBeNull()
    }
    expect(await prisma.user.findUnique({ where: { email: 'nobody-at-all@llwybr.test' } })).toBeNull()
    expect(await prisma.userSession.count({ where: { userId: disabled.id } })).toBe(sessions)
    expect(await prisma.auditEvent.count({ where: { action: 'auth.signIn.failed', subjectId: disabled.id, detail: { path: ['method'], equals: 'oidc' } } })).toBe(2)
  })
})
