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

/**
 * A domain rule broken by one field's value (or `_form`), with a validation catalogue key; nothing is saved. `names`
 * fills the message's placeholders with what the refusal is about (an agency's name: break 38 D2, "this person's
 * agency" told the chair nothing); they are records' own names, never translated.
 */
export const invalid = (field: string, key: string, names?: Record<string, string>) =>
  new AppError('VALIDATION', 'VALIDATION', { [field]: [key] }, names ? { messageNames: names } : undefined)

/** The placeholders' values an `invalid` refusal carries (strings only: anything else is not passed to a message). */
export const messageNamesOf = (details?: Record<string, unknown>): Record<string, string> | undefined => {
  const names = details?.messageNames
  if (!names || typeof names !== 'object') return undefined
  return Object.fromEntries(Object.entries(names).filter((e): e is [string, string] => typeof e[1] === 'string'))
}

/**
 * A refusal of the whole form because the record is no longer as the page showed it (a circle closed, ending or
 * started meanwhile): `_form` with a validation key, marked `stale` so the answer also offers the reload link (walk 23,
 * D2: the message never said to reload). Input: the catalogue key. Output: the AppError to throw.
 */
export const staleRefusal = (key: string) => new AppError('VALIDATION', 'VALIDATION', { _form: [key] }, { stale: true })
