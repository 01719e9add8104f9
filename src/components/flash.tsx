'use client'
import type { ReactNode } from 'react'
import { useOwnSuccess } from './use-own-success'

/**
 * A success the page was loaded with (e.g. `?scheduled=1` after a redirect): shown until any form on the page is
 * submitted, so it never stands beside a later refusal (issue 16 item 1).
 */
export function Flash({ children, className }: { children: ReactNode; className?: string }) {
  const { showSuccess } = useOwnSuccess(null, true)
  return showSuccess ? <p role="status" className={className}>{children}</p> : null
}
