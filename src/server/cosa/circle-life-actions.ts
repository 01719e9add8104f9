'use server'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { refusalDetail } from './refusal-details'
import { fieldOf, pageStep, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { addOuterMember, beginCircleEnding, closeCircle, recordCircleReview, recordQuestionnaire, removeOuterMember, returnCircleToRunning, setAgreedGoals } from './circle-life'
import { cancelCircleMeeting, submitMinutes } from './minutes'
import { lifeStepDone, type TLifeStep } from './life-step-done'
import { creating } from '../submissions/creating'

/** A step in a circle's life: its page, the COSA overview and the outer circle's view of the person refresh. */
const circleStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) =>
  pageStep(form, operation, ({ id }) => [`/cosa/circles/${id}`, '/cosa', '/'])

/**
 * A step that changes the circle's stage: its form is gone from the page once done, so the page it returns to says
 * what was done (`?done=`), never beside a refusal, which stays on the form (cosa16 item 4).
 */
async function lifeStep(form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string; cancelled?: number }>, step: TLifeStep) {
  const state = await circleStep(form, operation)
  if (state?.ok) {
    const { id, cancelled } = state.data as { id: string; cancelled?: number }
    redirect(lifeStepDone(id, step, cancelled))
  }
  return state
}

export async function setAgreedGoalsAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, setAgreedGoals)
}
export async function addOuterMemberAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, creating(addOuterMember))
}
/** The removed member's row takes its form with it, so the page it returns to says so (walk 20, D3). */
export async function removeOuterMemberAction(_prev: FormStepState, form: FormData) {
  const state = await circleStep(form, removeOuterMember)
  if (state?.ok && !state.notice) redirect(lifeStepDone((state.data as { id: string }).id, 'outerRemoved'))
  return state
}
/** A quarterly review is confirmed on its form, which stays; the end review, on the page it returns to. */
export async function recordCircleReviewAction(_prev: FormStepState, form: FormData) {
  return fieldOf(form, 'kind') === 'END' ? lifeStep(form, creating(recordCircleReview), 'endReview') : circleStep(form, creating(recordCircleReview))
}
/**
 * Beginning the ending cancels the meetings after its date: the first submit answers with how many meetings and
 * confirmations that is, as `details.warnings`, for the coordinator to confirm with the form's box (fix16a item 3).
 */
export async function beginCircleEndingAction(_prev: FormStepState, form: FormData) {
  const step = refusalDetail<{ meetings: number; confirmations: number; unconfirmed: number }, Awaited<ReturnType<typeof beginCircleEnding>>>('endingCancels', beginCircleEnding)
  const state = await lifeStep(form, step.operation, 'ending')
  const cancels = step.seen()
  if (!cancels || state?.ok !== false) return state
  return { ...state, details: { warnings: [(await getTranslations('cosaLast.endingConfirm'))('willCancel', cancels)] } }
}
export async function returnCircleToRunningAction(_prev: FormStepState, form: FormData) {
  return lifeStep(form, returnCircleToRunning, 'running')
}
export async function recordQuestionnaireAction(_prev: FormStepState, form: FormData) {
  return lifeStep(form, recordQuestionnaire, 'questionnaire')
}
/** Withdrawing a forming circle is asked first: the refusal lists what it means beside the "confirm" box (walk 20, D4). */
export async function closeCircleAction(_prev: FormStepState, form: FormData) {
  const step = refusalDetail<{ volunteers: number }, Awaited<ReturnType<typeof closeCircle>>>('withdrawal', closeCircle)
  const state = await lifeStep(form, step.operation, 'closed')
  const withdrawal = step.seen()
  if (!withdrawal || state?.ok !== false) return state
  const t = await getTranslations('cosaBreak.withdraw')
  return { ...state, details: { warnings: [t('means'), t('released', withdrawal)] } }
}
/** The written-up meeting leaves the volunteer's list, so the thanks is shown on the page they return to. */
export async function submitMinutesAction(_prev: FormStepState, form: FormData) {
  const state = await pageStep(form, creating(submitMinutes), () => ['/', '/cosa'])
  if (state?.ok) redirect('/?minutes=sent')
  return state
}
export async function cancelCircleMeetingAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, cancelCircleMeeting, ({ id }) => ['/cosa', '/cosa/rota', `/cosa/rota/${id}`])
}
