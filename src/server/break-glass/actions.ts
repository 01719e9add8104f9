'use server'
import { redirect } from 'next/navigation'
import { formStep, type FormStepState } from '../action'
import { creating } from '../submissions/creating'
import { openBreakGlass } from './open-break-glass'

/** The break-glass form: on success, straight to the record now open (issue 17). */
export async function openBreakGlassAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  const state = await formStep(form, creating(openBreakGlass))
  if (state?.ok) redirect(`/offenders/${(state.data as { offenderId: string }).offenderId}`)
  return state
}
