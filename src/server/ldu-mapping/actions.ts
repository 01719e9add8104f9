'use server'
import { pageStep, type FormStepState } from '../action'
import { creating } from '../submissions/creating'
import { changeLduOfAuthority, createLdu, renameLdu } from './ldu-mapping'

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
