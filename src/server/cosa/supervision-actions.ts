'use server'
import { pageStep, type FormStepState } from '../action'
import { recordSupervision } from './supervision'
import { creating } from '../submissions/creating'

/** Records a supervision session; the volunteer's page and the coordinator's dashboard (supervision due) refresh. */
export async function recordSupervisionAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, creating(recordSupervision), ({ id }) => [`/cosa/volunteers/${id}`, '/cosa'])
}
