'use server'
import { pageStep, type FormStepState } from '../action'
import { renewCalendarLink } from './calendar'

/**
 * Gives the signed-in volunteer a new calendar address. The secret goes back to their browser this once
 * (`state.data.token`) and the home page refreshes to say an address exists.
 */
export async function renewCalendarLinkAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, async (actor) => ({ token: (await renewCalendarLink(actor)).token }), () => ['/'])
}
