import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { createSupportNeedAction } from '@/server/pathways/actions'
import { allPathways, pathwayLabelKey } from '@/server/pathways/pathways'
import { findSupportNeedCatalogue } from '@/server/pathways/support-needs'
import { requireActor } from '@/server/session'
import { CatalogueSection } from './catalogue-section'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pathways.catalogue')
  return { title: t('title') }
}

/** The administrators' catalogue of support needs per pathway, in both languages: reference data, no case data. */
export default async function SupportNeedsPage() {
  const catalogue = await orNotFound(findSupportNeedCatalogue((await requireActor())))
  const t = await getTranslations()
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('pathways.catalogue.title')}</h1>
      <p className="mb-8 max-w-3xl">{t('pathways.catalogue.intro')}</p>
      <section aria-labelledby="add-need" className="mb-12 max-w-xl">
        <h2 id="add-need" className="mb-3 text-2xl font-bold">{t('pathways.catalogue.add')}</h2>
        <ActionForm
          problemTitle={t('common.problem')}
          action={createSupportNeedAction}
          idPrefix="new-need"
          hidden={{}}
          fields={[
            { kind: 'select', name: 'pathway', label: t('pathways.catalogue.pathway'), placeholder: t('common.choose'), options: allPathways.map((p) => ({ value: p, label: t(pathwayLabelKey(p)) })) },
            { kind: 'text', name: 'label', label: t('pathways.catalogue.label') },
            { kind: 'text', name: 'labelCy', label: t('pathways.catalogue.labelCy') },
          ]}
          submitLabel={t('pathways.catalogue.create')}
          successMessage={t('pathways.catalogue.added')}
        />
      </section>
      {catalogue.map((group) => <CatalogueSection key={group.pathway} pathway={group.pathway} needs={group.needs} />)}
    </>
  )
}
