'use server'
import { redirect } from 'next/navigation'
import { pageStep, type FormStepState } from '../action'
import { creating } from '../submissions/creating'
import { changeLduOfAuthority, createLdu, removeLdu, renameLdu } from './ldu-mapping'

/** The screen, and the outcome pages whose area choices and names show LDUs. */
const paths = () => ['/admin/ldus', '/outcomes']

export async function changeLduOfAuthorityAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, changeLduOfAuthority, paths)
}
export async function createLduAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, creating(createLdu), paths)
}
export async function renameLduAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, renameLdu, paths)
}
/** Removes an LDU; its row and form go with it, so the page is loaded again with the message (`?removed=1`). */
export async function removeLduAction(_prev: FormStepState, form: FormData) {
  const state = await pageStep(form, removeLdu, paths)
  if (state?.ok) redirect('/admin/ldus?removed=1#ldus-heading')
  return state
}
