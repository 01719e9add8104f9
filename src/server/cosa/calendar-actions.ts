'use server'
import { pageStep, type FormStepState } from '../action'
import { calendarAddress, renewCalendarLink } from './calendar'

/**
 * Gives the signed-in volunteer a new calendar address. The address, with its secret, goes back to their browser this
 * once (`state.data.address`, absolute: break 55 F2) and the home page refreshes to say an address exists.
 */
export async function renewCalendarLinkAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, async (actor) => ({ address: calendarAddress((await renewCalendarLink(actor)).token) }), () => ['/'])
}
