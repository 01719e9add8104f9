'use client'
import { ErrorBody } from '@/components/error-body'

// Above every layout but the root one: the page's one `main` is its own (issue 16 walk-through item 4).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <ErrorBody reset={reset} />
    </main>
  )
}
