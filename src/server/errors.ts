export const appErrorCodes = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'VALIDATION', 'RATE_LIMITED'] as const
export type AppErrorCode = (typeof appErrorCodes)[number]

/** A failure the user may be told about; anything else is an internal error and shows a generic message. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly fieldErrors?: Record<string, string[]>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = () => new AppError('NOT_FOUND')
export const forbidden = () => new AppError('FORBIDDEN')

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

/** A name a refusal puts in its message: a record's own name, or its English and Welsh names (an agency's). */
export type MessageName = string | { en: string; cy: string | null }

/**
 * A domain rule broken by one field's value (or `_form`), with a validation catalogue key, or several keys when more
 * than one rule refuses it at once (all shown together); nothing is saved. `names` fills the messages' placeholders
 * with what the refusal is about (an agency's name: break 38 D2, "this person's agency" told the chair nothing), in
 * the reader's language where the record has a Welsh name.
 */
export const invalid = (field: string, key: string | string[], names?: Record<string, MessageName>) =>
  new AppError('VALIDATION', 'VALIDATION', { [field]: Array.isArray(key) ? key : [key] }, names ? { messageNames: names } : undefined)

/**
 * The placeholders' values an `invalid` refusal carries, in `locale` (Welsh where held, else English); anything but a
 * name is not passed to a message. Output: placeholder → text, or undefined when the refusal names nothing.
 */
export const messageNamesOf = (details: Record<string, unknown> | undefined, locale: string): Record<string, string> | undefined => {
  const names = details?.messageNames
  if (!names || typeof names !== 'object') return undefined
  const text = (n: unknown) => (typeof n === 'string' ? n : n && typeof n === 'object' && 'en' in n && typeof n.en === 'string' ? (locale === 'cy' && 'cy' in n && typeof n.cy === 'string' && n.cy ? n.cy : n.en) : null)
  return Object.fromEntries(Object.entries(names).flatMap(([k, n]) => {
    const said = text(n)
    return said === null ? [] : [[k, said]]
  }))
}

/**
 * A CONFLICT its form shows in full, with what it carries in `details` beside the user's own answers, kept: the record
 * saved meanwhile (security.md RL-1), the likely duplicates of a new person. Marked `shownByForm`, so a page posted
 * without the script leaves it to that form rather than saying "Reload the page" at the top, which would lose the
 * answers and, for a question, is not true (walk 61 F5; walk 62 F1, break 62 F9: "This record was changed" over the
 * likely duplicates of a new person). Input: what the form shows. Output: the AppError to throw.
 */
export const conflictShownByForm = (details: Record<string, unknown>) => new AppError('CONFLICT', 'CONFLICT', undefined, { ...details, shownByForm: true })

/** The record saved meanwhile, for a form that shows it beside the user's own text (conflictShownByForm). */
export const changedShowingSaved = (current: Record<string, unknown>) => conflictShownByForm({ current })

/**
 * A refusal of the whole form because the record is no longer as the page showed it (a circle closed, ending or
 * started meanwhile): `_form` with a validation key, marked `stale` so the answer also offers the reload link (walk 23,
 * D2: the message never said to reload). Input: the catalogue key. Output: the AppError to throw.
 */
export const staleRefusal = (key: string) => new AppError('VALIDATION', 'VALIDATION', { _form: [key] }, { stale: true })
