'use client'
import { usePathname, useSearchParams } from 'next/navigation'

/**
 * The page to come back to after a form in the layout (the language switch). The layout is not re-rendered on
 * client-side navigation, so the path it was rendered with goes stale; the browser's current path does not.
 */
export function ReturnToField({ fallback }: { fallback: string }) {
  const pathname = usePathname()
  const search = useSearchParams().toString()
  return <input type="hidden" name="returnTo" value={pathname ? `${pathname}${search ? `?${search}` : ''}` : fallback} />
}
