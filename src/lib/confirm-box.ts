/** What a form's "confirm" prop gives as the box's words when the refusal names none. */
export type TConfirmWords = { title: string; label: string; hint: string }
/** The box beside a refusal: its words, the warnings listed in it, and whether the "confirm" tick is offered. */
export type TConfirmBox = TConfirmWords & { warnings: string[]; tick: boolean }

const text = (v: unknown) => (typeof v === 'string' ? v : undefined)

/**
 * The warning box a refusal shows (ActionForm): only when the refusal carries `details.warnings`; titled, labelled and
 * hinted by the refusal's own `details.confirmTitle` / `confirmLabel` / `confirmHint` when it gives them (one form can
 * be refused for different reasons: a circle's pattern for its volunteers, or for the meetings it would cancel), else
 * by the form's defaults; with the tick only when the refusal is for want of it (a `confirm` field error), so a tick
 * is never offered that cannot change the answer (issue 16, left item 4).
 * Input: the refusal's field errors (as the form renders them) and details, the defaults. Output: the box, or null.
 */
export function confirmBoxOf(failed: { fieldErrors: Record<string, string[]>; details?: Record<string, unknown> }, words: TConfirmWords): TConfirmBox | null {
  const d = failed.details ?? {}
  const warnings = Array.isArray(d.warnings) ? (d.warnings as string[]) : []
  if (!warnings.length) return null
  return { title: text(d.confirmTitle) ?? words.title, label: text(d.confirmLabel) ?? words.label, hint: text(d.confirmHint) ?? words.hint, warnings, tick: !!failed.fieldErrors.confirm?.length }
}

/**
 * Whether a refusal only asks "are you sure" for the first time (re-walk of issue 16, D6): its one field error is the
 * `confirm` tick and the form was not sent with the question already on screen (`asked`, the hidden `confirmAsked` the
 * panel carries). Then the form shows a confirmation panel, not the red error summary: the user has done nothing
 * wrong yet. Sent again without the tick, `asked` is true and the error summary links the tick.
 * Input: the refusal's field errors, whether the question was on screen. Output: boolean.
 */
export function onlyAsking(fieldErrors: Record<string, string[]>, asked: boolean): boolean {
  const fields = Object.keys(fieldErrors).filter((k) => fieldErrors[k]?.length)
  return !asked && fields.length === 1 && fields[0] === 'confirm'
}

/**
 * The values to send again when the language is switched while a form's "are you sure" question is on screen (walk
 * 20, D2: approving the minutes or beginning an ending, the panel vanished with the switch and the Welsh user had to
 * press again): the refusal was only the question (onlyAsking, with warnings to show), no form was submitted since,
 * so sending the same values again without the tick writes nothing and brings the question back in the new language.
 * Input: the form's latest refusal (kept, shown or not), whether a form was submitted since. Output: the values
 * without `confirm` and `confirmAsked`, or null.
 */
export function questionToAskAgain(kept: { code: string; fieldErrors?: Record<string, string[]>; details?: Record<string, unknown>; values?: Record<string, unknown> } | null, submittedSince: boolean): Record<string, unknown> | null {
  if (!kept || kept.code !== 'VALIDATION' || submittedSince || !kept.values || !kept.fieldErrors) return null
  const warnings = kept.details?.warnings
  if (!Array.isArray(warnings) || !warnings.length || !onlyAsking(kept.fieldErrors, kept.values.confirmAsked === '1')) return null
  const { confirm: _confirm, confirmAsked: _asked, ...values } = kept.values
  return values
}
