import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { NotFoundBody } from '@/components/not-found-body'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors')
  return { title: t('notFoundTitle'), robots: { index: false } }
}

// The app's not-found page as a page of its own: the server in front sends it, as a 404, where Next 16 sends a blank
// shell for a page that calls notFound() (walk 60 F6, src/lib/blank-not-found.ts).
export default function Missing() {
  return <NotFoundBody />
}
