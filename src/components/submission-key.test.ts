import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SubmissionKey } from './submission-key'
import { tsxSources } from './tsx-sources'

// Issue 17 defect 2: a double-posted upload stored two documents. Every form that is not a GET filter posts a
// `<SubmissionKey />` (ActionForm renders one for all its users), so the server saves each submission once. The forms
// below post no key on purpose; a new form must either carry the key or be added here with its reason.
const WITHOUT_KEY: Record<string, string> = {
  'app/(auth)/sign-in/sign-in-form.tsx': 'signs in; creates no row',
  'components/language-switch.tsx': 'sets a cookie and the user locale; creates no row',
  'components/sign-out-button.tsx': 'ends the caller’s own session; creates no row, and a repeat finds none to end',
  'app/(app)/admin/users/[id]/reset-password-form.tsx': 'an update; its fields are a password, never kept in the submission table',
  'app/(app)/_home/calendar-link-form.tsx': 'renews a secret link; a replayed result would keep the secret in the submission table',
  'app/(app)/_home/caseload-filters.tsx': "saves the user's default caseload view over the last one; creates no row",
  'app/(auth)/sign-in/code-step.tsx': 'the second step of sign-in; creates no row',
  'app/(auth)/sign-in/code/code-form.tsx': 'the code a single sign-on owes (ADR 0016); creates no row, and a used code is refused anyway',
  'app/(account)/account/two-step/enrol-form.tsx': 'its result holds recovery codes, which must never be kept in the submission table; a repeat is refused (already enrolled)',
  'app/(account)/account/two-step/manage-forms.tsx': 'results hold recovery codes, never kept in the submission table; each needs a fresh one-time code anyway',
  'app/(app)/admin/users/[id]/reset-two-step-form.tsx': 'removes a factor; repeating it changes nothing',
}


/** Whether a file has a `<form` that posts (GET filters carry nothing to save). */
const posts = (text: string) => [...text.matchAll(/<form\b[^]*?>/g)].some(([tag]) => !/method="get"/.test(tag))

describe('every form that can create a row posts a submission key', () => {
  const files = tsxSources()
  const posting = files.filter((f) => posts(f.text))

  it('finds the posting forms (the scan itself works)', () => {
    expect(posting.length).toBeGreaterThan(10)
    expect(posting.map((f) => f.file)).toContain('app/(app)/offenders/[id]/_sections/upload-form.tsx')
  })

  it('ActionForm, the form most creates use, carries the key', () => {
    expect(files.find((f) => f.file === 'components/action-form.tsx')?.text).toMatch(/<SubmissionKey result=\{state\} \/>/)
  })

  it.each(posting.map((f) => [f.file, f.text] as const))('%s', (file, text) => {
    if (WITHOUT_KEY[file]) return expect(text).not.toMatch(/<SubmissionKey/)
    expect(text, `${file} posts a form without <SubmissionKey />`).toMatch(/<SubmissionKey result=\{\w+\} \/>/)
  })
})

// Break test 16, D8: a form sent before the page had hydrated carried an empty key and ran unguarded. The key must be in
// the HTML the server sends, and differ per render (or two forms' creates would be taken for one).
describe('the submission key', () => {
  const keyIn = () => renderToString(createElement(SubmissionKey, { result: null })).match(/value="([^"]*)"/)?.[1]

  it('is in the server-rendered HTML, a fresh uuid each render', () => {
    const [one, two] = [keyIn(), keyIn()]
    expect(one).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(two).not.toBe(one)
  })
})
