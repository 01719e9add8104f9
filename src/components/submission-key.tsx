'use client'
import { useEffect, useRef, useState } from 'react'

/** A random v4 uuid; `crypto.randomUUID` exists only in secure contexts, so fall back to getRandomValues. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The hidden per-render submission key every form that creates a row posts (security.md RL-2, issue 17 defect 2): a
 * double click or a replay carries the same key, so the server saves once and answers the duplicate with the first
 * result. `result` is the form's action state: each new result gives a new key, so the next entry is a new record.
 * The first key is in the server-rendered HTML, so a form sent before the page has hydrated (or without JavaScript) is
 * guarded too; the server refuses a create without one (break test 16, D8). Hydration makes its own first key (the
 * server's and the client's differ, hence no warning), and each result after that a new one.
 */
export function SubmissionKey({ result }: { result: unknown }) {
  // Held in state and rendered as the input's value: React 19 resets a form after its action succeeds, which put an
  // uncontrolled input back to its first key, so the form's next submission (marking the same attendee again, re-walk
  // of issue 16) was taken for a replay of the first and silently not saved. A controlled value survives the reset.
  const [key, setKey] = useState(newKey)
  const shown = useRef(result)
  useEffect(() => {
    if (shown.current === result) return
    shown.current = result
    setKey(newKey())
  }, [result])
  return <input type="hidden" name="submissionKey" value={key} readOnly suppressHydrationWarning />
}
