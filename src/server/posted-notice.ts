import 'server-only'
import { randomUUID } from 'node:crypto'
import { cookies, headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { onlyAsking } from '../lib/confirm-box'
import { handedRefusal, HANDED_REFUSAL_HEADER } from '../lib/handed-refusal'
import { ASKED_BELOW_COOKIE, DONE_COOKIE, formPlace, postedNoticeText, REFUSED_BELOW_COOKIE, REFUSED_COOKIE } from '../lib/posted-notice'
import type { ActionResult } from './action'

const NOTICE = Symbol('posted success message')
const PLACE = Symbol('posted form place')

/**
 * Keeps the success message and the place a form named (DONE_FIELD, FORM_FIELD) beside its values, out of sight of
 * the domain: a symbol key is not an entry (nor enumerable), so validation, fingerprints and audit never see them.
 * Input: the values, the fields' values. Output: the values.
 */
export function withPostedNotice<V extends Record<string, unknown>>(values: V, posted: unknown, place?: unknown): V {
  const text = postedNoticeText(posted)
  if (text) Object.defineProperty(values, NOTICE, { value: text })
  const at = formPlace(place)
  if (at) Object.defineProperty(values, PLACE, { value: at })
  return values
}

/**
 * Hands the page rendered in the same response what became of a step posted without the page's script (no
 * `Next-Action` header: the browser sent the form itself), as a cookie set with Max-Age 0, which Next gives that render
 * (setting it counts as a revalidation) and the browser does not keep.
 * - A success: the form's message (walk 55 F2); a duplicate's own notice ("already saved") wins over the form's.
 * - A refusal because the form is out of date (a stale form's `reload`), its record is gone (NOT_FOUND), or the step is
 *   not the user's to take (FORBIDDEN: a form that role is never shown, posted as it stood elsewhere; break 62 F6, the
 *   page came back without a word): its lines (break 56 F2). Such a form was re-keyed by the other person's change or went with it, so it cannot say it; one that
 *   is still there leaves it to the page (ErrorSummary, usePostedRefusal).
 * Input: the result, the values the form posted. Output: nothing. Never throws: the step is decided by now.
 */
export async function leaveAnswerForPage(result: ActionResult<unknown>, values: Record<string, unknown>): Promise<void> {
  const [name, text] = result.ok ? [DONE_COOKIE, successToHand(result.notice, values)] : refusalOrPlace(result, values)
  await handToPage(name, text)
}

/**
 * A step whose success message is composed after it ran (whom a Limited Access change keeps out, a rota's counts, an
 * agenda's refreshed reviews, the chair added to attendance, a circle's saved pattern) says it without the page's
 * script too: the page showed the form's plain message, and the form leaves its own to the page (break 66 F2: "Added
 * to the list" alone, the coming appointment the senior had to cancel unsaid). The notice replaces a message handed
 * for this response (the last one set wins); a form that names none shows its own state, as before.
 * Input: the successful state, its notice. Output: the state with the notice. Never throws (a cookie not set is logged).
 */
export async function withStepNotice<S extends { ok: true }>(state: S, notice: string | undefined): Promise<S & { notice: string | undefined }> {
  // The step is decided by now: a notice not handed over is logged, never an error page.
  try {
    if (notice && !(await headers()).has('next-action') && (await handedByThisResponse(DONE_COOKIE))) await handToPage(DONE_COOKIE, postedNoticeText(notice))
  } catch (e) {
    console.error('[action] notice not handed to the page', e)
  }
  return { ...state, notice }
}

async function handToPage(name: string, text: string | null): Promise<void> {
  if (!text) return
  if ((await headers()).has('next-action')) return
  // A message that could not be handed over must never turn a saved step into an error page.
  try {
    ;(await cookies()).set(`${name}-${randomUUID()}`, text, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 })
  } catch (e) {
    console.error('[action] answer not handed to the page', e)
  }
}

// Only a form that names its success message hands one over (ActionForm); a duplicate's notice then says it instead.
function successToHand(notice: string | undefined, values: Record<string, unknown>): string | null {
  const text = postedNoticeText((values as Record<symbol, unknown>)[NOTICE])
  return text && (postedNoticeText(notice) ?? text)
}

// A refusal the form cannot say is handed whole; one of its answers, which the form says, is pointed to from the top
// of the page when the form names its place (walk 63 F6); so is a question it asks before saving, as a question: the
// page without the script opens at its top, and a chair took "Replace its minutes?" three screens down for a save
// (walk 68 F5, break 68 F4).
function refusalOrPlace(result: Exclude<ActionResult<unknown>, { ok: true }>, values: Record<string, unknown>): [string, string | null] {
  const text = refusalToHand(result)
  if (text) return [REFUSED_COOKIE, text]
  const place = formPlace((values as Record<symbol, unknown>)[PLACE])
  // A first "are you sure" (onlyAsking) is asked by the form's confirmation panel; a conflict the domain marks as a
  // question (`details.asks`: "Replace its minutes?") by the form's summary. Marked by the domain, not by the wording a
  // form's action adds after this is handed (retest 68a F1: `details.replace` came too late).
  if (result.code === 'VALIDATION' && onlyAsking(result.fieldErrors, values.confirmAsked === '1')) return [ASKED_BELOW_COOKIE, place && `${place}-confirm-title`]
  if (result.code === 'CONFLICT' && result.details?.asks === true) return [ASKED_BELOW_COOKIE, place && `${place}-error-summary-title`]
  // A conflict its form shows beside the kept answers (the record saved meanwhile) is pointed to as a refusal of them
  // is: the page comes back at its top, the form far down (walk 72 F4: the run page said nothing there).
  const shownBelow = result.code === 'VALIDATION' || (result.code === 'CONFLICT' && result.details?.shownByForm === true)
  return shownBelow ? [REFUSED_BELOW_COOKIE, place] : [REFUSED_COOKIE, null]
}

// What a refusal says when its form cannot: a stale form's lines (the form-level ones of a stale validation refusal).
function refusalToHand(result: Exclude<ActionResult<unknown>, { ok: true }>): string | null {
  if (!result.reload && result.code !== 'NOT_FOUND' && result.code !== 'FORBIDDEN') return null
  // Its form shows what it is about beside the user's own answers, kept: "Reload the page" would lose them (walk 61 F5).
  if (result.code === 'CONFLICT' && result.details?.shownByForm === true) return null
  const lines = result.code === 'VALIDATION' ? result.fieldErrors._form : undefined
  return postedNoticeText(lines?.length ? lines.join(' ') : result.message)
}

/** The place of the form whose answers a step posted without the script had refused (walk 63 F6), or null. */
export const postedRefusalBelow = async (): Promise<string | null> => formPlace(await handedByThisResponse(REFUSED_BELOW_COOKIE))

/** The id of the question a form posted without the script asks before it saves (walk 68 F5), or null. */
export const postedQuestionBelow = async (): Promise<string | null> => formPlace(await handedByThisResponse(ASKED_BELOW_COOKIE))

/** The success message handed to this render by a step posted without the script, or null. */
export const postedNotice = (): Promise<string | null> => handedByThisResponse(DONE_COOKIE)

/**
 * The refusal handed to this render by a stale step posted without the script (break 56 F2), or, in a page the server in
 * front sends instead of its own answer, the refusal handed to that page: the not-found page for a blank one (walk 61
 * F3), the form's page for a form too large to read (break 64 F1), in the reader's language; else null.
 */
export async function postedRefusal(): Promise<string | null> {
  const set = await handedByThisResponse(REFUSED_COOKIE)
  if (set) return set
  const handed = handedRefusal((await headers()).get(HANDED_REFUSAL_HEADER))
  if (handed && 'say' in handed) return (await getTranslations('errors'))(handed.say)
  return postedNoticeText(handed?.text)
}

// Only a cookie this response set counts. Each is named afresh (`<prefix>-<uuid>`, nothing else) and the browser never
// keeps one (Max-Age 0), so a name the request carries was planted by another site that can set cookies for this host
// (another port, a sibling sub-domain): it is neither shown (break 57 F1) nor allowed to hide the real one (break 58
// F1). "Carries" is any mention in the Cookie header, however spaced: reading the header's names with String.trim
// dropped a no-break space Next's cookie reader keeps, so a planted `llwybr-done-…<U+00A0>` passed (break 59 F1).
async function handedByThisResponse(prefix: string): Promise<string | null> {
  const sent = (await headers()).get('cookie') ?? ''
  const ours = new RegExp(`^${prefix}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
  // The last one set wins: a step's composed notice follows its form's plain message (withStepNotice).
  const handed = (await cookies()).getAll().findLast((c) => ours.test(c.name) && !sent.includes(c.name))
  return postedNoticeText(handed?.value)
}
