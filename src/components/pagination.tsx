import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

/** Numbered pages (hrefFor), or keyset pages where only the neighbours' addresses are known. */
type Props = { page: number; pages: number } & ({ hrefFor: (page: number) => string } | { previousHref?: string; nextHref?: string })

export async function Pagination(props: Props) {
  const { page, pages } = props
  const previous = 'hrefFor' in props ? (page > 1 ? props.hrefFor(page - 1) : undefined) : props.previousHref
  const next = 'hrefFor' in props ? (page < pages ? props.hrefFor(page + 1) : undefined) : props.nextHref
  if (!previous && !next) return null
  const t = await getTranslations('common')
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex items-center gap-6">
      {previous && <Link href={previous}>{t('previous')}</Link>}
      <span>{t('pageOf', { page: Math.min(page, pages), pages })}</span>
      {next && <Link href={next}>{t('next')}</Link>}
    </nav>
  )
}
