import { NotFoundBody } from '@/components/not-found-body'

// Drawn inside the app layout's `main` (a page of the app that finds nothing): no landmark of its own (issue 16
// walk-through item 4).
export default function AppNotFound() {
  return <NotFoundBody />
}
