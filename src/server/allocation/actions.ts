'use server'
import { redirect } from 'next/navigation'
import { formStep, type FormStepState } from '../action'
import { creating } from '../submissions/creating'
import { allocate } from './allocate'
import { decideTransfer, requestTransfer } from './transfer'
import { withdrawTransfer } from './withdraw-transfer'

export async function allocateAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(allocate), () => ['/'])
}
export async function requestTransferAction(_prev: FormStepState, form: FormData) {
  return formStep(form, requestTransfer, () => ['/'])
}

/**
 * A decided or withdrawn transfer leaves the list its form was in, so the confirmation is a page of its own
 * (issue 15 item 14): an accepting senior lands on the record, ready to allocate it.
 */
export async function decideTransferAction(_prev: FormStepState, form: FormData) {
  const state = await formStep(form, decideTransfer, () => ['/'])
  if (!state?.ok) return state
  const { offenderId, decision } = state.data as { offenderId: string; decision: 'ACCEPT' | 'REJECT' }
  redirect(decision === 'ACCEPT' ? `/offenders/${offenderId}?transfer=accepted#allocation-heading` : '/?transfer=rejected')
}
export async function withdrawTransferAction(_prev: FormStepState, form: FormData) {
  const state = await formStep(form, withdrawTransfer, () => ['/'])
  if (!state?.ok) return state
  redirect(`/offenders/${(state.data as { offenderId: string }).offenderId}?transfer=withdrawn#allocation-heading`)
}
