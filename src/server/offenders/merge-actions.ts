'use server'
import { formStep, type FormStepState } from '../action'
import { sayWhoIsKeptOut } from '../limited-access/kept-out-notice'
import { mergeOffenders } from './merge-offenders'

/**
 * The record page's merge form; the senior is told of volunteers the merged lists keep out of a circle (issue 17), and
 * of chairs of coming meetings and staff of coming appointments they keep out (break 65 F5).
 */
export async function mergeOffendersAction(_prev: FormStepState, form: FormData) {
  return sayWhoIsKeptOut(await formStep(form, mergeOffenders, () => ['/']), 'mergedServesInCircle', 'merged')
}
