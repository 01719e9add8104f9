'use server'
import { revalidatePath } from 'next/cache'
import { formToObject, runChecked, type ActionResult } from '../action'
import { getTwoStepActor } from '../session'
import { confirmTwoStep } from './enrol'
import { disableTwoStep, regenerateRecoveryCodes, resetTwoStep } from './manage'

export type TwoStepFormState = ActionResult<{ recoveryCodes?: string[]; id?: string }> | null

const PAGE = '/account/two-step'

/** Confirms enrolment with a current code; the page then shows the recovery codes once. */
export async function confirmTwoStepAction(_prev: TwoStepFormState, form: FormData): Promise<TwoStepFormState> {
  const values = formToObject(form)
  return runChecked(values, confirmTwoStep, getTwoStepActor)
}

/** New recovery codes after a current code; the page's count of codes left is drawn again (walk 53). */
export async function regenerateRecoveryCodesAction(_prev: TwoStepFormState, form: FormData): Promise<TwoStepFormState> {
  const values = formToObject(form)
  const result = await runChecked(values, regenerateRecoveryCodes, getTwoStepActor)
  if (result.ok) revalidatePath(PAGE)
  return result
}

/** Turns the user's own factor off after a current code (refused while their agency requires it). */
export async function disableTwoStepAction(_prev: TwoStepFormState, form: FormData): Promise<TwoStepFormState> {
  const values = formToObject(form)
  const result = await runChecked(values, disableTwoStep, getTwoStepActor)
  if (result.ok) revalidatePath(PAGE)
  return result
}

/** An administrator resets a user's factor (permission user.manage; the domain checks it). */
export async function resetTwoStepAction(_prev: TwoStepFormState, form: FormData): Promise<TwoStepFormState> {
  const values = formToObject(form)
  const result = await runChecked(values, resetTwoStep)
  if (result.ok) revalidatePath(`/admin/users/${String(values.userId)}`)
  return result
}
