'use client'
import type { ReactNode } from 'react'
import { SuccessStatus } from './success-status'
import { useOwnSuccess } from './use-own-success'

/**
 * A success the page was loaded with (e.g. `?scheduled=1` after a redirect): shown until any form on the page is
 * submitted, so it never stands beside a later refusal (issue 16 item 1); it takes focus if focus was lost (SuccessStatus).
 */
export function Flash({ children, className }: { children: ReactNode; className?: string }) {
  const { showSuccess } = useOwnSuccess(null, true)
  return showSuccess ? <SuccessStatus className={className}>{children}</SuccessStatus> : null
}
