import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { NotFoundBody } from '@/components/not-found-body'

// The page's name, as a record not found has it (walk 62 F6: an unknown address was titled only "Llwybr").
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors')
  return { title: t('notFoundTitle'), robots: { index: false } }
}

// Outside the app's layout (an unknown address, signed in or out): the page's one `main` is its own.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <NotFoundBody />
    </main>
  )
}
