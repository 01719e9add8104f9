import type { ReactNode } from 'react'

/**
 * A table's own sideways-scrolling box, so a table wider than the screen scrolls by itself and the page never does
 * (WCAG 1.4.10 reflow: at 375 px /iom was 853 px wide, a record's sentences 591). A named group, not a region:
 * reachable and scrollable by keyboard (tabIndex, WCAG 2.1.1) without adding a landmark per table; `relative` clips
 * the table's visually hidden caption with it. Named by the table's heading (`labelledBy`, an element id) or its
 * caption (`label`). Input: one of those and the table. Output: the box around it.
 */
export function TableScroll({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto" role="group" tabIndex={0} aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label}>
      {children}
    </div>
  )
}
