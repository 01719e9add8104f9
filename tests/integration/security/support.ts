import { vi } from 'vitest'
import type { Actor } from '../../../src/server/policy'

/**
 * Server actions run here as a request would run them, without Next: messages are their catalogue keys, the signed-in
 * actor is whoever `signedIn.actor` names, and a redirect throws what it was sent to. Call from a test file's top
 * level through `vi.mock` factories (vitest hoists them).
 */
export const signedIn: { actor: Actor | null } = { actor: null }

export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`)
  }
}

/** The request's cookies: what actions set, and whether the browser sent a session cookie (`has`, none by default). */
export const cookieJar = { set: vi.fn(), has: vi.fn((_name: string) => false), get: vi.fn((_name: string): { value: string } | undefined => undefined), delete: vi.fn() }

/** A form's fields as FormData, as the browser would send them. */
export function formOf(fields: Record<string, string | File>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}
