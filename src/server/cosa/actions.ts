'use server'
import { redirect } from 'next/navigation'
import { pageStep, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { changeVolunteerStage, recordDbs, recordEnquiry, recordReferences, recordTraining } from './volunteers'

/** A step on a volunteer's record: on success their page and the volunteer list are refreshed. */
const volunteerStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) =>
  pageStep(form, operation, ({ id }) => [`/cosa/volunteers/${id}`, '/cosa'])

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
