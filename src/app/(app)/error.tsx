'use client'
import { ErrorBody } from '@/components/error-body'

// Drawn inside the app layout's `main`, header and navigation kept: no landmark of its own (issue 16 walk-through item 4).
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorBody reset={reset} />
}
