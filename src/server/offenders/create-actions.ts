'use server'
import { redirect } from 'next/navigation'
import { formToObject, runChecked, type FormStepState } from '../action'
import { createOffender } from './create-offender'
import { creating } from '../submissions/creating'

/** On success the user goes straight to the new record; otherwise the form comes back with their values. */
export async function createOffenderAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  const values = formToObject(form)
  const result = await runChecked(values, creating(createOffender))
  if (result.ok) redirect(`/offenders/${result.data.id}`)
  return { ...result, values }
}
