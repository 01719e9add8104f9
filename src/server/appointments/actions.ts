'use server'
import { formStep, type FormStepState } from '../action'
import { countersignEnforcement } from '../enforcement/countersign-enforcement'
import { decideEnforcement } from '../enforcement/decide-enforcement'
import { arrangeAppointment } from './arrange-appointment'
import { cancelAppointment, rescheduleAppointment } from './change-appointment'
import { clashStep } from './clash-step'
import { recordOutcome } from './record-outcome'
import { creating } from '../submissions/creating'

export async function arrangeAppointmentAction(_prev: FormStepState, form: FormData) {
  return clashStep(form, creating(arrangeAppointment))
}
export async function rescheduleAppointmentAction(_prev: FormStepState, form: FormData) {
  return clashStep(form, rescheduleAppointment)
}
export async function cancelAppointmentAction(_prev: FormStepState, form: FormData) {
  return formStep(form, cancelAppointment, () => ['/'])
}
export async function recordOutcomeAction(_prev: FormStepState, form: FormData) {
  return formStep(form, recordOutcome, () => ['/'])
}
export async function decideEnforcementAction(_prev: FormStepState, form: FormData) {
  return formStep(form, decideEnforcement, () => ['/'])
}
export async function countersignEnforcementAction(_prev: FormStepState, form: FormData) {
  return formStep(form, countersignEnforcement, () => ['/'])
}
