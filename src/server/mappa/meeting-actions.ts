'use server'
import { withStepNotice } from '../posted-notice'
import { getTranslations } from 'next-intl/server'
import { isAppError } from '../errors'
import { withConfirmWarnings } from '../confirm-warnings'
import { fieldOf, formToObject, pageStep, runChecked, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { updateMappaAction } from './action-tracker'
import { recordMeetingClose } from './meeting-close'
import { approveMinutes, decideMinutesRequest, requestMinutes } from './minutes'
import { acknowledgeStatement, addAttendee, markAttendance, removeAttendee } from './run-meeting'
import { addAction, recordItem, saveItemDraft } from './item-writes'
import { askBeforeReplacing } from './replace-question'
import { creating } from '../submissions/creating'

type Operation = (actor: Actor, input: unknown) => Promise<object>

/** One step on a meeting, its minutes or its actions: on success every page that shows it is refreshed. */
const step = (form: FormData, operation: Operation, paths: string[]) => pageStep(form, operation, () => paths)

const meeting = (form: FormData) => {
  const id = fieldOf(form, 'meetingId')
  return [`/mappa/meetings/${id}`, `/mappa/meetings/${id}/run`, `/mappa/meetings/${id}/minutes`]
}

export async function addAttendeeAction(_prev: FormStepState, form: FormData) {
  return step(form, creating(addAttendee), meeting(form))
}
export async function markAttendanceAction(_prev: FormStepState, form: FormData) {
  return step(form, markAttendance, meeting(form))
}
export async function removeAttendeeAction(_prev: FormStepState, form: FormData) {
  return step(form, removeAttendee, meeting(form))
}
export async function acknowledgeStatementAction(_prev: FormStepState, form: FormData) {
  const state = await step(form, acknowledgeStatement, meeting(form))
  // The chair put on the attendance list is told so, not left to find a row they never added (walk 37 O6); a replayed
  // submission keeps its "already saved" notice (review 66 B2).
  if (state?.ok && !state.notice && (state.data as { chairAdded?: boolean }).chairAdded) return withStepNotice(state, (await getTranslations('room'))('statementDoneChairAdded'))
  // Asked to publish an agenda never published (walk 20, D7): the question says what is at stake, beside the tick.
  if (!state || state.ok || state.details?.confirmStep !== 'publishAgenda') return state
  const t = await getTranslations('mappaChair.publishOnStatement')
  return { ...state, details: { warnings: [t('warning')] } }
}
export async function recordItemAction(_prev: FormStepState, form: FormData) {
  return askBeforeReplacing(await step(form, recordItem, meeting(form)))
}
export async function addActionAction(_prev: FormStepState, form: FormData) {
  return step(form, creating(addAction), [...meeting(form), '/mappa/actions'])
}
export async function recordMeetingCloseAction(_prev: FormStepState, form: FormData) {
  return step(form, recordMeetingClose, meeting(form))
}
/**
 * Approving is final: the first press answers what it means beside an "are you sure" box (MAPPA break test item 2).
 * Refused for want of attendance (`details.fixAt` 'attendance', re-walk of issue 16 D4), it links the attendance list.
 */
export async function approveMinutesAction(_prev: FormStepState, form: FormData) {
  let fixAttendance = false
  const state = await step(form, async (actor, input) => {
    try {
      return await approveMinutes(actor, input)
    } catch (e) {
      fixAttendance = isAppError(e) && e.details?.fixAt === 'attendance'
      throw e
    }
  }, [...meeting(form), '/mappa', '/'])
  if (!fixAttendance || !state || state.ok) return withConfirmWarnings(state)
  const t = await getTranslations('mappaLast')
  return { ...state, details: { ...state.details, links: [{ href: `/mappa/meetings/${fieldOf(form, 'meetingId')}/run#attendance-heading`, label: t('attendanceLink') }] } }
}

/**
 * Autosave: nothing to refresh — the screen keeps what was typed and takes the new version for the next save. The
 * form's submission key is the recording's: each draft differs, so the key is not the draft's (walk 72 F3).
 */
export async function saveItemDraftAction(form: FormData) {
  const { submissionKey: _recordings, ...values } = formToObject(form)
  return askBeforeReplacing(await runChecked(values, saveItemDraft))
}

export async function requestMinutesAction(_prev: FormStepState, form: FormData) {
  return step(form, creating(requestMinutes), [`/offenders/${fieldOf(form, 'offenderId')}/mappa`, '/mappa'])
}
export async function decideMinutesRequestAction(_prev: FormStepState, form: FormData) {
  return step(form, decideMinutesRequest, ['/mappa'])
}
export async function updateMappaActionAction(_prev: FormStepState, form: FormData) {
  return step(form, updateMappaAction, ['/', '/mappa/actions', '/mappa'])
}
