import type { PrismaClient } from '../../generated/prisma/client'

// security.md AU-2: per account and per IP, in Postgres so every app instance shares the count.
export const WINDOW_MS = 15 * 60 * 1000
export const LIMITS = { account: 10, ip: 50 } as const

/** `ip` null: the address is unknown, so only the account counts; there is no shared bucket (issue 17 item 1). */
export type ThrottleKeys = { account: string; ip: string | null }

const accountKey = (account: string) => `signin:account:${account.toLowerCase()}`
const keysOf = (k: ThrottleKeys) => [accountKey(k.account), ...(k.ip ? [`signin:ip:${k.ip}`] : [])]

/** True when either key has used up its failures in the current window. */
export async function isThrottled(db: PrismaClient, keys: ThrottleKeys, now = new Date()): Promise<boolean> {
  const account = accountKey(keys.account)
  const since = new Date(now.getTime() - WINDOW_MS)
  const rows = await db.rateLimit.findMany({ where: { key: { in: keysOf(keys) }, windowStart: { gt: since } } })
  return rows.some((r) => r.count >= (r.key === account ? LIMITS.account : LIMITS.ip))
}

/** Counts one failure; a window older than WINDOW_MS starts again at 1. Atomic under concurrency. */
export async function recordFailure(db: PrismaClient, keys: ThrottleKeys, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - WINDOW_MS)
  for (const key of keysOf(keys)) {
    await db.$executeRaw`
      INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimit"."windowStart" <= ${since} THEN 1 ELSE "RateLimit".count + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${since} THEN ${now} ELSE "RateLimit"."windowStart" END`
  }
}

export async function clearAccountFailures(db: PrismaClient, account: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: accountKey(account) } })
}
