'use client'
import { useEffect, useRef, useState } from 'react'
import { isRefusalShown, isSuccessShown } from './success-shown'

const LOADED = Symbol('loaded')

/**
 * Whether a form's success message (or a page's standing one) may show: see `isSuccessShown`. A form keeps its last
 * result while the page re-renders around it, so without this its "Registration added." would stay beside another
 * form's refusal (issue 15 item 12), and a message drawn from saved state ("Recorded for the minutes.") would stay
 * beside this form's own refusal (issue 16 item 1). Any form submitted on the page, this one included, ends the
 * message; the next result decides what shows. `standing`: a success the page was rendered with, before any result.
 * Attach `formRef` to the form element (kept for callers; the rule itself watches the whole document).
 * `failed`: the form's refusal while it may show (`isRefusalShown`), else null — forms draw their error summary and
 * field errors from it, so another form's submission clears them (issue 16, MAPPA gaps item 3). `kept`: the latest
 * refusal whether shown or not — forms refill their fields from its values.
 */
export function useOwnSuccess<S extends { ok: boolean }>(state: S | null | undefined, standing = false) {
  const formRef = useRef<HTMLFormElement>(null)
  const [submittedAt, setSubmittedAt] = useState<unknown>(null)
  const [switchedAt, setSwitchedAt] = useState<unknown>(null)
  const current = state ?? LOADED
  useEffect(() => {
    // After the whole submit event, never inside it: a re-render between this capturing listener and React's own
    // would remount a form keyed on its refusal (the contact edit form after a conflict) and drop the submission.
    let timer: ReturnType<typeof setTimeout> | undefined
    const onSubmit = (e: Event) => {
      // The language switch re-renders the page in place: a success message is re-rendered in the new language and
      // may stay, a refusal's messages are in the old one and go (issue 16, MAPPA break test item 6).
      const switching = e.target instanceof HTMLElement && e.target.hasAttribute('data-language-switch')
      timer = setTimeout(() => (switching ? setSwitchedAt(current) : setSubmittedAt(current)), 0)
    }
    document.addEventListener('submit', onSubmit, true)
    return () => {
      document.removeEventListener('submit', onSubmit, true)
      clearTimeout(timer)
    }
  }, [current])
  const submittedSince = submittedAt === current
  const failed = (isRefusalShown({ result: state, submittedSince: submittedSince || switchedAt === current }) ? state : null) as Extract<S, { ok: false }> | null
  // What a refused submission sent stays in the form even once its errors are gone (another form, or the language
  // switch, was submitted): typed input is never lost (issue 16, MAPPA break test item 6).
  const kept = (state && !state.ok ? state : null) as Extract<S, { ok: false }> | null
  return { formRef, showSuccess: isSuccessShown({ result: state, standing, submittedSince }), failed, kept, submittedSince }
}
