import { DONE_FIELD, FORM_FIELD } from '@/lib/posted-notice'

/**
 * The hidden fields by which a form posted without the page's script is answered at the top of the page too: its
 * place (the id prefix of its error summary), so a refusal of its answers says "Nothing was saved" there with a link
 * down to the problems (walk 63 F6), and, when given, its success message, said there once saved (walk 55 F2). Every
 * form that sits below the top of its page draws it (walk 64 F4: a refused upload at the foot of the record said
 * nothing at the top; form-place.test.ts). Input: { place, success? }. Output: hidden inputs.
 */
export function FormPlace({ place, success }: { place: string; success?: string }) {
  return (
    <>
      {success !== undefined && <input type="hidden" name={DONE_FIELD} value={success} />}
      <input type="hidden" name={FORM_FIELD} value={place} />
    </>
  )
}
