'use server'
import { getTranslations } from 'next-intl/server'
import { formStep, type FormStepState } from '../action'
import { addAccessEntry, removeAccessEntry } from './change-access-list'
import { liftRestriction } from './lift-restriction'

/**
 * The record page's "add to a Limited Access list" form (issue 17). Excluding a volunteer who serves in the person's
 * circle says so, and what followed (break 28 D6); a replayed submission keeps its "already saved" notice.
 */
export async function addAccessEntryAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  const state = await formStep(form, addAccessEntry)
  if (!state?.ok || state.notice) return state
  const { servesInCircle } = state.data as Awaited<ReturnType<typeof addAccessEntry>>
  if (!servesInCircle) return state
  return { ...state, notice: (await getTranslations('breakGlass.access'))('servesInCircle', { name: servesInCircle }) }
}

/** The record page's "remove" button on a Limited Access list entry (issue 17). */
export async function removeAccessEntryAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return formStep(form, removeAccessEntry)
}

/** The record page's "lift the restriction" form: a senior ends the restriction list with a reason (issue 17 item 2). */
export async function liftRestrictionAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  return formStep(form, liftRestriction)
}
