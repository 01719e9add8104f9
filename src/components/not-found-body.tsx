import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

/**
 * What a 404 says, without a landmark: the root not-found wraps it in its own `main`, the app's in the app layout's
 * `main`, so a page never has two (issue 16 walk-through item 4). Out of scope and non-existent look the same
 * (security.md AC-3).
 */
export async function NotFoundBody() {
  const t = await getTranslations('errors')
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mb-4">{t('notFoundBody')}</p>
      <Link href="/">{t('goHome')}</Link>
    </div>
  )
}
