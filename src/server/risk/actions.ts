'use server'
import { revalidatePath } from 'next/cache'
import { formToObject, runAction, type ActionResult } from '../action'
import type { Actor } from '../policy'
import { addRegistration, deregister, reviewRegistration } from './registrations'
import { saveRiskPlan } from './save-risk-plan'

type State = (ActionResult<unknown> & { values?: Record<string, unknown> }) | null

async function step(form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ offenderId: string }>): Promise<State> {
  const values = formToObject(form)
  const result = await runAction((actor) => operation(actor, values))
  if (!result.ok) return { ...result, values }
  revalidatePath(`/offenders/${result.data.offenderId}/risk`)
  revalidatePath(`/offenders/${result.data.offenderId}`)
  return result
}

export async function saveRiskPlanAction(_prev: State, form: FormData) {
  return step(form, saveRiskPlan)
}
export async function addRegistrationAction(_prev: State, form: FormData) {
  return step(form, addRegistration)
}
export async function reviewRegistrationAction(_prev: State, form: FormData) {
  return step(form, reviewRegistration)
}
export async function deregisterAction(_prev: State, form: FormData) {
  return step(form, deregister)
}
