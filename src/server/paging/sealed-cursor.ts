import 'server-only'
import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto'

// A keyset cursor travels in page links, which a user excluded from a Limited Access person can read, copy and edit.
// Its plain value (a person's CRN, a nominal's or action's id) would name a redacted row's person, so every cursor of
// a list that can hold a redacted row is sealed: AES-256-GCM under a key derived from NEXTAUTH_SECRET (as the two-step
// secrets, ADR 0016), with the list's name as associated data so one list's cursor does not open another's.
// Issue 17 defect 6, ADR 0023.
const INFO = 'llwybr keyset cursor v1'
// At least an IV (12 bytes) and a tag (16) in base64url; at most what a long id or CRN cursor needs.
const TOKEN = /^[A-Za-z0-9_-]{38,400}$/

/** The lists whose cursors are sealed: the name is bound into each cursor. */
// 'mappa.agendaItem' is not a cursor but the same kind of handle: a redacted agenda item's reference for deferring it
// (walk 25 O3), bound to its meeting, opening to nothing else.
export type SealedList = 'caseload' | 'mappa.register' | 'mappa.tracker' | 'breakGlass' | 'mappa.agendaItem'

// The derived keys by secret and use: deriving them again for every cursor was 1.4% of the officer's home page's CPU
// (issue 18 item 1 profile, four derivations per page). Keyed by the secret itself, so a changed secret derives anew.
const derived = new Map<string, Buffer>()

function key(use: 'encrypt' | 'iv', env = process.env): Buffer {
  const secret = env.NEXTAUTH_SECRET
  if (!secret && env.NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is needed to seal page cursors')
  const material = secret ?? 'llwybr-development-only'
  const name = `${use}\0${material}`
  let found = derived.get(name)
  if (!found) {
    // Only a handful of secrets ever live in one process (tests change it); never let the map grow without bound.
    if (derived.size >= 16) derived.clear()
    found = Buffer.from(hkdfSync('sha256', material, 'llwybr', `${INFO} ${use}`, 32))
    derived.set(name, found)
  }
  return found
}

/**
 * Seals a cursor for a page link. Input: the list's name and the plain boundary (an id, or `crn:<CRN>`).
 * Output: an opaque base64url token (iv, tag, ciphertext) that reveals nothing of the value. The same boundary gives
 * the same token (the IV is a keyed hash of list and value, as in SIV), so a page's links are stable and two paths
 * to one page agree; distinct values get distinct IVs, which AES-GCM needs.
 */
export function sealCursor(list: SealedList, plain: string): string {
  const iv = createHmac('sha256', key('iv')).update(`${list}\0${plain}`).digest().subarray(0, 12)
  const cipher = createCipheriv('aes-256-gcm', key('encrypt'), iv).setAAD(Buffer.from(list))
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** sealCursor for an optional value (a page with no rows has no cursor). */
export const sealCursorOf = (list: SealedList, plain: string | undefined) => (plain === undefined ? undefined : sealCursor(list, plain))

/**
 * Opens what sealCursor wrote for the same list. Output: the plain value, or undefined when there is none, or it was
 * altered, made for another list or under another secret: a list then starts from its first page, as it does for any
 * malformed cursor (keyset.schemas.ts), since a hand-edited address should not be an error page. Never throws.
 */
export function openCursor(list: SealedList, token: unknown): string | undefined {
  if (typeof token !== 'string' || !TOKEN.test(token)) return undefined
  const bytes = Buffer.from(token, 'base64url')
  try {
    const decipher = createDecipheriv('aes-256-gcm', key('encrypt'), bytes.subarray(0, 12)).setAAD(Buffer.from(list))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    // The authentication tag did not match: altered, another list's or another secret's. Treated as no cursor.
    return undefined
  }
}

/** A query with its `after` / `before` cursors opened (absent when they do not open), for the list's own schema. */
export function openCursors<Q extends Record<string, unknown>>(list: SealedList, query: Q): Q {
  const opened = { ...query }
  for (const k of ['after', 'before'] as const) {
    if (k in opened) (opened as Record<string, unknown>)[k] = openCursor(list, opened[k])
  }
  return opened
}
