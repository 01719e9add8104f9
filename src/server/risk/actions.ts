'use server'
import { formStep, type FormStepState } from '../action'
import { addRegistration, deregister, reviewRegistration } from './registrations'
import { recordRiskAssessment } from './record-assessment'
import { saveRiskPlan } from './save-risk-plan'
import { creating } from '../submissions/creating'

export async function saveRiskPlanAction(_prev: FormStepState, form: FormData) {
  return formStep(form, saveRiskPlan, (id) => [`/offenders/${id}/risk`])
}
export async function addRegistrationAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(addRegistration), (id) => [`/offenders/${id}/risk`])
}
export async function reviewRegistrationAction(_prev: FormStepState, form: FormData) {
  return formStep(form, reviewRegistration, (id) => [`/offenders/${id}/risk`])
}
export async function deregisterAction(_prev: FormStepState, form: FormData) {
  return formStep(form, deregister, (id) => [`/offenders/${id}/risk`])
}
export async function recordRiskAssessmentAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(recordRiskAssessment), (id) => [`/offenders/${id}/risk`])
}
