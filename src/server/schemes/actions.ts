'use server'
import { pageStep, type FormStepState } from '../action'
import { createScheme, updateScheme } from './save-scheme'
import { updateUnitCost } from './unit-costs'
import { creating } from '../submissions/creating'

/** A change to a scheme refreshes the administrators' list and the reports that show it. */
const paths = (d: { id: string }) => ['/admin/schemes', `/admin/schemes/${d.id}`, '/schemes', `/schemes/${d.id}`]

export async function createSchemeAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, creating(createScheme), paths)
}
export async function updateSchemeAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, updateScheme, paths)
}

export async function updateUnitCostAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, updateUnitCost, () => ['/admin/unit-costs', '/outcomes'])
}
