'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { formToObject, runAction, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { changeVolunteerStage, recordDbs, recordEnquiry, recordReferences, recordTraining } from './volunteers'

/** A step on a volunteer's record: on success their page and the volunteer list are refreshed. */
async function volunteerStep(form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>): Promise<FormStepState> {
  const values = formToObject(form)
  const result = await runAction((actor) => operation(actor, values))
  if (!result.ok) return { ...result, values }
  for (const path of [`/cosa/volunteers/${result.data.id}`, '/cosa']) revalidatePath(path)
  return result
}

export async function recordEnquiryAction(_prev: FormStepState, form: FormData) {
  const state = await volunteerStep(form, recordEnquiry)
  if (state?.ok) redirect(`/cosa/volunteers/${(state.data as { id: string }).id}`)
  return state
}
export async function changeVolunteerStageAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, changeVolunteerStage)
}
export async function recordDbsAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, recordDbs)
}
export async function recordTrainingAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, recordTraining)
}
export async function recordReferencesAction(_prev: FormStepState, form: FormData) {
  return volunteerStep(form, recordReferences)
}
