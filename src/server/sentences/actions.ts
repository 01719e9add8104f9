'use server'
import { formStep, type FormStepState } from '../action'
import { recordCircumstances } from './record-circumstances'
import { recordCourtOutcome } from './record-court-outcome'
import { recordCustodyEvent } from './record-custody-event'
import { recordProvenOffence } from './record-proven-offence'
import { recordRequirementProgress } from './record-progress'
import { terminateSentence } from './terminate-sentence'
import { varySentence } from './vary-sentence'
import { creating } from '../submissions/creating'

const sentencesPage = (offenderId: string) => [`/offenders/${offenderId}/sentences`]

export async function recordProgressAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(recordRequirementProgress))
}

export async function recordCourtOutcomeAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(recordCourtOutcome), sentencesPage)
}

export async function terminateSentenceAction(_prev: FormStepState, form: FormData) {
  return formStep(form, terminateSentence, sentencesPage)
}

export async function recordProvenOffenceAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(recordProvenOffence), sentencesPage)
}

export async function varySentenceAction(_prev: FormStepState, form: FormData) {
  return formStep(form, varySentence, sentencesPage)
}

export async function recordCustodyEventAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(recordCustodyEvent), sentencesPage)
}

export async function recordCircumstancesAction(_prev: FormStepState, form: FormData) {
  return formStep(form, creating(recordCircumstances), sentencesPage)
}
