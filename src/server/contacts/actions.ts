'use server'
import { revalidatePath } from 'next/cache'
import { formToObject, runChecked, type ActionResult } from '../action'
import { createContact } from './create-contact'
import { updateContact } from './update-contact'
import { creating } from '../submissions/creating'

export type CreateContactState = (ActionResult<{ id: string; offenderId: string }> & { values?: Record<string, unknown> }) | null

export async function createContactAction(_prev: CreateContactState, form: FormData): Promise<CreateContactState> {
  const values = formToObject(form)
  const result = await runChecked(values, creating(createContact))
  if (result.ok) revalidatePath(`/offenders/${result.data.offenderId}`)
  // On failure, hand the typed values back so nothing the user wrote is lost.
  return result.ok ? result : { ...result, values }
}

export type UpdateContactState = (ActionResult<{ id: string; offenderId: string; version: number }> & { values?: Record<string, unknown> }) | null

export async function updateContactAction(_prev: UpdateContactState, form: FormData): Promise<UpdateContactState> {
  const values = formToObject(form)
  const result = await runChecked(values, updateContact)
  if (result.ok) revalidatePath(`/offenders/${result.data.offenderId}`)
  return result.ok ? result : { ...result, values }
}
