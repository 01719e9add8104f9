import 'server-only'
import type { AppError } from './errors'

/** Whether `e` is PostgreSQL's unique-index refusal as Prisma reports it (P2002), on whatever index. */
export const isUniqueViolation = (e: unknown): boolean => (e as { code?: string } | null)?.code === 'P2002'

/** Whether `e` is PostgreSQL's unique-index refusal (P2002) naming `index` or one of its columns. */
function refusedBy(e: unknown, names: string[]): boolean {
  const error = e as { code?: string; meta?: unknown; message?: string }
  if (!isUniqueViolation(e)) return false
  const said = `${JSON.stringify(error.meta ?? {})} ${error.message ?? ''}`
  return names.some((n) => said.includes(n))
}

/**
 * Runs a create held by an "only one open at a time" partial unique index (migration one_open_at_a_time: one waiting
 * transfer, one active registration of a type, one referral awaiting a decision per person). The service's own count
 * answers the common case; when simultaneous submits all pass it, the index refuses every insert but one, and those
 * get the same field error as a later request instead of a 500 (tester's race report on issue 15 items 12-14). The
 * same holds for any "one per" unique index checked then written without a lock, such as one entry per person, list
 * and member of staff on an access list (break test 27, D3: racing losers were told "Something went wrong").
 * @param names the index's name and the columns it covers, as PostgreSQL reports them in the refusal
 * @param refusal the error the losers get (the same one the count throws)
 * @returns the create's result; any other failure is rethrown unchanged
 */
export async function oneOpenAtATime<T>(names: string[], refusal: () => AppError, create: () => Promise<T>): Promise<T> {
  try {
    return await create()
  } catch (e) {
    if (refusedBy(e, names)) throw refusal()
    throw e
  }
}
