import { describe, expect, it } from 'vitest'
import { tsxSources } from './tsx-sources'

// Walk 64 F4: without the script, a refused upload at the foot of a person's record came back at the top of the page
// with no sign: only ActionForm named its place, so only its refusals were said at the top (walk 63 F6). Every form
// drawn by hand that shows a refusal (an error summary) names its place too, unless it is its page's main content,
// drawn at the top, where the browser opens it.
const AT_THE_TOP: Record<string, string> = {
  'app/(auth)/sign-in/sign-in-form.tsx': 'the sign-in page is the form',
  'app/(auth)/sign-in/code/code-form.tsx': 'the code page is the form',
  'app/(account)/account/two-step/manage-forms.tsx': 'the two-step page’s forms, under its heading',
  'app/(account)/account/two-step/enrol-form.tsx': 'the set-up page is the form',
  'app/(app)/admin/agencies/agency-form.tsx': 'the agency page is the form',
  'app/(app)/admin/users/user-form.tsx': 'the user page is the form',
  'app/(app)/admin/users/[id]/reset-two-step-form.tsx': 'under the user form on a short page',
  'app/(app)/mappa/meetings/new/schedule-form.tsx': 'the new-meeting page is the form',
  'app/(app)/offenders/new/create-form.tsx': 'the new-person page is the form',
  'app/(app)/offenders/[id]/details/details-form.tsx': 'the personal-details page is the form',
  'app/(app)/offenders/[id]/contacts/[contactId]/edit-contact-form.tsx': 'the contact page is the form',
}

const handDrawn = tsxSources().filter((f) => /\buse(ActionState|AnsweredAction)\b/.test(f.text) && /<ErrorSummary\b/.test(f.text) && !f.file.startsWith('components/'))

describe('a form drawn by hand names its place, so a refusal without the script is said at the top of the page', () => {
  it('finds such forms (the scan itself works)', () => {
    expect(handDrawn.length).toBeGreaterThan(10)
  })

  it.each(handDrawn.map((f) => [f.file, f.text]))('%s', (file, text) => {
    if (AT_THE_TOP[file]) return
    expect(text, `${file}: draw <FormPlace place=… /> in the form, or say in AT_THE_TOP why it is at the top of its page`).toMatch(/<FormPlace\b/)
  })

  it('lists only forms that exist', () => {
    for (const file of Object.keys(AT_THE_TOP)) expect(handDrawn.map((f) => f.file)).toContain(file)
  })
})
