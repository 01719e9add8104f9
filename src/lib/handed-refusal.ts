import { randomUUID } from 'node:crypto'

/**
 * The header on the server's own request for a page that names a refusal handed to it: a stale form posted without the
 * script whose page is then not found would otherwise show "Page not found" without saying why (walk 61 F3), and a
 * form too large to read a bare "Payload too large" (break 64 F1). It carries a random, short-lived
 * token, not the text: a visitor who sends the header names nothing, as only this server makes tokens.
 */
export const HANDED_REFUSAL_HEADER = 'x-llwybr-handed-refusal'

// How long a handed refusal waits for the page asked for at once (ms): longer than the longest wait for that page
// (scripts/serve.ts, 15 s), or a slow page is drawn without saying why nothing was saved (review 65 B2).
const WAIT_MS = 20_000

/**
 * A refusal handed to a page: its words as the refusal set them (already in the reader's language), or what the page
 * says in the reader's language (a key under `errors`): a form too large to read, which the server in front refuses
 * before the app reads it (break 64 F1).
 */
export type THandedRefusal = { text: string } | { say: 'bodyTooLarge' }

type Handed = Map<string, { refusal: THandedRefusal; until: number }>

// Under a global symbol: the server in front (scripts/serve.ts) and Next's bundle load this file as two modules in one
// process, and this is what they share.
function handed(): Handed {
  const store = globalThis as Record<symbol, Handed | undefined>
  return (store[Symbol.for('llwybr.handed-refusals')] ??= new Map())
}

/**
 * Keeps a refusal for the page asked for at once, for WAIT_MS. Expired ones are dropped as the next is kept: only a
 * form posted without the script whose page is then not found, or that is too large to read, makes one, so the map
 * stays small. Input: the refusal. Output: the token to send in the header.
 */
export function handOverRefusal(refusal: THandedRefusal): string {
  const now = Date.now()
  for (const [token, entry] of handed()) if (entry.until <= now) handed().delete(token)
  const token = randomUUID()
  handed().set(token, { refusal, until: now + WAIT_MS })
  return token
}

/** The refusal handed over under `token` (the header's value) while it waits, else null. Input: any value. */
export function handedRefusal(token: unknown): THandedRefusal | null {
  const entry = typeof token === 'string' ? handed().get(token) : undefined
  return entry && entry.until > Date.now() ? entry.refusal : null
}
