'use server'
import { formStep, type FormStepState } from '../action'
import { allocate } from './allocate'
import { decideTransfer, requestTransfer } from './transfer'

export async function allocateAction(_prev: FormStepState, form: FormData) {
  return formStep(form, allocate, () => ['/'])
}
export async function requestTransferAction(_prev: FormStepState, form: FormData) {
  return formStep(form, requestTransfer, () => ['/'])
}
export async function decideTransferAction(_prev: FormStepState, form: FormData) {
  return formStep(form, decideTransfer, () => ['/'])
}
