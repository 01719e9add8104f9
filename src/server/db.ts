import 'server-only'
import { createPrismaClient, type PrismaClient } from './db/client'
import { DryRunStop, inDryRun } from './dry-run'

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.')
  globalForPrisma.prisma = createPrismaClient(url)
  return globalForPrisma.prisma
}

/**
 * The one client per process, created on first use so that `next build` (which imports every route)
 * needs no database, and so the test harness can set DATABASE_URL before the first query. Inside `validateOnly`
 * (src/server/dry-run.ts) every use throws DryRunStop before touching the database.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => {
    // Only validating a form (runChecked): nothing may be read or written.
    if (inDryRun()) throw new DryRunStop()
    const real = client()
    const value = Reflect.get(real, property, real)
    return typeof value === 'function' ? value.bind(real) : value
  },
})

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]
