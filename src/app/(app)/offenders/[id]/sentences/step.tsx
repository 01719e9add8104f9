import type { ReactNode } from 'react'

/** A form tucked behind its title (a disclosure), as every change on the sentences page is. */
export function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="mt-3 max-w-xl">
      <summary className="cursor-pointer font-bold underline">{title}</summary>
      <div className="mt-2">{children}</div>
    </details>
  )
}
