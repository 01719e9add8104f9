import 'server-only'
import { isAppError } from '../errors'
import type { Actor } from '../policy'

/**
 * Wraps a domain step so its action can read one entry of a refusal's `details` (what a confirmation is about: the
 * meetings an ending cancels, the volunteer a removal takes out) after the step's state is made. Input: the `key` of
 * `details` and the operation. Output: { operation, seen() } — the same operation, and the value it last refused
 * with under `key` (null when it did not). Used by the confirm-first steps (fix16a item 3, re-walk D8 of issue 16).
 */
export function refusalDetail<D, R>(key: string, operation: (actor: Actor, input: unknown) => Promise<R>) {
  let seen: D | null = null
  const wrapped = async (actor: Actor, input: unknown) => {
    try {
      return await operation(actor, input)
    } catch (e) {
      if (isAppError(e) && e.details && key in e.details) seen = e.details[key] as D
      throw e
    }
  }
  return { operation: wrapped, seen: () => seen }
}
