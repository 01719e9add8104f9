'use client'
import { useEffect, useSyncExternalStore } from 'react'

// How many of this page's forms are saving now. A save's answer brings the page re-rendered with the record's new
// version; a second form sent before it arrives carries the version it was drawn at, and the user's own first save
// then reads as someone else's change ("This record was changed after you opened it…", walk 67 F6).
let saving = 0
const listeners = new Set<() => void>()
const changeBy = (delta: number) => {
  saving += delta
  for (const listener of listeners) listener()
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/**
 * Marks this form as saving while `pending` (from its action state) is true, and says whether any form on the page is
 * saving. A form holds its submit while another saves, so it is sent with the version that save's answer draws.
 * Input: this form's pending flag. Output: true while any form on the page (this one included) is saving; false while
 * the page is drawn on the server and before it is hydrated (a post without the script is a whole page).
 */
export function usePageSaving(pending: boolean): boolean {
  useEffect(() => {
    if (!pending) return
    changeBy(1)
    return () => changeBy(-1)
  }, [pending])
  return useSyncExternalStore(subscribe, () => saving > 0, () => false)
}
