'use server'
import { pageStep, type FormStepState } from '../action'
import { updateLetterTemplate } from './letter-templates'

export async function updateLetterTemplateAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, updateLetterTemplate, () => ['/admin/letters'])
}
