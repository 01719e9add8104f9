import { randomUUID } from 'node:crypto'

/**
 * The header on the server's own request for the not-found page that names a refusal handed to it (walk 61 F3): a
 * stale form posted without the script whose page is then not found (a MAPPA referral returned meanwhile and out of
 * the chair's reach since) would otherwise show "Page not found" without saying why. It carries a random, short-lived
 * token, not the text: a visitor who sends the header names nothing, as only this server makes tokens.
 */
export const HANDED_REFUSAL_HEADER = 'x-llwybr-handed-refusal'

// How long a handed refusal waits for the page asked for at once (ms).
const WAIT_MS = 10_000

type Handed = Map<string, { text: string; until: number }>

// Under a global symbol: the server in front (scripts/serve.ts) and Next's bundle load this file as two modules in one
// process, and this is what they share.
function handed(): Handed {
  const store = globalThis as Record<symbol, Handed | undefined>
  return (store[Symbol.for('llwybr.handed-refusals')] ??= new Map())
}

/**
 * Keeps a refusal's text for the page asked for at once, for WAIT_MS. Expired ones are dropped as the next is kept: only
 * a form posted without the script whose page is then not found makes one, so the map stays small. Input: the text.
 * Output: the token to send in the header.
 */
export function handOverRefusal(text: string): string {
  const now = Date.now()
  for (const [token, entry] of handed()) if (entry.until <= now) handed().delete(token)
  const token = randomUUID()
  handed().set(token, { text, until: now + WAIT_MS })
  return token
}

/** The text handed over under `token` (the header's value) while it waits, else null. Input: any value. Output: string or null. */
export function handedRefusal(token: unknown): string | null {
  const entry = typeof token === 'string' ? handed().get(token) : undefined
  return entry && entry.until > Date.now() ? entry.text : null
}
