import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { authenticateWithPassword } from '../../../src/server/auth/authenticate'
import { loadActor } from '../../../src/server/auth/load-actor'
import { createUser } from '../../../src/server/users/create-user'
import { resetPassword } from '../../../src/server/users/reset-password'
import { updateUser } from '../../../src/server/users/update-user'
import { findUsers } from '../../../src/server/users/find-users'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const STRONG = 'Bara-brith-and-cawl-2026'
// Unique within this database: the world's tag comes from its fixture sequence, the counter from this file.
let made = 0
const newUser = (extra: Record<string, unknown> = {}) => ({
  name: 'Catrin Lloyd',
  email: `catrin-${w.tag}-${++made}@llwybr.test`,
  agencyId: w.nps.id,
  teamId: w.teamA.id,
  roles: 'PROBATION_OFFICER',
  locale: 'cy',
  password: STRONG,
  ...extra,
})
const signIn = async (email: string, password = STRONG) => {
  const r = await authenticateWithPassword(prisma, { email, password }, { ip: `192.0.2.${++made % 250}` })
  return r.ok ? r.sessionId : null
}

describe('createUser', () => {
  it('creates a user who can sign in, with an audit row that holds no password', async () => {
    const input = newUser()
    const { id } = await createUser(w.actors.admin, input)
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ roles: ['PROBATION_OFFICER'], locale: 'cy', teamId: w.teamA.id })
    expect(await signIn(input.email)).not.toBeNull()
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'user.create', subjectId: id } })
    expect(JSON.stringify(audit.detail)).not.toContain(STRONG)
  })

  it('is FORBIDDEN to anyone but an administrator', async () => {
    await expect(createUser(w.actors.senior, newUser())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(findUsers(w.actors.officer, {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it.each([
    ['a short password', { password: 'short' }, 'password'],
    ['a common password', { password: 'password123456' }, 'password'],
    ['no role', { roles: undefined }, 'roles'],
    ['an unknown role', { roles: 'OVERLORD' }, 'roles'],
    ['a bad email', { email: 'not-an-email' }, 'email'],
  ])('rejects %s and writes nothing', async (_label, bad, field) => {
    const before = await prisma.user.count()
    const error = await createUser(w.actors.admin, newUser(bad)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ZodError)
    expect((error as ZodError).issues.map((i) => i.path[0])).toContain(field)
    expect(await prisma.user.count()).toBe(before)
  })

  it('refuses a taken email and a team from another agency with field errors', async () => {
    await expect(createUser(w.actors.admin, newUser({ email: w.staff.officer.email }))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { email: ['emailTaken'] } })
    await expect(createUser(w.actors.admin, newUser({ agencyId: w.police.id }))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { teamId: ['teamAgencyMismatch'] } })
  })
})

describe('updateUser and resetPassword', () => {
  const edit = (user: { id: string; name: string; agencyId: string; teamId: string | null }, extra: Record<string, unknown>) => ({
    userId: user.id,
    version: 1,
    name: user.name,
    agencyId: user.agencyId,
    teamId: user.teamId ?? '',
    roles: 'PROBATION_OFFICER',
    locale: 'en',
    status: 'ACTIVE',
    ...extra,
  })

  it('disables a user: their live session is refused on the next request (AC-6)', async () => {
    const input = newUser()
    const { id } = await createUser(w.actors.admin, input)
    const sessionId = (await signIn(input.email))!
    expect(await loadActor(prisma, sessionId)).not.toBeNull()
    const user = await prisma.user.findUniqueOrThrow({ where: { id } })
    await updateUser(w.actors.admin, edit(user, { status: 'DISABLED' }))
    expect(await loadActor(prisma, sessionId)).toBeNull()
    expect(await prisma.auditEvent.count({ where: { action: 'user.update', subjectId: id } })).toBe(1)
  })

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const { id } = await createUser(w.actors.admin, newUser())
    const user = await prisma.user.findUniqueOrThrow({ where: { id } })
    await updateUser(w.actors.admin, edit(user, { name: 'First edit' }))
    await expect(updateUser(w.actors.admin, edit(user, { name: 'Stale edit' }))).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).name).toBe('First edit')
  })

  it('will not let an administrator lock themselves out', async () => {
    const admin = await prisma.user.findUniqueOrThrow({ where: { id: w.staff.admin.id } })
    await expect(updateUser(w.actors.admin, edit(admin, { roles: 'SYSTEM_ADMINISTRATOR', status: 'DISABLED' }))).rejects.toMatchObject({ code: 'VALIDATION' })
    await expect(updateUser(w.actors.admin, edit(admin, { roles: 'PROBATION_OFFICER' }))).rejects.toMatchObject({ code: 'VALIDATION' })
  })

  it('resets a password and signs the user out everywhere', async () => {
    const input = newUser()
    const { id } = await createUser(w.actors.admin, input)
    const sessionId = (await signIn(input.email))!
    await resetPassword(w.actors.admin, { userId: id, password: 'Cennin-Pedr-yn-y-gwanwyn' })
    expect(await loadActor(prisma, sessionId)).toBeNull()
    expect(await signIn(input.email)).toBeNull()
    expect(await signIn(input.email, 'Cennin-Pedr-yn-y-gwanwyn')).not.toBeNull()
  })
})
