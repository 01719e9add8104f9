'use client'
import { useEffect, useRef, type ReactNode } from 'react'

const keys = new WeakMap<object, string>()
let count = 0
/** A key per result object, so each success or failure remounts the disclosure in its proper state. */
function keyOf(result: object | null | undefined): string {
  if (!result) return 'initial'
  if (!keys.has(result)) keys.set(result, String(++count))
  return keys.get(result)!
}

type Props = { summary: string; state: { ok: boolean } | null | undefined; showSuccess: boolean; success: ReactNode; children: ReactNode }

/**
 * A form that opens when asked for (issue 15 item 10): a native <details>, so it opens with the keyboard and
 * without JavaScript, and screen readers announce it as expandable. It opens itself to show a failed
 * submission's errors, closes after a success, and then moves focus to the success message (the button that had
 * focus has gone), which stays outside the closed form.
 */
export function FormDisclosure({ summary, state, showSuccess, success, children }: Props) {
  const status = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state?.ok) status.current?.focus()
  }, [state])
  return (
    <>
      {showSuccess && (
        <p ref={status} tabIndex={-1} role="status" className="mb-2 font-bold text-green-800">
          {success}
        </p>
      )}
      <details key={keyOf(state)} open={Boolean(state && !state.ok)} className="mb-4">
        <summary className="inline-block cursor-pointer border-2 border-brand px-3 py-2 font-bold text-brand hover:bg-brand-light">{summary}</summary>
        <div className="mt-3">{children}</div>
      </details>
    </>
  )
}
