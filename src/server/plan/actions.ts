'use server'
import { formStep, type FormStepState } from '../action'
import { addObjective, updateObjective } from './objectives'
import { creating } from '../submissions/creating'

export async function addObjectiveAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(addObjective))
}
export async function updateObjectiveAction(_prev: FormStepState, form: FormData) {
  return formStep(form, updateObjective)
}
