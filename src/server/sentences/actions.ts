'use server'
import { formStep, type FormStepState } from '../action'
import { recordRequirementProgress } from './record-progress'

export async function recordProgressAction(_prev: FormStepState, form: FormData) {
  return formStep(form, recordRequirementProgress)
}
