import { browser } from './session-seam'
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createAgencyAction, updateAgencyAction } from '../../../src/server/agencies/actions'
import { authenticateWithPassword } from '../../../src/server/auth/authenticate'
import { prisma } from '../../../src/server/db'
import { getActor, getTwoStepActor, requireActor } from '../../../src/server/session'
import { confirmTwoStepAction, disableTwoStepAction, resetTwoStepAction } from '../../../src/server/two-step/actions'
import { getTwoStepSettings } from '../../../src/server/two-step/enrol'
import { getUserTwoStep } from '../../../src/server/two-step/manage'
import { createAgency, createUser } from '../../factories'
import { formOf, Redirected } from '../security/support'
import { codeFor, enrol, ip, PASSWORD } from './support'

type Result = { ok: boolean; code?: string; data?: { recoveryCodes?: string[] }; fieldErrors?: Record<string, string[]> } | null
const redirectOf = (p: Promise<unknown>) => p.then(() => 'no redirect', (e) => (e instanceof Redirected ? e.url : `threw: ${String(e)}`))

/** Signs a user in with their password and makes them the browser's user. */
async function signIn(user: { email: string }) {
  const result = await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: ip() })
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`)
  browser.sid = result.sessionId
}
// With its submission key, as the agency form always sends it (a create without one is refused, break test 16 D8).
const newAgencyForm = (code: string) => formOf({ name: 'Enforced Trust', kind: 'THIRD_SECTOR', code, submissionKey: randomUUID() })

describe('an agency that requires two-step verification (issue 17 TOTP, AU-4)', () => {
  it('lets its un-enrolled user reach nothing but enrolment, on pages and server actions, until they enrol', async () => {
    const agency = await createAgency(prisma, { requireTwoStep: true })
    const user = await createUser(prisma, { agencyId: agency.id, roles: ['SYSTEM_ADMINISTRATOR'] })
    await signIn(user)
    expect(await getActor()).toBeNull()
    expect(await redirectOf(requireActor())).toBe('/account/two-step')
    expect(((await createAgencyAction(null, newAgencyForm('ENF-BLOCKED'))) as Result)?.code).toBe('UNAUTHENTICATED')
    expect(await prisma.agency.count({ where: { code: 'ENF-BLOCKED' } })).toBe(0)

    const actor = await getTwoStepActor()
    const settings = actor ? await getTwoStepSettings(actor) : null
    if (!settings || settings.enrolled) throw new Error('expected an enrolment in progress')
    expect(settings.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/)
    const wrong = (await confirmTwoStepAction(null, formOf({ code: '000000' === (await codeFor(settings.secret)) ? '111111' : '000000' }))) as Result
    expect(wrong).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { code: ['codeInvalid'] } })
    const done = (await confirmTwoStepAction(null, formOf({ code: await codeFor(settings.secret) }))) as Result
    expect(done?.data?.recoveryCodes).toHaveLength(10)
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(10)
    expect(await prisma.auditEvent.count({ where: { action: 'twoStep.enrol', actorUserId: user.id } })).toBe(1)

    expect((await getActor())?.userId).toBe(user.id)
    expect(((await createAgencyAction(null, newAgencyForm('ENF-ALLOWED'))) as Result)?.ok).toBe(true)
  })

  it('refuses turning the factor off while the agency requires it; allows it with a code once it does not', async () => {
    const agency = await createAgency(prisma, { requireTwoStep: true })
    const user = await createUser(prisma, { agencyId: agency.id })
    await signIn(user)
    const secret = await enrol(user.id)
    const refused = (await disableTwoStepAction(null, formOf({ code: await codeFor(secret) }))) as Result
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { _form: ['twoStepRequired'] } })
    expect(await prisma.twoStepFactor.count({ where: { userId: user.id } })).toBe(1)

    await prisma.agency.update({ where: { id: agency.id }, data: { requireTwoStep: false } })
    expect((await disableTwoStepAction(null, formOf({ code: await codeFor(secret) })))?.ok).toBe(true)
    expect(await prisma.twoStepFactor.count({ where: { userId: user.id } })).toBe(0)
    expect(await prisma.auditEvent.count({ where: { action: 'twoStep.disable', actorUserId: user.id } })).toBe(1)
  })

  it('is set by an administrator on the agency, audited', async () => {
    const agency = await createAgency(prisma)
    await signIn(await createUser(prisma, { roles: ['SYSTEM_ADMINISTRATOR'] }))
    const form = formOf({ agencyId: agency.id, version: '1', name: agency.name, kind: agency.kind, active: 'on', requireTwoStep: 'on' })
    expect((await updateAgencyAction(null, form))?.ok).toBe(true)
    expect((await prisma.agency.findUniqueOrThrow({ where: { id: agency.id } })).requireTwoStep).toBe(true)
    const audit = await prisma.auditEvent.findFirst({ where: { action: 'agency.update', subjectId: agency.id } })
    expect(audit?.detail).toMatchObject({ requireTwoStep: true })
  })
})

describe("an administrator's reset of a user's factor", () => {
  it('removes the factor and its recovery codes, signs the user out and is audited; others are refused', async () => {
    const user = await createUser(prisma, {})
    await enrol(user.id)
    await prisma.recoveryCode.create({ data: { userId: user.id, codeHash: 'x' } })
    const session = await prisma.userSession.create({ data: { userId: user.id } })

    await signIn(await createUser(prisma, { roles: ['PROBATION_OFFICER'] }))
    expect(((await resetTwoStepAction(null, formOf({ userId: user.id, identityChecked: 'on' }))) as Result)?.code).toBe('FORBIDDEN')
    expect(await prisma.twoStepFactor.count({ where: { userId: user.id } })).toBe(1)

    const admin = await createUser(prisma, { roles: ['SYSTEM_ADMINISTRATOR'] })
    await signIn(admin)
    // The page tells the administrator whether the user must set it up again or merely may (walk 50 F6).
    expect(await getUserTwoStep(await requireActor(), user.id)).toEqual({ enrolled: true, required: false })
    const enforced = await createUser(prisma, { agencyId: (await createAgency(prisma, { requireTwoStep: true })).id })
    expect(await getUserTwoStep(await requireActor(), enforced.id)).toEqual({ enrolled: false, required: true })
    // Not before the administrator says they checked who is asking (walk 17): a field message, nothing reset.
    expect(await resetTwoStepAction(null, formOf({ userId: user.id }))).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { identityChecked: ['twoStepResetIdentity'] } })
    expect(await prisma.twoStepFactor.count({ where: { userId: user.id } })).toBe(1)
    expect((await resetTwoStepAction(null, formOf({ userId: user.id, identityChecked: 'on' })))?.ok).toBe(true)
    expect(await prisma.twoStepFactor.count({ where: { userId: user.id } })).toBe(0)
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0)
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull()
    expect(await prisma.auditEvent.count({ where: { action: 'twoStep.reset', subjectId: user.id, actorUserId: admin.id } })).toBe(1)
    // Signing in again asks for no code; an enforcing agency would send them to enrolment.
    expect(await authenticateWithPassword(prisma, { email: user.email, password: PASSWORD }, { ip: ip() })).toMatchObject({ ok: true })
  })
})
