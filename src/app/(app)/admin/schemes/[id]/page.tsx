import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { localisedName } from '@/lib/localised'
import { updateSchemeAction } from '@/server/schemes/actions'
import { getSchemeToManage, schemeTargets } from '@/server/schemes/find-schemes'
import { requireActor } from '@/server/session'
import { schemeFields } from '../scheme-fields'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outcomesSchemes.admin')
  return { title: t('title') }
}

/** Changing one scheme, on the version shown; its funding periods are saved as a whole set. */
export default async function AdminSchemePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = (await requireActor())
  const [scheme, targets] = await orNotFound(Promise.all([getSchemeToManage(actor, (await recordIds(params)).id), schemeTargets(actor)]))
  const t = await getTranslations()
  const locale = await getLocale()
  const tt = t as unknown as Parameters<typeof schemeFields>[0]
  const name = localisedName(scheme, locale)
  return (
    <>
      <p><Link href="/admin/schemes">{t('outcomesSchemes.admin.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('outcomesSchemes.admin.edit', { name })}</h1>
      <section aria-label={t('outcomesSchemes.admin.edit', { name })} className="max-w-2xl">
        <ActionForm problemTitle={t('common.problem')} action={updateSchemeAction} idPrefix="scheme" hidden={{ schemeId: scheme.id, version: scheme.version }} fields={schemeFields(tt, locale, targets, scheme)} submitLabel={t('outcomesSchemes.admin.save')} successMessage={t('outcomesSchemes.admin.saved')} />
      </section>
    </>
  )
}
