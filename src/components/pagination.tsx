import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

export async function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null
  const t = await getTranslations('common')
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex items-center gap-6">
      {page > 1 && <Link href={hrefFor(page - 1)}>{t('previous')}</Link>}
      <span>{t('pageOf', { page, pages })}</span>
      {page < pages && <Link href={hrefFor(page + 1)}>{t('next')}</Link>}
    </nav>
  )
}
