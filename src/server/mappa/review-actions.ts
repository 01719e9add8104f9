'use server'
import { redirect } from 'next/navigation'
import { fieldOf, pageStep, type FormStepState } from '../action'
import { withConfirmWarnings } from '../confirm-warnings'
import type { Actor } from '../policy'
import { addReviewAction, concludeReview, openReview, updateReview, updateReviewAction } from './reviews'
import { creating } from '../submissions/creating'

type Operation = (actor: Actor, input: unknown) => Promise<{ id: string; offenderId: string }>

/** A step on a serious case review: on success the review, the overview and the person's MAPPA page are refreshed. */
const reviewStep = (form: FormData, operation: Operation) => pageStep(form, operation, ({ id, offenderId }) => [`/mappa/reviews/${id}`, '/mappa', '/mappa/actions', `/offenders/${offenderId}/mappa`])

export async function openReviewAction(_prev: FormStepState, form: FormData) {
  const state = await reviewStep(form, creating(openReview))
  // A redirect says what it did (issue 16, MAPPA gaps item 5).
  if (state?.ok) redirect(`/mappa/reviews/${(state.data as { id: string }).id}?done=opened`)
  return state
}
/**
 * The review's edit form: "Save the review", or "Conclude the review" (`intent=conclude`), which saves what is typed
 * and concludes in one transaction (issue 16, MAPPA gaps item 4), then says so on the now read-only page (item 5).
 * Concluding asks "are you sure" first: the first press answers what it means and a box to tick (confirm-step.ts).
 * A hand-made POST whose body is not a form is answered, not a 500 (found by the every-action suite, issue 17).
 */
export async function updateReviewFormAction(_prev: FormStepState, form: FormData) {
  if (fieldOf(form, 'intent') !== 'conclude') return reviewStep(form, updateReview)
  const state = await reviewStep(form, concludeReview)
  if (state?.ok) redirect(`/mappa/reviews/${(state.data as { id: string }).id}?done=concluded`)
  // Not yet confirmed: say what concluding means beside the "are you sure" box (MAPPA break test item 2).
  return withConfirmWarnings(state)
}
export async function addReviewActionAction(_prev: FormStepState, form: FormData) {
  return reviewStep(form, creating(addReviewAction))
}
export async function updateReviewActionAction(_prev: FormStepState, form: FormData) {
  return reviewStep(form, updateReviewAction)
}
