'use server'
import { revalidatePath } from 'next/cache'
import { formToObject, runAction, type ActionResult } from '../action'
import { countersignEnforcement } from '../enforcement/countersign-enforcement'
import { decideEnforcement } from '../enforcement/decide-enforcement'
import type { Actor } from '../policy'
import { arrangeAppointment } from './arrange-appointment'
import { cancelAppointment, rescheduleAppointment } from './change-appointment'
import { recordOutcome } from './record-outcome'

type State = (ActionResult<unknown> & { values?: Record<string, unknown> }) | null

/** Runs one step, refreshes the person's record, and hands typed values back on failure. */
async function step(form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ offenderId: string }>): Promise<State> {
  const values = formToObject(form)
  const result = await runAction((actor) => operation(actor, values))
  if (result.ok) {
    revalidatePath(`/offenders/${result.data.offenderId}`)
    revalidatePath('/')
    return result
  }
  return { ...result, values }
}

export async function arrangeAppointmentAction(_prev: State, form: FormData) {
  return step(form, arrangeAppointment)
}
export async function rescheduleAppointmentAction(_prev: State, form: FormData) {
  return step(form, rescheduleAppointment)
}
export async function cancelAppointmentAction(_prev: State, form: FormData) {
  return step(form, cancelAppointment)
}
export async function recordOutcomeAction(_prev: State, form: FormData) {
  return step(form, recordOutcome)
}
export async function decideEnforcementAction(_prev: State, form: FormData) {
  return step(form, decideEnforcement)
}
export async function countersignEnforcementAction(_prev: State, form: FormData) {
  return step(form, countersignEnforcement)
}
