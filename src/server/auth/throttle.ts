import type { PrismaClient } from '../../generated/prisma/client'

// security.md AU-2: per account and per IP, in Postgres so every app instance shares the count.
export const WINDOW_MS = 15 * 60 * 1000
export const LIMITS = { account: 10, ip: 50 } as const

/** `ip` null: the address is unknown, so only the account counts; there is no shared bucket (issue 17 item 1). */
export type ThrottleKeys = { account: string; ip: string | null }

const accountKey = (account: string) => `signin:account:${account.toLowerCase()}`
const ipKey = (ip: string) => `signin:ip:${ip}`
const keysOf = (k: ThrottleKeys) => [accountKey(k.account), ...(k.ip ? [ipKey(k.ip)] : [])]

/**
 * Counts an attempt (a password or a code about to be checked) as a failure before it is checked, and says whether it
 * may go ahead: false once either key has more than its limit in the window (a window older than WINDOW_MS starts
 * again at 1). Counting first is what holds under a burst: checking the count and adding to it afterwards let 30
 * wrong passwords sent at once have 16 checked against a limit of 10 (break 51 F3). An attempt that turns out not to
 * be a failure gives its count back (`attemptPassed`, `attemptNotMade`).
 * Input: the keys, `now`. Output: true when the attempt may be checked. Atomic per key under concurrency.
 */
export async function takeAttempt(db: PrismaClient, keys: ThrottleKeys, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS)
  let allowed = true
  for (const key of keysOf(keys)) {
    const [row] = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimit"."windowStart" <= ${since} THEN 1 ELSE "RateLimit".count + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${since} THEN ${now} ELSE "RateLimit"."windowStart" END
      RETURNING count`
    if (row!.count > (key.startsWith('signin:account:') ? LIMITS.account : LIMITS.ip)) allowed = false
  }
  return allowed
}

/** Gives back an attempt that was not a failure after all (no code was typed yet): both keys' counts, not below 0. */
export async function attemptNotMade(db: PrismaClient, keys: ThrottleKeys): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET count = greatest(count - 1, 0) WHERE key = ANY(${keysOf(keys)})`
}

/** A sign-in that passed: the account's failures are cleared, and the address gets this attempt back (AU-2). */
export async function attemptPassed(db: PrismaClient, keys: ThrottleKeys): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: accountKey(keys.account) } })
  if (keys.ip) await db.$executeRaw`UPDATE "RateLimit" SET count = greatest(count - 1, 0) WHERE key = ${ipKey(keys.ip)}`
}
