'use client'
import { useEffect, useState, type FormEvent } from 'react'

// How many of this page's forms are saving now. A save's answer brings the page re-rendered with the record's new
// version; a second form sent before it arrives carries the version it was drawn at, and the user's own first save
// then reads as someone else's change ("This record was changed after you opened it…", walk 67 F6).
let savingNow = 0
const listeners = new Set<() => void>()
const changeBy = (delta: number) => {
  savingNow += delta
  for (const listener of listeners) listener()
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Counts this form among the page's saving forms while `pending` (from its action state) is true. */
function useCountedWhileSaving(pending: boolean): void {
  useEffect(() => {
    if (!pending) return
    changeBy(1)
    return () => changeBy(-1)
  }, [pending])
}

/**
 * A form sent while another form on the page is saving is held, and sent by itself once that save's answer has come,
 * with the page it draws: the record's new version, not the one the page was drawn at (walk 67 F6). The click is never
 * lost (review 68 K1: a disabled button dropped it without a word), and the button it was made with is the one sent
 * (a form's second step). A form the answer took off the page, or drew afresh, is not sent: what the user typed was in
 * the form that went. Input: this form's pending flag. Output: the form's onSubmit.
 */
export function useSubmitAfterOthers(pending: boolean) {
  useCountedWhileSaving(pending)
  const [held, setHeld] = useState<{ form: HTMLFormElement; by: HTMLElement | null } | null>(null)
  useEffect(() => {
    if (!held) return
    let sent = false
    // Sent when the last save ends: its form's effect ends its count after the page with its answer is drawn.
    const send = () => {
      if (sent || savingNow > 0) return
      sent = true
      setHeld(null)
      if (held.form.isConnected) held.form.requestSubmit(held.by instanceof HTMLButtonElement && held.by.form === held.form ? held.by : undefined)
    }
    // Not while React is drawing: the count ends in an effect's cleanup.
    const unsubscribe = subscribe(() => queueMicrotask(send))
    // The save may have ended between the click and this effect.
    queueMicrotask(send)
    return unsubscribe
  }, [held])
  // Read live, not as last drawn: the held form is sent before the page is drawn again.
  const holdIfOthersSave = (e: FormEvent<HTMLFormElement>) => {
    if (savingNow === 0 || pending) return
    e.preventDefault()
    setHeld({ form: e.currentTarget, by: (e.nativeEvent as SubmitEvent).submitter })
  }
  return holdIfOthersSave
}
