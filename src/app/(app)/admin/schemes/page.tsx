import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { createSchemeAction } from '@/server/schemes/actions'
import { findSchemesToManage, schemeTargets } from '@/server/schemes/find-schemes'
import { requireActor } from '@/server/session'
import { SchemeList } from '../../schemes/scheme-list'
import { schemeFields } from './scheme-fields'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outcomesSchemes.admin')
  return { title: t('title') }
}

/** The administrators' commissioned schemes (issue 14 item A): every scheme, and the form to set one up. No figures. */
export default async function AdminSchemesPage() {
  const actor = (await requireActor())
  const [schemes, targets] = await orNotFound(Promise.all([findSchemesToManage(actor), schemeTargets(actor)]))
  const t = await getTranslations()
  const locale = await getLocale()
  const tt = t as unknown as Parameters<typeof schemeFields>[0]
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('outcomesSchemes.admin.title')}</h1>
      <p className="mb-6 max-w-3xl">{t('outcomesSchemes.admin.intro')}</p>
      <section aria-labelledby="schemes-heading" className="mb-10">
        <h2 id="schemes-heading" className="sr-only">{t('outcomesSchemes.admin.caption')}</h2>
        {schemes.length === 0 ? <p>{t('outcomesSchemes.none')}</p> : (
          <SchemeList schemes={schemes} labelledBy="schemes-heading" href={(id) => `/admin/schemes/${id}`} linkLabel={(name) => t('outcomesSchemes.admin.change', { name })} />
        )}
      </section>
      <section aria-labelledby="add-heading" className="max-w-2xl">
        <h2 id="add-heading" className="mb-3 text-2xl font-bold">{t('outcomesSchemes.admin.add')}</h2>
        <ActionForm problemTitle={t('common.problem')} action={createSchemeAction} idPrefix="scheme" hidden={{}} fields={schemeFields(tt, locale, targets)} submitLabel={t('outcomesSchemes.admin.create')} successMessage={t('outcomesSchemes.admin.created')} />
      </section>
    </>
  )
}
