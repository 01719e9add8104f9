import 'server-only'
import { revalidatePath } from 'next/cache'
import { getLocale, getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { isAppError, messageNamesOf } from './errors'
import { isUniqueViolation } from './one-open'
import { validateOnly } from './dry-run'
import { blankedInvisible, fieldsWithControlCharacters, fieldsWithUnreadableCharacters, isUnsafeKey, withoutControlCharacters } from './zod-fields'
import type { Actor } from './policy'
import { getActor } from './session'
import { fingerprintOf, runOnce, submissionKeyOf } from './submissions/claim'
import { isValidationKey, issueKey } from './validation-messages'
import { markActionStarted } from '../lib/action-started'
import { DONE_FIELD, FORM_FIELD } from '../lib/posted-notice'
import { leaveAnswerForPage, withPostedNotice } from './posted-notice'

export type ActionResult<T> =
  | { ok: true; data: T; /** Set when this was a duplicate of a submission already saved (issue 17 defect 2). */ notice?: string }
  | { ok: false; code: 'VALIDATION'; message: string; fieldErrors: Record<string, string[]>; details?: Record<string, unknown>; /** A refusal because the page is out of date (staleRefusal): the reload link's text (walk 23, D2). */ reload?: string }
  | { ok: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'ERROR'; message: string; details?: Record<string, unknown>; /** A stale form: the reload link's text (walk 20, D10). */ reload?: string }

/**
 * Form fields as a plain object; repeated names (checkbox groups, multi-selects) become arrays. A hand-made POST
 * whose body is not a form gives no fields, so validation refuses it with field messages rather than a 500. The
 * success message and place a form names for a post without the page's script are kept aside (withPostedNotice), not fields.
 */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!(form instanceof FormData)) return out
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION') || key === DONE_FIELD || key === FORM_FIELD || key.split('.').some(isUnsafeKey)) continue
    const all = form.getAll(key).map((v) => (typeof v === 'string' ? v : v.name))
    out[key] = all.length > 1 ? all : all[0]
  }
  return withPostedNotice(out, form.get(DONE_FIELD), form.get(FORM_FIELD))
}

/** One text field of a form, '' when absent or when a hand-made POST's argument is not a form (no 500, issue 17 item 5). */
export function fieldOf(form: unknown, name: string): string {
  const value = form instanceof FormData ? form.get(name) : null
  return typeof value === 'string' ? value : ''
}

/** A zod error's issues as messages per field (dotted path; `_form` for the whole form) in the user's language. */
export async function fieldErrorsOf(error: ZodError): Promise<Record<string, string[]>> {
  const t = await getTranslations('validation')
  const out: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '_form'
    const { key, values } = issueKey(issue)
    const message = t(key, values)
    // One field's checks can fail alike ("choose an option" from the type and the range): said once (break 65 F4).
    if (!out[field]?.includes(message)) (out[field] ??= []).push(message)
  }
  return out
}

/** Domain rules that need the database (e.g. "email taken") raise AppError VALIDATION with catalogue keys. */
async function translateKeys(fieldErrors: Record<string, string[]>, names?: Record<string, string>): Promise<Record<string, string[]>> {
  const t = await getTranslations('validation')
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, keys]) => [field, keys.map((k) => (isValidationKey(k) ? t(k, names) : t('invalid')))]))
}

/** Which irreversible step is waiting for its "are you sure" (requireConfirmed); no other domain detail leaves the server. */
const confirmStepOf = (details?: Record<string, unknown>) => (typeof details?.confirmStep === 'string' ? { details: { confirmStep: details.confirmStep } } : {})

/**
 * Every server action is a public POST endpoint: re-resolve the actor, run the domain operation (which
 * parses with zod and authorizes), and answer a typed result with messages in the user's language. When `values`
 * carry a submission key the operation runs at most once per user and key (security.md RL-2, issue 17 defect 2).
 */
export async function runAction<T>(
  operation: (actor: Actor) => Promise<T>,
  values?: Record<string, unknown>,
  // Only the user's own two-step actions pass getTwoStepActor: they must work before an enforced enrolment (AU-4).
  resolveActor: () => Promise<Actor | null> = getActor,
): Promise<ActionResult<T>> {
  markActionStarted()
  const t = await getTranslations('errors')
  const actor = await resolveActor()
  if (!actor) return { ok: false, code: 'UNAUTHENTICATED', message: t('UNAUTHENTICATED') }
  try {
    // A form that posted a submission key runs once per (user, key); a duplicate gets the first one's result.
    const key = values ? submissionKeyOf(values) : null
    if (!key || !values) return { ok: true, data: await operation(actor) }
    const once = await runOnce(actor.userId, key, fingerprintOf(values), () => operation(actor))
    if (!once.replayed) return { ok: true, data: once.data }
    const ts = await getTranslations('security.submission')
    return { ok: true, data: once.data, notice: ts('alreadySaved') }
  } catch (e) {
    if (e instanceof ZodError) return { ok: false, code: 'VALIDATION', message: t('VALIDATION'), fieldErrors: await fieldErrorsOf(e) }
    if (isAppError(e)) {
      const code = e.code
      // A refusal for what changed since the page was drawn (a circle closed or ending meanwhile) offers the reload too.
      if (code === 'VALIDATION') return { ok: false, code, message: t(code), fieldErrors: await translateKeys(e.fieldErrors ?? {}, e.details?.messageNames ? messageNamesOf(e.details, await getLocale()) : undefined), ...confirmStepOf(e.details), ...(e.details?.stale === true ? { reload: t('reload') } : {}) }
      // A conflict may say what changed (a validation key on `_form`, e.g. MAPPA fix item 2's minutesChanged).
      const said = code === 'CONFLICT' && e.fieldErrors?._form ? (await translateKeys({ _form: e.fieldErrors._form }))._form?.[0] : undefined
      // A bare conflict is a stale form: say what to do and offer the reload (walk 20, D10). One that says what
      // changed (or asks a question, like replacing recorded minutes) carries its own way on.
      if (code === 'CONFLICT' && !said) return { ok: false, code, message: t(code), details: e.details, reload: t('reload') }
      // One that says what changed but asks nothing (no details to answer: "this nominal was changed on another
      // screen", "the minutes changed") is a stale form too, and offers the reload as the others do (walk 61 F7).
      return { ok: false, code, message: said ?? t(code), details: e.details, ...(said && !e.details ? { reload: t('reload') } : {}) }
    }
    // A unique index refused a create its domain function did not map itself: an identical submit raced this one and
    // saved first, so "already recorded", never "Something went wrong. Nothing was saved." (break test 27, D3).
    if (isUniqueViolation(e)) return { ok: false, code: 'VALIDATION', message: t('VALIDATION'), fieldErrors: await translateKeys({ _form: ['alreadyRecorded'] }) }
    // Never leak stacks, SQL or Prisma messages to the browser (security.md NX-2).
    console.error('[action] unexpected error', e)
    return { ok: false, code: 'ERROR', message: t('ERROR') }
  }
}


/**
 * runAction for a form's values, text of only invisible characters blanked (`blankedInvisible`), refusing text with
 * control characters (NUL, bidi overrides, also in an upload's file name), or unreadable ones (U+FFFD, a lone
 * surrogate: break test 22, D4), with a field message before the domain sees it. Every action that takes a form uses this, not bare
 * runAction (issue 17 item 4: NUL gave "Something went wrong" where it did not). The operation gets the values to
 * use: the form's own, or — when refusing — the same with those characters removed, run only as far as its input
 * checks (`validateOnly`, no database use), so the refusal also names every other field the user must fix, in one
 * round (issue 16, MAPPA break test item 5: the other errors came only on the second submit). A success posted without
 * the page's script leaves the form's message, or a stale form's refusal, for the page (leaveAnswerForPage, walk 55 F2,
 * break 56 F2).
 */
export async function runChecked<T>(
  posted: Record<string, unknown>,
  operation: (actor: Actor, values: Record<string, unknown>) => Promise<T>,
  resolveActor: () => Promise<Actor | null> = getActor,
): Promise<ActionResult<T>> {
  markActionStarted()
  const values = blankedInvisible(posted)
  const control = fieldsWithControlCharacters(values)
  const unreadable = fieldsWithUnreadableCharacters(values).filter((f) => !control.includes(f))
  const fields = [...control, ...unreadable]
  if (!fields.length) {
    const result = await runAction((actor) => operation(actor, values), values, resolveActor)
    await leaveAnswerForPage(result, posted)
    return result
  }
  const t = await getTranslations('errors')
  const actor = await resolveActor()
  if (!actor) return { ok: false, code: 'UNAUTHENTICATED', message: t('UNAUTHENTICATED') }
  const refused = await validateOnly(() => operation(actor, withoutControlCharacters(values, fields)))
  const others = refused instanceof ZodError ? await fieldErrorsOf(refused) : {}
  const tv = await getTranslations('validation')
  const fieldErrors = { ...others, ...Object.fromEntries(fields.map((field) => [field, [tv(control.includes(field) ? 'controlCharacters' : 'unreadableCharacters')]])) }
  return { ok: false, code: 'VALIDATION', message: t('VALIDATION'), fieldErrors }
}

export type FormStepState = (ActionResult<unknown> & { values?: Record<string, unknown> }) | null

/**
 * One step of a case-record form (appointment, enforcement, risk, allocation, plan): run the operation,
 * refresh the pages that show the person, and hand the typed values back on failure.
 */
export async function formStep(
  form: FormData,
  operation: (actor: Actor, input: unknown) => Promise<{ offenderId: string }>,
  extraPaths: (offenderId: string) => string[] = () => [],
): Promise<FormStepState> {
  const values = formToObject(form)
  const result = await runChecked(values, operation)
  if (!result.ok) {
    // After a conflict the page re-renders with the other person's change; the form keeps this user's input.
    if (result.code === 'CONFLICT' && typeof values.offenderId === 'string' && /^[0-9a-f-]{36}$/i.test(values.offenderId)) refresh(values.offenderId, extraPaths)
    return { ...result, values }
  }
  refresh(result.data.offenderId, extraPaths)
  return result
}

function refresh(offenderId: string, extraPaths: (offenderId: string) => string[]) {
  for (const path of [`/offenders/${offenderId}`, ...extraPaths(offenderId)]) revalidatePath(path)
}

/**
 * One step of a form that is not about a single person's record (a meeting, a review, a volunteer): run the
 * operation and, on success, refresh the pages its result names; on failure hand the typed values back.
 */
export async function pageStep<T>(form: FormData, operation: (actor: Actor, input: unknown) => Promise<T>, paths: (data: T) => string[]): Promise<FormStepState> {
  const values = formToObject(form)
  const result = await runChecked(values, operation)
  if (!result.ok) return { ...result, values }
  for (const path of paths(result.data)) revalidatePath(path)
  return result
}
