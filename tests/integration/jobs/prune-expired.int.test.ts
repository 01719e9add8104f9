import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { pruneExpired } from '../../../src/server/jobs/prune-expired'
import { createUser } from '../../factories'

const now = new Date()
const ago = (ms: number) => new Date(now.getTime() - ms)
const MIN = 60_000
const HOUR = 60 * MIN
let userId: string

beforeAll(async () => {
  userId = (await createUser(prisma)).id
})

describe('pruning expired rows (issue 18 item 3)', () => {
  it('deletes only sessions that can no longer sign anyone in', async () => {
    const session = (data: { createdAt?: Date; lastSeenAt?: Date; revokedAt?: Date }) => prisma.userSession.create({ data: { userId, ...data } })
    const live = await session({ createdAt: ago(9 * HOUR), lastSeenAt: ago(29 * MIN) })
    const idle = await session({ createdAt: ago(2 * HOUR), lastSeenAt: ago(31 * MIN) })
    const tooOld = await session({ createdAt: ago(10 * HOUR + MIN), lastSeenAt: ago(MIN) })
    const revoked = await session({ revokedAt: ago(MIN) })
    await pruneExpired(now)
    const left = await prisma.userSession.findMany({ where: { id: { in: [live.id, idle.id, tooOld.id, revoked.id] } } })
    expect(left.map((s) => s.id)).toEqual([live.id])
  })

  it('deletes sign-in throttle windows that have closed and keeps open ones', async () => {
    const tag = crypto.randomUUID()
    await prisma.rateLimit.createMany({ data: [
      { key: `signin:account:closed-${tag}`, count: 10, windowStart: ago(16 * MIN) },
      { key: `signin:account:open-${tag}`, count: 10, windowStart: ago(14 * MIN) },
    ] })
    await pruneExpired(now)
    const left = await prisma.rateLimit.findMany({ where: { key: { endsWith: tag } } })
    expect(left.map((r) => r.key)).toEqual([`signin:account:open-${tag}`])
  })

  it('deletes form submission claims older than a week and keeps recent ones', async () => {
    const claim = (createdAt: Date) => prisma.formSubmission.create({ data: { userId, key: crypto.randomUUID(), fingerprint: 'f', status: 'DONE', createdAt } })
    const old = await claim(ago(8 * 24 * HOUR))
    const recent = await claim(ago(6 * 24 * HOUR))
    const counts = await pruneExpired(now)
    expect(counts.submissions).toBeGreaterThanOrEqual(1)
    const left = await prisma.formSubmission.findMany({ where: { key: { in: [old.key, recent.key] } } })
    expect(left.map((s) => s.key)).toEqual([recent.key])
  })
})
