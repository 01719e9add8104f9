'use server'
import { redirect } from 'next/navigation'
import { pageStep, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { addOuterMember, beginCircleEnding, closeCircle, recordCircleReview, recordQuestionnaire, removeOuterMember, returnCircleToRunning, setAgreedGoals } from './circle-life'
import { cancelCircleMeeting, submitMinutes } from './minutes'

/** A step in a circle's life: its page, the COSA overview and the outer circle's view of the person refresh. */
const circleStep = (form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>) =>
  pageStep(form, operation, ({ id }) => [`/cosa/circles/${id}`, '/cosa', '/'])

export async function setAgreedGoalsAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, setAgreedGoals)
}
export async function addOuterMemberAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, addOuterMember)
}
export async function removeOuterMemberAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, removeOuterMember)
}
export async function recordCircleReviewAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, recordCircleReview)
}
export async function beginCircleEndingAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, beginCircleEnding)
}
export async function returnCircleToRunningAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, returnCircleToRunning)
}
export async function recordQuestionnaireAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, recordQuestionnaire)
}
export async function closeCircleAction(_prev: FormStepState, form: FormData) {
  return circleStep(form, closeCircle)
}
/** The written-up meeting leaves the volunteer's list, so the thanks is shown on the page they return to. */
export async function submitMinutesAction(_prev: FormStepState, form: FormData) {
  const state = await pageStep(form, submitMinutes, () => ['/', '/cosa'])
  if (state?.ok) redirect('/?minutes=sent')
  return state
}
export async function cancelCircleMeetingAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, cancelCircleMeeting, ({ id }) => ['/cosa', '/cosa/rota', `/cosa/rota/${id}`])
}
