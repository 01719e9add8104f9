import { NotFoundBody } from '@/components/not-found-body'

// Outside the app's layout (an unknown address, signed in or out): the page's one `main` is its own.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <NotFoundBody />
    </main>
  )
}
