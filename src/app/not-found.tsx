import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

// Out of scope and non-existent look the same (security.md AC-3).
export default async function NotFound() {
  const t = await getTranslations('errors')
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mb-4">{t('notFoundBody')}</p>
      <Link href="/">{t('goHome')}</Link>
    </main>
  )
}
