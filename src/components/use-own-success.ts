'use client'
import { useEffect, useRef, useState } from 'react'

/**
 * Whether a form's success message still belongs on screen. A form keeps its last result while the page
 * re-renders around it, so after a different form on the page is submitted, this one's "Registration added."
 * would otherwise stay (issue 15 item 12). The message shows from this form's success until any other form
 * on the page is submitted. Attach `formRef` to the form element.
 */
export function useOwnSuccess(state: { ok: boolean } | null | undefined) {
  const formRef = useRef<HTMLFormElement>(null)
  const [supersededState, setSupersededState] = useState<unknown>(null)
  useEffect(() => {
    if (!state?.ok) return
    const onSubmit = (event: Event) => {
      if (event.target !== formRef.current) setSupersededState(state)
    }
    document.addEventListener('submit', onSubmit, true)
    return () => document.removeEventListener('submit', onSubmit, true)
  }, [state])
  return { formRef, showSuccess: Boolean(state?.ok) && supersededState !== state }
}
