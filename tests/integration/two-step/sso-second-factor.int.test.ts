import { browser } from './session-seam'
import { describe, expect, it } from 'vitest'
import { createAgencyAction } from '../../../src/server/agencies/actions'
import { signInWithOidc } from '../../../src/server/auth/oidc'
import { prisma } from '../../../src/server/db'
import { getActor, getSessionLocale, getTwoStepActor, requireActor } from '../../../src/server/session'
import { disableTwoStepAction } from '../../../src/server/two-step/actions'
import { switchLocaleAction } from '../../../src/server/users/locale-actions'
import { createAgency, createUser } from '../../factories'
import { formOf, Redirected } from '../security/support'
import { codeFor, enrol, wrongCode } from './support'

// ADR 0016, issue 17 (sec18b item 1): a single sign-on asks for the Llwybr code exactly as a password sign-in does.

const redirectOf = (p: Promise<unknown>) => p.then(() => 'no redirect', (e) => (e instanceof Redirected ? e.url : `threw: ${String(e)}`))

/** Signs the user in through the identity provider, as next-auth's jwt callback does, and makes them the browser's user. */
async function signInThroughProvider(user: { email: string }) {
  const opened = await signInWithOidc(prisma, { sub: 'idp', email: user.email }, { open: true })
  if (!opened?.sessionId) throw new Error('single sign-on refused')
  browser.sid = opened.sessionId
  return opened.sessionId
}

describe('single sign-on and the second factor', () => {
  it('speaks to a half-signed-in user in their saved language, though it gives them nothing else (break 52 F16)', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'], locale: 'cy' })
    await enrol(user.id)
    await signInThroughProvider(user)
    expect(await getActor()).toBeNull()
    expect(await getSessionLocale()).toBe('cy')
    browser.sid = null
    expect(await getSessionLocale()).toBeNull()
  })

  it('saves the language switch of a half-signed-in user, so the language they chose is the one they finish signing in with (re-break 52b F7)', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'], locale: 'cy' })
    await enrol(user.id)
    await signInThroughProvider(user)
    expect(await redirectOf(switchLocaleAction(formOf({ locale: 'en', returnTo: '/sign-in/code' })))).toBe('/sign-in/code')
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).toEqual({ locale: 'en' })
    expect(await prisma.auditEvent.count({ where: { actorUserId: user.id, action: 'user.locale' } })).toBe(1)
    // With no session, the switch saves nothing to anyone.
    browser.sid = null
    expect(await redirectOf(switchLocaleAction(formOf({ locale: 'cy', returnTo: '/' })))).toBe('/')
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).toEqual({ locale: 'en' })
  })

  it('leaves an enrolled user half signed in: no page, action or two-step setting accepts the session', async () => {
    const user = await createUser(prisma, { roles: ['SYSTEM_ADMINISTRATOR'] })
    await enrol(user.id)
    await signInThroughProvider(user)
    expect(await getActor()).toBeNull()
    expect(await getTwoStepActor()).toBeNull()
    expect(await redirectOf(requireActor())).toBe('/sign-in/code')
    expect(((await createAgencyAction(null, formOf({ name: 'Half Trust', kind: 'THIRD_SECTOR', code: 'SSO-HALF' }))) as { code?: string })?.code).toBe('UNAUTHENTICATED')
    expect(await prisma.agency.count({ where: { code: 'SSO-HALF' } })).toBe(0)
    // It cannot turn the factor off either (that would let the next sign-on skip it).
    expect(((await disableTwoStepAction(null, formOf({ code: '000000' }))) as { code?: string })?.code).toBe('UNAUTHENTICATED')
    expect(await prisma.twoStepFactor.count({ where: { userId: user.id } })).toBe(1)
  })

  it('lets a user with no factor straight in, and sends one whose agency requires it to enrolment', async () => {
    const plain = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    await signInThroughProvider(plain)
    expect((await getActor())?.userId).toBe(plain.id)

    const agency = await createAgency(prisma, { requireTwoStep: true })
    const unenrolled = await createUser(prisma, { agencyId: agency.id, roles: ['PROBATION_OFFICER'] })
    await signInThroughProvider(unenrolled)
    expect(await getActor()).toBeNull()
    expect(await redirectOf(requireActor())).toBe('/account/two-step')
  })
})

describe('giving the code after a single sign-on', () => {
  const give = async (code: string, next?: string) => (await import('../../../src/server/auth/sign-in-code-actions')).giveSignInCodeAction(null, formOf({ code, ...(next === undefined ? {} : { next }) }))

  it('completes the sign-in with a current code (audited), and refuses that code again', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    const secret = await enrol(user.id)
    const sessionId = await signInThroughProvider(user)
    expect(await prisma.auditEvent.findFirst({ where: { action: 'auth.signIn.codeRequired', subjectId: user.id } })).toMatchObject({ correlationId: sessionId })
    expect(await prisma.auditEvent.count({ where: { action: 'auth.signIn', actorUserId: user.id } })).toBe(0)

    const code = await codeFor(secret)
    // On to the page the sign-in began from, on this site only (break 53 F6).
    expect(await redirectOf(give(code, '/diary?date=2026-12-01'))).toBe('/diary?date=2026-12-01')
    expect((await getActor())?.userId).toBe(user.id)
    expect(await prisma.auditEvent.findFirst({ where: { action: 'auth.signIn', actorUserId: user.id } })).toMatchObject({ correlationId: sessionId, detail: { method: 'oidc', secondFactor: 'totp' } })

    // A second sign-on cannot reuse the code just given (replay within its window).
    await signInThroughProvider(user)
    expect(await give(code)).toMatchObject({ fieldErrors: { code: ['totp.signIn.invalid'] } })
    expect(await getActor()).toBeNull()
  })

  it('throttles wrong codes per account like the password step, and audits each', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    const secret = await enrol(user.id)
    await signInThroughProvider(user)
    const wrong = await wrongCode(secret)
    for (let i = 0; i < 10; i++) expect(await give(wrong)).toMatchObject({ message: 'auth.fixErrors', fieldErrors: { code: ['totp.signIn.invalid'] } })
    expect(await prisma.auditEvent.count({ where: { action: 'auth.signIn.codeFailed', subjectId: user.id, detail: { path: ['method'], equals: 'oidc' } } })).toBe(10)
    // The right code now is refused too: the account is throttled, as after ten wrong passwords.
    expect(await give(await codeFor(secret))).toMatchObject({ code: 'RATE_LIMITED', message: 'auth.throttled' })
    expect(await getActor()).toBeNull()
    expect(await prisma.auditEvent.count({ where: { action: 'auth.signIn.throttled', subjectId: user.id } })).toBe(1)
  })

  it('tells text that cannot be a code what a code looks like, and never counts it (break 52 F11)', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    const secret = await enrol(user.id)
    await signInThroughProvider(user)
    for (let i = 0; i < 11; i++) expect(await give('12 3a')).toMatchObject({ code: 'VALIDATION', fieldErrors: { code: ['totp.signIn.format'] } })
    expect(await prisma.auditEvent.count({ where: { action: 'auth.signIn.codeFailed', subjectId: user.id } })).toBe(0)
    expect(await redirectOf(give(await codeFor(secret)))).toBe('/')
    expect((await getActor())?.userId).toBe(user.id)
  })

  it('accepts a recovery code, and refuses callers that owe no code without writing anything', async () => {
    const user = await createUser(prisma, { roles: ['PROBATION_OFFICER'] })
    await enrol(user.id)
    const { hashRecoveryCode } = await import('../../../src/server/two-step/recovery-codes')
    await prisma.recoveryCode.create({ data: { userId: user.id, codeHash: await hashRecoveryCode('ABCDE-23456') } })
    await signInThroughProvider(user)
    // By the two-step page, which says how many codes are left (walk 54 low), and on to this site only.
    expect(await redirectOf(give('abcde-23456', '//evil.example/phish'))).toBe('/account/two-step?recoveryUsed=1&next=%2F')
    expect((await getActor())?.userId).toBe(user.id)

    // Now fully signed in, and anonymous: nothing owes a code, nothing is counted.
    const before = await prisma.rateLimit.count()
    expect(await give('123456')).toMatchObject({ code: 'UNAUTHENTICATED', message: 'errors.UNAUTHENTICATED' })
    browser.sid = null
    expect(await give('123456')).toMatchObject({ code: 'UNAUTHENTICATED', message: 'errors.UNAUTHENTICATED' })
    expect(await prisma.rateLimit.count()).toBe(before)
  })
})
