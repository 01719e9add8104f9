'use client'
import { createContext, useContext } from 'react'

/** The lines of the refusal the page shows for a stale form posted without the script, or null (PageNoticeProvider). */
export const Refused = createContext<string | null>(null)

/** For an error summary: the refusal the page shows for a stale form posted without the script, or null (break 56 F2). */
export const usePostedRefusal = () => useContext(Refused)

/**
 * Whether an error summary leaves its refusal to the page (break 56 F2): the page shows the refusal of a stale form
 * posted without the script, and this summary says the same (a stale refusal's reload link, or the same lines). Only
 * the form that was posted holds a refusal when the page is drawn, so no other form's summary is hidden.
 * Input: the summary's reload text and message, the page's refusal (or null). Output: hide or not.
 */
export function leftToPage(summary: { reload?: string; message?: string }, pageRefusal: string | null): boolean {
  return pageRefusal !== null && (Boolean(summary.reload) || summary.message === pageRefusal)
}
