'use server'
import { revalidatePath } from 'next/cache'
import { formToObject, runChecked, type ActionResult } from '../action'
import { createUser } from './create-user'
import { resetPassword } from './reset-password'
import { updateUser } from './update-user'
import { creating } from '../submissions/creating'

export type UserFormState = (ActionResult<{ id: string }> & { values?: Record<string, unknown> }) | null

function withValues(result: ActionResult<{ id: string }>, values: Record<string, unknown>): UserFormState {
  if (result.ok) return result
  // Passwords are never echoed back into the page.
  const { password: _password, ...kept } = values
  return { ...result, values: kept }
}

export async function createUserAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  const values = formToObject(form)
  const result = await runChecked(values, creating(createUser))
  if (result.ok) revalidatePath('/admin/users')
  return withValues(result, values)
}

export async function updateUserAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  const values = formToObject(form)
  const result = await runChecked(values, updateUser)
  if (result.ok) revalidatePath(`/admin/users/${result.data.id}`)
  return withValues(result, values)
}

export async function resetPasswordAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  const values = formToObject(form)
  return withValues(await runChecked(values, resetPassword), values)
}
