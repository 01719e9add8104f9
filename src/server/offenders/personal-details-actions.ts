'use server'
import { revalidatePath } from 'next/cache'
import { formToObject, runChecked, type ActionResult } from '../action'
import { updatePersonalDetails } from './update-personal-details'

type State = (ActionResult<{ offenderId: string; version: number; changed: number }> & { values?: Record<string, unknown> }) | null

export async function updatePersonalDetailsAction(_prev: State, form: FormData): Promise<State> {
  const values = formToObject(form)
  const result = await runChecked(values, updatePersonalDetails)
  if (!result.ok) return { ...result, values }
  revalidatePath(`/offenders/${result.data.offenderId}`)
  revalidatePath(`/offenders/${result.data.offenderId}/details`)
  return result
}
