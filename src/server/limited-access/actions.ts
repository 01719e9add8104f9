'use server'
import { formStep, type FormStepState } from '../action'
import { addAccessEntry, removeAccessEntry } from './change-access-list'

/** The record page's "add to a Limited Access list" form (issue 17). */
export async function addAccessEntryAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return formStep(form, addAccessEntry)
}

/** The record page's "remove" button on a Limited Access list entry (issue 17). */
export async function removeAccessEntryAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return formStep(form, removeAccessEntry)
}
