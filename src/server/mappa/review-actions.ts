'use server'
import { redirect } from 'next/navigation'
import { pageStep, type FormStepState } from '../action'
import type { Actor } from '../policy'
import { addReviewAction, concludeReview, openReview, updateReview, updateReviewAction } from './reviews'

type Operation = (actor: Actor, input: unknown) => Promise<{ id: string; offenderId: string }>

/** A step on a serious case review: on success the review, the overview and the person's MAPPA page are refreshed. */
const reviewStep = (form: FormData, operation: Operation) => pageStep(form, operation, ({ id, offenderId }) => [`/mappa/reviews/${id}`, '/mappa', '/mappa/actions', `/offenders/${offenderId}/mappa`])

export async function openReviewAction(_prev: FormStepState, form: FormData) {
  const state = await reviewStep(form, openReview)
  if (state?.ok) redirect(`/mappa/reviews/${(state.data as { id: string }).id}`)
  return state
}
export async function updateReviewFormAction(_prev: FormStepState, form: FormData) {
  return reviewStep(form, updateReview)
}
export async function concludeReviewAction(_prev: FormStepState, form: FormData) {
  return reviewStep(form, concludeReview)
}
export async function addReviewActionAction(_prev: FormStepState, form: FormData) {
  return reviewStep(form, addReviewAction)
}
export async function updateReviewActionAction(_prev: FormStepState, form: FormData) {
  return reviewStep(form, updateReviewAction)
}
