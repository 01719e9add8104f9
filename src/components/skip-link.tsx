import { getTranslations } from 'next-intl/server'

/** The first thing a keyboard user meets on every page: a link past the header to `<main id="main">` (WCAG 2.4.1). */
export async function SkipLink() {
  const t = await getTranslations('common')
  return (
    <a href="#main" className="sr-only bg-focus p-2 text-black focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
      {t('skipLink')}
    </a>
  )
}
