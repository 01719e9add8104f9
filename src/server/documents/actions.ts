'use server'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { runChecked, type FormStepState } from '../action'
import { chosenFileName, fileNameProblem } from './document.schemas'
import { uploadDocument } from './documents'
import { creating } from '../submissions/creating'
import { DONE_FIELD, FORM_FIELD } from '../../lib/posted-notice'
import { withPostedNotice } from '../posted-notice'

/**
 * Not formStep: the file must reach the domain as a File, not as its name. Its name is checked with the text fields,
 * so a NUL or a right-to-left override in it gets a field message (issue 17 item 4) — the file-name one, which says to
 * rename the file, not the text fields' "remove … from this text" (break 51 F8: a raw post bypassing the browser's check).
 */
export async function uploadDocumentAction(_prev: FormStepState, form: FormData): Promise<FormStepState> {
  const fields = form instanceof FormData ? form : new FormData()
  const input = { offenderId: fields.get('offenderId'), description: fields.get('description'), file: fields.get('file') }
  // The submission key rides along so a double-posted upload is stored once (issue 17 defect 2).
  // Its place and success message ride along as every form's do (formToObject), so without the script the page says
  // at its top what became of it (walk 64 F4).
  const named = withPostedNotice({ ...input, file: input.file instanceof File ? chosenFileName(input.file.name) : input.file, submissionKey: fields.get('submissionKey') }, fields.get(DONE_FIELD), fields.get(FORM_FIELD))
  const result = await runChecked(named, creating((actor, checked) => uploadDocument(actor, { ...input, description: (checked as Record<string, unknown>).description })))
  if (!result.ok) {
    if (result.code === 'VALIDATION' && result.fieldErrors.file && input.file instanceof File && fileNameProblem(chosenFileName(input.file.name)) === 'fileNameControlCharacters') {
      result.fieldErrors.file = [(await getTranslations('validation'))('fileNameControlCharacters')]
    }
    return { ...result, values: { description: input.description } }
  }
  revalidatePath(`/offenders/${result.data.offenderId}`)
  return result
}
