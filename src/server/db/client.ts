import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../../generated/prisma/client'
import { SerialClient } from './serial-client'
import { wholeNumberSetting } from '../../lib/whole-number-setting'

/** The operations that take `relationLoadStrategy` (Prisma's relationJoins preview). */
const RELATION_READS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'create', 'update', 'upsert', 'delete'])

/**
 * Prisma's relationJoins preview (issue 18 item 2) makes a JSON-aggregating join the default for every read with
 * relations. Only the reads that ask for it get it (`relationLoadStrategy: 'join'`, e.g. a person's record, one
 * statement instead of seventeen); everything else keeps Prisma's long-standing strategy, one statement per relation,
 * whose plans, statement counts and results the rest of the app and its tests were measured with.
 */
function relationQueriesByDefault(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    name: 'relation-queries-by-default',
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          // Typed loosely on purpose: the union of every model's arguments is too large for the type checker.
          const given = args as { relationLoadStrategy?: unknown } | undefined
          const send = query as (next: unknown) => Promise<unknown>
          return send(RELATION_READS.has(operation) && given?.relationLoadStrategy === undefined ? { ...given, relationLoadStrategy: 'query' } : args)
        },
      },
    },
  })
  // A query-only extension changes no argument or result type; its own client type (no `$on`, every delegate
  // re-typed) would only slow the type checker and break every function that takes a PrismaClient.
  return extended as unknown as PrismaClient
}

// Shared by the app (db.ts), scripts (seed, bench) and tests; deliberately free of `server-only`.
export function createPrismaClient(connectionString: string): PrismaClient {
  // Not shorter: on a loaded machine a healthy connection can take over a second to open. An unreachable database is
  // answered by the proxy's probe within a second instead (src/lib/database-gate.ts, issue 17 item 7).
  const adapter = new PrismaPg(
    { connectionString, max: wholeNumberSetting(process.env.DATABASE_POOL_SIZE, 10, { min: 2, max: 500 }), connectionTimeoutMillis: 5_000, Client: SerialClient },
    {
      // Without a listener an idle client's error (database restart) crashes the process (security.md RL-4).
      onPoolError: (err) => console.error(`[db] pool error: ${err.message}`),
    },
  )
  // Prisma's defaults (2 s to get a connection, 5 s per transaction) fail racing submits on a loaded machine with
  // "Unable to start a transaction" although nothing is wrong: wait as long as a connection may take to open, and let
  // a transaction queued behind a row lock finish.
  const transactionOptions = { maxWait: 5_000, timeout: 15_000 }
  if (!process.env.LLWYBR_LOG_QUERIES) return relationQueriesByDefault(new PrismaClient({ adapter, transactionOptions }))
  // Diagnostics for benchmarks: every query with its duration.
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: 'event', level: 'query' }] })
  client.$on('query', (e) => console.log(`[query ${e.duration} ms] ${e.query.slice(0, 400)}`))
  return relationQueriesByDefault(client)
}


export type { PrismaClient }
