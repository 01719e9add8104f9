import 'server-only'
import { z } from 'zod'
import { prisma, type Tx } from './db'
import { inDryRun } from './dry-run'
import { isAppError } from './errors'
import { version } from './zod-numbers'

const CHECKED = Symbol('checked; rolled back')

/** The record a change's form names (`id`, the field holding its uuid), as parseAsDrawn checks it (see there). */
export type AsDrawn = { id: string; versioned?: boolean; check: (tx: Tx, id: string, version: number) => Promise<unknown> }

// What says the record moved on since the form was drawn: gone or out of reach, changed (CONFLICT), or no longer in
// a state the form is for (a stale refusal, or any refusal of the whole form, e.g. "this appointment is closed").
function movedOn(e: unknown): boolean {
  if (!isAppError(e)) return false
  if (e.code !== 'VALIDATION') return e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN' || e.code === 'CONFLICT'
  return e.details?.stale === true || Object.keys(e.fieldErrors ?? {}).every((field) => field === '_form')
}

/**
 * Parses a change to one record (a sentence, an appointment, a registration …) with `schema`. When the answers are
 * refused, it first asks whether the record is still as the form showed it, and says that instead: a form drawn
 * before the order ended (or the row was changed, closed or removed) is no longer on the page, so its field messages
 * had nowhere to appear without the script and, with it, told the user to correct answers to a form that can no longer
 * be saved (walk 58 F1: "Add a requirement" on an ended order with a too-small amount vanished without a word).
 * Input: the schema; the posted input; `record`: `id`, the field naming the record (a uuid), `versioned` (default true:
 * the form posts the record's `version`, passed on; false: none is) and `check(tx, id, version)`, the change's own
 * loader, run in a transaction that is always rolled back, so even a loader that moves the version on saves nothing.
 * A record the form does not name readably (a bad id or version) is not looked up. Output: the parsed input.
 * Errors: the loader's NOT_FOUND, FORBIDDEN, CONFLICT or whole-form refusal (e.g. staleRefusal 'sentenceEnded') when
 * the record moved on; otherwise the ZodError. Only validating (validateOnly) never reads the database.
 */
export async function parseAsDrawn<S extends z.ZodType>(schema: S, input: unknown, record: AsDrawn): Promise<z.output<S>> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const posted = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
  const named = z.object({ id: z.uuid(), version: record.versioned === false ? z.any().transform(() => 0) : version })
  const target = named.safeParse({ id: posted[record.id], version: posted.version })
  if (!target.success || inDryRun()) throw parsed.error
  const { check } = record
  try {
    await prisma.$transaction(async (tx) => {
      await check(tx, target.data.id, target.data.version)
      throw CHECKED
    })
  } catch (e) {
    if (movedOn(e)) throw e
  }
  throw parsed.error
}
