import { afterEach, describe, expect, it } from 'vitest'
import { GET } from '../../src/app/api/health/route'
import { createPrismaClient, type PrismaClient } from '../../src/server/db/client'
import { prisma } from '../../src/server/db'

const holder = globalThis as unknown as { prisma?: PrismaClient }

describe('GET /api/health', () => {
  let saved: PrismaClient | undefined
  afterEach(() => {
    if (saved) holder.prisma = saved
  })

  it('answers 200 when the database is up', async () => {
    await prisma.$queryRaw`SELECT 1`
    const res = await GET()
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' })
  })

  it('answers 503 when the database is unreachable, without throwing', async () => {
    await prisma.$queryRaw`SELECT 1`
    saved = holder.prisma
    holder.prisma = createPrismaClient('postgresql://postgres:postgres@127.0.0.1:9/none')
    const res = await GET()
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ database: 'unavailable' })
  })
})
