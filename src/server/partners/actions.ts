'use server'
import { formStep, pageStep, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { addProgressNote, closeReferral, decideReferral, recordAssessment, recordFirstAppointment, startCarePlan } from './partner-work'
import { referToPartner, withdrawReferral } from './refer'
import { createService, setServiceActive, updateService } from './services'
import { creating } from '../submissions/creating'

/** The offender manager's steps refresh the person's referrals page and timeline as well as the record. */
const personStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ offenderId: string }>) =>
  formStep(form, operation, (id) => [`/offenders/${id}/referrals`, `/offenders/${id}/timeline`])

/** A caseworker's step refreshes their list and the referral's page. */
const partnerStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) =>
  pageStep(form, operation, ({ id }) => ['/partner', `/partner/referrals/${id}`])

const serviceStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) =>
  pageStep(form, operation, ({ id }) => ['/admin/services', `/admin/services/${id}`])

export async function referToPartnerAction(_prev: FormStepState, form: FormData) {
  return personStep(form, creating(referToPartner))
}
export async function withdrawReferralAction(_prev: FormStepState, form: FormData) {
  return personStep(form, withdrawReferral)
}
export async function decideReferralAction(_prev: FormStepState, form: FormData) {
  return partnerStep(form, decideReferral)
}
export async function recordFirstAppointmentAction(_prev: FormStepState, form: FormData) {
  return partnerStep(form, recordFirstAppointment)
}
export async function recordAssessmentAction(_prev: FormStepState, form: FormData) {
  return partnerStep(form, recordAssessment)
}
export async function startCarePlanAction(_prev: FormStepState, form: FormData) {
  return partnerStep(form, startCarePlan)
}
export async function addProgressNoteAction(_prev: FormStepState, form: FormData) {
  return partnerStep(form, creating(addProgressNote))
}
export async function closeReferralAction(_prev: FormStepState, form: FormData) {
  return partnerStep(form, closeReferral)
}
export async function createServiceAction(_prev: FormStepState, form: FormData) {
  return serviceStep(form, creating(createService))
}
export async function updateServiceAction(_prev: FormStepState, form: FormData) {
  return serviceStep(form, updateService)
}
export async function setServiceActiveAction(_prev: FormStepState, form: FormData) {
  return serviceStep(form, setServiceActive)
}
