import { notFound } from 'next/navigation'
import { isAppError } from '@/server/errors'

/** Pages answer 404 both for records out of scope and for operations the role may not use (security.md AC-3). */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound()
    throw e
  }
}
