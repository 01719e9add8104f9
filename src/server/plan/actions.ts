'use server'
import { formStep, type FormStepState } from '../action'
import { addObjective, updateObjective } from './objectives'

export async function addObjectiveAction(_prev: FormStepState, form: FormData) {
  return formStep(form, addObjective)
}
export async function updateObjectiveAction(_prev: FormStepState, form: FormData) {
  return formStep(form, updateObjective)
}
