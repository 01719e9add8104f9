'use server'
import { formStep, pageStep, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { setPathwayRestriction } from './restrict-pathway'
import { createSupportNeed, setSupportNeedActive, updateSupportNeed } from './save-support-need'
import { updatePathway } from './update-pathway'
import { creating } from '../submissions/creating'

/** A pathway step refreshes the person's pathways page as well as their record. */
const pathwayPage = (offenderId: string) => [`/offenders/${offenderId}/pathways`]

export async function updatePathwayAction(_prev: FormStepState, form: FormData) {
  return formStep(form, updatePathway, pathwayPage)
}
export async function setPathwayRestrictionAction(_prev: FormStepState, form: FormData) {
  return formStep(form, setPathwayRestriction, pathwayPage)
}

/** A change to the catalogue refreshes the administrators' list; the pathways pages read it fresh on each request. */
const catalogueStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) => pageStep(form, operation, () => ['/admin/support-needs'])

export async function createSupportNeedAction(_prev: FormStepState, form: FormData) {
  return catalogueStep(form, creating(createSupportNeed))
}
export async function updateSupportNeedAction(_prev: FormStepState, form: FormData) {
  return catalogueStep(form, updateSupportNeed)
}
export async function setSupportNeedActiveAction(_prev: FormStepState, form: FormData) {
  return catalogueStep(form, setSupportNeedActive)
}
