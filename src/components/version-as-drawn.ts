import { readsAsSnapshot, readsAsVersion } from '@/lib/drawn-at'

// The hidden fields that say what a form was drawn at, and how a posted one reads: the record's version (optimistic
// concurrency, RL-1), or the database snapshot it was drawn in (an IOM panel decision, break 62 F1, review 62 item 2).
// How a posted one reads is the server's own rule (drawn-at.ts), so a value kept here is one the server reads.
const AS_DRAWN: Record<string, (text: string) => boolean> = { version: readsAsVersion, basedOnVersion: readsAsVersion, drawnAs: readsAsSnapshot }

type Shown = { ok: false; code: string; values?: Record<string, unknown>; details?: Record<string, unknown> } | null | undefined

/**
 * The version a form is drawn with. While its answers are those of a refusal, the version it posted: the page drawn
 * around that refusal (always, without the page's script) may carry a newer version saved meanwhile that the user has
 * not seen, and their corrected answers saved against it would overwrite that change without a word (walk 61 F1; and
 * after "This record was changed… reload the page", retest 62 F1: personal details, a pathway, a registration review
 * were overwritten by the next save). Only a conflict whose form shows the saved version beside the user's answers
 * (`shownByForm`) takes the page's own, so a save after reading it is deliberate (RL-1); as does a form with nothing
 * refused. Input: the latest refusal, whose answers refill the form even once its
 * messages are hidden by another form's submission (useOwnSuccess's `kept`, review 62: not `failed`), the hidden field's
 * name, the page's version. Output: the version to draw (a posted one only if it reads as one: AS_DRAWN).
 */
export function versionAsDrawn<P extends number | string | undefined>(failed: Shown, name: string, page: P): P | string {
  if (!failed || failed.details?.shownByForm === true) return page
  const posted = failed.values?.[name]
  return typeof posted === 'string' && AS_DRAWN[name]?.(posted) ? posted : page
}

/**
 * A form's hidden values with each field that says what the form was drawn at (a version, a snapshot) drawn by
 * versionAsDrawn. Input: the page's hidden values, the latest
 * refusal (`kept`). Output: the hidden values to draw.
 */
export function hiddenAsDrawn(hidden: Record<string, string | number>, failed: Shown): Record<string, string | number> {
  const drawn = { ...hidden }
  for (const name of Object.keys(AS_DRAWN)) if (name in drawn) drawn[name] = versionAsDrawn(failed, name, drawn[name]!)
  return drawn
}
