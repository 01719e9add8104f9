'use server'
import { getLocale, getTranslations } from 'next-intl/server'
import { formStep, type FormStepState } from '../action'
import { addAccessEntry, removeAccessEntry } from './change-access-list'
import { liftRestriction } from './lift-restriction'

/**
 * A saved list change that keeps volunteers serving in the person's circle out says so, naming them, and what
 * followed (break 28 D6; h17g item 2 of issue 17: a restriction list kept them out silently). A replayed submission
 * keeps its "already saved" notice. Input: the step's state, the message key. Output: the state, with the notice.
 */
async function sayWhoIsKeptOut(state: FormStepState, key: 'servesInCircle' | 'removedServesInCircle'): Promise<FormStepState> {
  if (!state?.ok || state.notice) return state
  const { keptOutOfCircle } = state.data as { keptOutOfCircle: string[] }
  if (!keptOutOfCircle.length) return state
  const names = new Intl.ListFormat(await getLocale(), { type: 'conjunction' }).format(keptOutOfCircle)
  return { ...state, notice: (await getTranslations('breakGlass.access'))(key, { names, count: keptOutOfCircle.length }) }
}

/** The record page's "add to a Limited Access list" form (issue 17). */
export async function addAccessEntryAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return sayWhoIsKeptOut(await formStep(form, addAccessEntry), 'servesInCircle')
}

/** The record page's "remove" button on a Limited Access list entry (issue 17). */
export async function removeAccessEntryAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return sayWhoIsKeptOut(await formStep(form, removeAccessEntry), 'removedServesInCircle')
}

/** The record page's "lift the restriction" form: a senior ends the restriction list with a reason (issue 17 item 2). */
export async function liftRestrictionAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return formStep(form, liftRestriction)
}
