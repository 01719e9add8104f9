import 'server-only'
import { createHash } from 'node:crypto'
import { Prisma } from '../../generated/prisma/client'
import { AppError } from '../errors'
import { prisma } from '../db'

/** A claim left pending this long was abandoned by a crashed run and may be taken over (issue 17 defect 2). */
export const STALE_CLAIM_MS = 30_000
/** How long a duplicate waits for the first run to finish before it is told to try again. */
const WAIT_MS = 15_000
const POLL_MS = 50

/** The submission key field every create form posts (see `<SubmissionKey />`). */
export const SUBMISSION_KEY_FIELD = 'submissionKey'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The form's submission key when it posted a well-formed one, else null (the action then runs unguarded). */
export function submissionKeyOf(values: Record<string, unknown>): string | null {
  const key = values[SUBMISSION_KEY_FIELD]
  return typeof key === 'string' && UUID.test(key) ? key.toLowerCase() : null
}

/** sha256 hex of the submitted fields without the key and without any password (never kept, even hashed), in a stable order. */
export function fingerprintOf(values: Record<string, unknown>): string {
  const fields = Object.keys(values).filter((k) => k !== SUBMISSION_KEY_FIELD && !/password/i.test(k)).sort().map((k) => [k, values[k]])
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex')
}

export type Once<T> = { data: T; replayed: boolean }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Inserts the claim, or takes over one left pending past STALE_CLAIM_MS; true when this run now owns it. */
async function claim(userId: string, key: string, fingerprint: string): Promise<boolean> {
  const inserted = await prisma.$executeRaw`INSERT INTO "FormSubmission" ("userId", "key", "fingerprint") VALUES (${userId}::uuid, ${key}::uuid, ${fingerprint}) ON CONFLICT DO NOTHING`
  if (inserted === 1) return true
  const stale = new Date(Date.now() - STALE_CLAIM_MS)
  const taken = await prisma.formSubmission.updateMany({ where: { userId, key, fingerprint, status: 'PENDING', claimedAt: { lt: stale } }, data: { claimedAt: new Date() } })
  return taken.count === 1
}

/**
 * Runs a create at most once per (user, submission key) (security.md RL-2, issue 17 defect 2). The first claim runs
 * `operation` and stores its result; a replay, or a duplicate racing the first, waits for it and gets that result with
 * `replayed: true`. A failed run releases its claim so the corrected form can be resubmitted with the same key; a
 * claim left pending by a crash is taken over after STALE_CLAIM_MS. Keys are scoped per user, so another user's key
 * is simply a new key. Errors: CONFLICT when the key was used with other values, or the first run is still going
 * after WAIT_MS; otherwise whatever `operation` raises. The result must be JSON (ids, not Dates).
 */
export async function runOnce<T>(userId: string, key: string, fingerprint: string, operation: () => Promise<T>): Promise<Once<T>> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    if (await claim(userId, key, fingerprint)) return { data: await runClaimed(userId, key, operation), replayed: false }
    const earlier = await prisma.formSubmission.findUnique({ where: { userId_key: { userId, key } } })
    if (earlier && earlier.fingerprint !== fingerprint) throw new AppError('CONFLICT')
    if (earlier?.status === 'DONE') return { data: earlier.result as T, replayed: true }
    if (Date.now() > deadline) throw new AppError('CONFLICT')
    // Pending: the first run is still going. Gone: it failed and released the key; the loop claims it afresh.
    if (earlier) await sleep(POLL_MS)
  }
}

async function runClaimed<T>(userId: string, key: string, operation: () => Promise<T>): Promise<T> {
  let data: T
  try {
    data = await operation()
  } catch (e) {
    await prisma.formSubmission.deleteMany({ where: { userId, key, status: 'PENDING' } })
    throw e
  }
  const result = asJson(data)
  await prisma.formSubmission.update({ where: { userId_key: { userId, key } }, data: { status: 'DONE', result } })
  return data
}

/** The result as JSON for replays; one that cannot be (none, or a BigInt) is kept as null rather than failing a saved create. */
function asJson(data: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  try {
    return data === undefined ? Prisma.JsonNull : (JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue)
  } catch {
    return Prisma.JsonNull
  }
}
