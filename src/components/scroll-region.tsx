import type { ReactNode } from 'react'

/**
 * A wide table's own scrolling box: keyboard users can reach and scroll it (tabIndex, WCAG 2.1.1), it is named by
 * `label` (the table's caption), and it is `relative`, so the table's visually hidden text (`sr-only`, absolutely
 * placed) is clipped with the table instead of being laid out past the page's edge: at 375 px the outcomes page was
 * 1,568 px wide although every table scrolled in its own box (WCAG 1.4.10 reflow).
 * Input: the region's accessible name, spacing classes, the table. Output: the region.
 */
export function ScrollRegion({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`relative overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}
