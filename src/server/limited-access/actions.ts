'use server'
import { formStep, type FormStepState } from '../action'
import { sayWhoIsKeptOut } from './kept-out-notice'
import { addAccessEntry, removeAccessEntry } from './change-access-list'
import { liftRestriction } from './lift-restriction'

/** The record page's "add to a Limited Access list" form (issue 17). */
export async function addAccessEntryAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return sayWhoIsKeptOut(await formStep(form, addAccessEntry), 'servesInCircle', 'added')
}

/** The record page's "remove" button on a Limited Access list entry (issue 17). */
export async function removeAccessEntryAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return sayWhoIsKeptOut(await formStep(form, removeAccessEntry), 'removedServesInCircle', 'removed')
}

/** The record page's "lift the restriction" form: a senior ends the restriction list with a reason (issue 17 item 2). */
export async function liftRestrictionAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return formStep(form, liftRestriction)
}
