import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../../generated/prisma/client'

// Shared by the app (db.ts), scripts (seed, bench) and tests; deliberately free of `server-only`.
export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 5_000 },
    {
      // Without a listener an idle client's error (database restart) crashes the process (security.md RL-4).
      onPoolError: (err) => console.error(`[db] pool error: ${err.message}`),
    },
  )
  return new PrismaClient({ adapter })
}

export type { PrismaClient }
