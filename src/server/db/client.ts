import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../../generated/prisma/client'
import { SerialClient } from './serial-client'

// Shared by the app (db.ts), scripts (seed, bench) and tests; deliberately free of `server-only`.
export function createPrismaClient(connectionString: string): PrismaClient {
  // Not shorter: on a loaded machine a healthy connection can take over a second to open. An unreachable database is
  // answered by the proxy's probe within a second instead (src/lib/database-gate.ts, issue 17 item 7).
  const adapter = new PrismaPg(
    { connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 5_000, Client: SerialClient },
    {
      // Without a listener an idle client's error (database restart) crashes the process (security.md RL-4).
      onPoolError: (err) => console.error(`[db] pool error: ${err.message}`),
    },
  )
  // Prisma's defaults (2 s to get a connection, 5 s per transaction) fail racing submits on a loaded machine with
  // "Unable to start a transaction" although nothing is wrong: wait as long as a connection may take to open, and let
  // a transaction queued behind a row lock finish.
  const transactionOptions = { maxWait: 5_000, timeout: 15_000 }
  if (!process.env.LLWYBR_LOG_QUERIES) return new PrismaClient({ adapter, transactionOptions })
  // Diagnostics for benchmarks: every query with its duration.
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: 'event', level: 'query' }] })
  client.$on('query', (e) => console.log(`[query ${e.duration} ms] ${e.query.slice(0, 400)}`))
  return client
}

export type { PrismaClient }
