'use client'
import { useTranslations } from 'next-intl'

// Never shows the error itself: no stack, SQL or Prisma message reaches the browser (security.md NX-2).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors')
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-3xl font-bold">{t('errorTitle')}</h1>
      <p className="mb-4">{t('errorBody')}</p>
      <button type="button" className="underline" onClick={reset}>
        {t('tryAgain')}
      </button>
    </main>
  )
}
