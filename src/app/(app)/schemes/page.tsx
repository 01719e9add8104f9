import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { findSchemes } from '@/server/schemes/find-schemes'
import { requireActor } from '@/server/session'
import { SchemeList } from './scheme-list'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outcomesSchemes')
  return { title: t('title') }
}

/** The commissioned schemes the actor may open (issue 14 item A): all for strategic managers, a COSA lead's own. */
export default async function SchemesPage() {
  const schemes = await orNotFound(findSchemes((await requireActor())))
  const t = await getTranslations()
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('outcomesSchemes.title')}</h1>
      <p className="mb-6 max-w-3xl">{t('outcomesSchemes.intro')}</p>
      {schemes.length === 0 ? <p>{t('outcomesSchemes.none')}</p> : (
        <SchemeList schemes={schemes} caption={t('outcomesSchemes.listCaption')} href={(id) => `/schemes/${id}`} linkLabel={(name) => t('outcomesSchemes.open', { name })} />
      )}
    </>
  )
}
