'use server'
import { revalidatePath } from 'next/cache'
import { formToObject, runChecked, type ActionResult } from '../action'
import { createAgency, updateAgency } from './save-agency'
import { creating } from '../submissions/creating'

export type AgencyFormState = (ActionResult<{ id: string; version?: number }> & { values?: Record<string, unknown> }) | null

export async function createAgencyAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  const values = formToObject(form)
  const result = await runChecked(values, creating(createAgency))
  if (result.ok) revalidatePath('/admin/agencies')
  return result.ok ? result : { ...result, values }
}

export async function updateAgencyAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  const values = formToObject(form)
  const result = await runChecked(values, updateAgency)
  if (result.ok) revalidatePath('/admin/agencies')
  return result.ok ? result : { ...result, values }
}
