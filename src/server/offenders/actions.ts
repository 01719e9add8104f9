'use server'
import { redirect } from 'next/navigation'
import { formToObject, runAction } from '../action'
import { saveCaseloadView } from './caseload-view'

/**
 * Saves the current filters as the default caseload and comes back to it (works without JavaScript). A caller who is
 * not signed in is sent to sign-in, like every other action refuses them (found by the every-action suite, issue 17).
 */
export async function saveCaseloadViewAction(form: FormData) {
  const result = await runAction((actor) => saveCaseloadView(actor, formToObject(form)))
  if (!result.ok && result.code === 'UNAUTHENTICATED') redirect('/sign-in')
  const query = result.ok ? new URLSearchParams(Object.entries(result.data).filter(([, v]) => v !== undefined) as [string, string][]) : new URLSearchParams()
  redirect(`/?${query}&saved=${result.ok ? '1' : '0'}`)
}
