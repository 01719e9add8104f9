'use server'
import { redirect } from 'next/navigation'
import { formStep, pageStep, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { creating } from '../submissions/creating'
import { createCohort, updateCohort } from './cohorts'
import { recordIntelligence } from './intelligence'
import { changeRag, recordReview, setArrangements, updateJointPlan } from './member-changes'
import { changeStatus } from './member-status'
import { decideCandidate } from './panel'

/** A change to a member: their IOM page, the IOM list and their record (registrations) refresh. */
const memberStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ offenderId: string }>) =>
  formStep(form, operation, (offenderId) => [`/offenders/${offenderId}/iom`, '/iom'])

/** A new cohort opens on its own page, where its candidate list is. */
export async function createCohortAction(_prev: FormStepState, form: FormData) {
  const state = await pageStep(form, creating(createCohort), () => ['/iom'])
  if (state?.ok) redirect(`/iom/cohorts/${(state.data as { id: string }).id}`)
  return state
}
export async function updateCohortAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, updateCohort, ({ id }) => [`/iom/cohorts/${id}`, '/iom'])
}
export async function decideCandidateAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, creating(decideCandidate), ({ id, offenderId }) => [`/iom/cohorts/${id}`, '/iom', `/offenders/${offenderId}/iom`])
}
export async function changeRagAction(_prev: FormStepState, form: FormData) {
  return memberStep(form, changeRag)
}
export async function recordReviewAction(_prev: FormStepState, form: FormData) {
  return memberStep(form, creating(recordReview))
}
export async function changeStatusAction(_prev: FormStepState, form: FormData) {
  return memberStep(form, changeStatus)
}
export async function updateJointPlanAction(_prev: FormStepState, form: FormData) {
  return memberStep(form, updateJointPlan)
}
export async function setArrangementsAction(_prev: FormStepState, form: FormData) {
  return memberStep(form, setArrangements)
}
export async function recordIntelligenceAction(_prev: FormStepState, form: FormData) {
  return memberStep(form, creating(recordIntelligence))
}
