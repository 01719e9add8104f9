'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type FormStepState } from '../action'
import { uploadDocument } from './documents'

/** Not formStep: the file must reach the domain as a File, not as its name. */
export async function uploadDocumentAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  const input = { offenderId: form.get('offenderId'), description: form.get('description'), file: form.get('file') }
  const result = await runAction((actor) => uploadDocument(actor, input))
  if (!result.ok) return { ...result, values: { description: input.description } }
  revalidatePath(`/offenders/${result.data.offenderId}`)
  return result
}
