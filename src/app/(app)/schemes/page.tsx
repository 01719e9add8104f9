import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { formatFigure } from '@/lib/outcomes/columns'
import { localisedName } from '@/lib/localised'
import { findSchemes } from '@/server/schemes/find-schemes'
import { getActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outcomesSchemes')
  return { title: t('title') }
}

/** The commissioned schemes the actor may open (issue 14 item A): all for strategic managers, a COSA lead's own. */
export default async function SchemesPage() {
  const schemes = await orNotFound(findSchemes((await getActor())!))
  const t = await getTranslations()
  const locale = await getLocale()
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('outcomesSchemes.title')}</h1>
      <p className="mb-6 max-w-3xl">{t('outcomesSchemes.intro')}</p>
      {schemes.length === 0 ? <p>{t('outcomesSchemes.none')}</p> : (
        <SimpleTable caption={t('outcomesSchemes.listCaption')} rowHeaders
          headers={[t('outcomesSchemes.name'), t('outcomesSchemes.funder'), t('outcomesSchemes.area'), t('outcomesSchemes.serves'), t('outcomesSchemes.funding')]}
          rows={schemes.map((s) => ({
            key: s.id,
            cells: [
              <Link key="name" href={`/schemes/${s.id}`} aria-label={t('outcomesSchemes.open', { name: localisedName(s, locale) })}>{localisedName(s, locale)}</Link>,
              s.funderName,
              t(`enums.region.${s.region}`),
              t(`outcomesSchemes.servesKinds.${s.serves}`),
              formatFigure(s.fundings.reduce((sum, f) => sum + f.amountPence, 0), 'money', locale),
            ],
          }))} />
      )}
    </>
  )
}
