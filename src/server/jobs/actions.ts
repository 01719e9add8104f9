'use server'
import { pageStep, type FormStepState } from '../action'
import { retryJob } from './retry-job'
import { runJobNow } from './run-job-now'

/** The "retry" button of a failed job on /admin/jobs (issue 18 item 4). */
export async function retryJobAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, retryJob, () => ['/admin/jobs'])
}

/** The "Run now" button of a scheduled job on /admin/jobs (issue 14: the outcome figures' refresh, and every job). */
export async function runJobNowAction(_prev: FormStepState, form: FormData) {
  return pageStep(form, runJobNow, () => ['/admin/jobs'])
}
