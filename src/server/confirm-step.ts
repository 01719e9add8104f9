import 'server-only'
import { AppError } from './errors'

/** The irreversible steps that ask "are you sure" first; each has a `confirm<Step>` validation key. */
export type IrreversibleStep = 'conclude' | 'approve'

/**
 * Refuses an irreversible step not yet confirmed: VALIDATION with `confirm` <key> and `details.confirmStep`, which the
 * action turns into the list of what the step means (confirmWarnings) beside the box. Call it after every other
 * check, inside the step's transaction, so the question is only asked of a step that would otherwise succeed.
 * Errors: AppError VALIDATION. Source: issue 16, MAPPA break test item 2 (conclude had no confirmation).
 */
export function requireConfirmed(isConfirmed: boolean, step: IrreversibleStep): void {
  if (isConfirmed) return
  const key = step === 'conclude' ? 'confirmConclude' : 'confirmApprove'
  throw new AppError('VALIDATION', 'VALIDATION', { confirm: [key] }, { confirmStep: step })
}
