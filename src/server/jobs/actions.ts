'use server'
import { pageStep, type FormStepState } from '../action'
import { retryJob } from './retry-job'

/** The "retry" button of a failed job on /admin/jobs (issue 18 item 4). */
export async function retryJobAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, retryJob, () => ['/admin/jobs'])
}
