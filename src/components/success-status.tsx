'use client'
import { useEffect, useRef, type ReactNode } from 'react'
import { focusIfLost } from './focus-if-lost'

/**
 * A success message drawn when a step is done (a form's own, or one a page is loaded with after the step's redirect):
 * a status that takes focus when it appears if focus has fallen to the page, so a keyboard user carries on from it and
 * a screen-reader user who missed the announcement finds it (walk 40 D1: the circle's life steps, taking a volunteer
 * off a meeting and recording a nominal left focus on the page body). Never takes focus from where the user went.
 */
export function SuccessStatus({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => focusIfLost(ref.current), [])
  return <p ref={ref} tabIndex={-1} role="status" className={className}>{children}</p>
}
