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

type Props = {
  summary: string
  state: { ok: boolean } | null | undefined
  showSuccess: boolean
  success: ReactNode
  children: ReactNode
  /**
   * 'button' (default): a bordered button, for the section's main form; 'link': an underlined link, for a step on one
   * row of a list; 'title': a bold underlined title, for a long form that is the page's main change.
   */
  look?: Look
  /** Open before any submission (the first risk assessment, with nothing recorded yet). */
  startsOpen?: boolean
}

export type Look = 'button' | 'link' | 'title'

const LOOKS: Record<Look, { details: string; summary: string }> = {
  button: { details: 'mb-4', summary: 'inline-block cursor-pointer border-2 border-brand px-3 py-2 font-bold text-brand hover:bg-brand-light' },
  link: { details: 'my-2 max-w-xl', summary: 'cursor-pointer underline' },
  title: { details: 'my-3', summary: 'cursor-pointer text-lg font-bold underline' },
}

/**
 * A form that opens when asked for (issue 15 item 10): a native <details>, so it opens with the keyboard and
 * without JavaScript, and screen readers announce it as expandable. It opens itself to show a failed
 * submission's errors (also when posted without the page's script: a plain <details> came back closed, its error
 * summary or "are you sure" panel hidden, walk 55 F1), closes after a success, and then moves focus to the success
 * message (the button that had focus has gone), which stays outside the closed form.
 */
export function FormDisclosure({ summary, state, showSuccess, success, children, look = 'button', startsOpen = false }: Props) {
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
      <details key={keyOf(state)} open={state ? !state.ok : startsOpen} className={LOOKS[look].details}>
        <summary className={LOOKS[look].summary}>{summary}</summary>
        <div className="mt-3">{children}</div>
      </details>
    </>
  )
}
