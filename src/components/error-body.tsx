'use client'
import { useTranslations } from 'next-intl'

/**
 * What an error page says, without a landmark, for the same reason as NotFoundBody (issue 16 walk-through item 4).
 * Never shows the error itself: no stack, SQL or Prisma message reaches the browser (security.md NX-2).
 */
export function ErrorBody({ reset }: { reset: () => void }) {
  const t = useTranslations('errors')
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{t('errorTitle')}</h1>
      <p className="mb-4">{t('errorBody')}</p>
      <button type="button" className="underline" onClick={reset}>
        {t('tryAgain')}
      </button>
    </div>
  )
}
