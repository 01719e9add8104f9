'use server'
import { formStep, type FormStepState } from '../action'
import { mergeOffenders } from './merge-offenders'

export async function mergeOffendersAction(_prev: FormStepState, form: FormData) {
  return formStep(form, mergeOffenders, () => ['/'])
}
