import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { localisedName } from '@/lib/localised'
import { setServiceActiveAction, updateServiceAction } from '@/server/partners/actions'
import { getService, serviceProviders } from '@/server/partners/services'
import { requireActor } from '@/server/session'
import { serviceFields } from '../service-fields'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partnerDirectory')
  return { title: t('title') }
}

/** One service of the directory: edit it (on the version shown), or take it out of use for new referrals. */
export default async function ServicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = (await requireActor())
  const [service, providers] = await orNotFound(Promise.all([getService(actor, (await recordIds(params)).id), serviceProviders(actor)]))
  const t = await getTranslations()
  const locale = await getLocale()
  const tt = t as unknown as Parameters<typeof serviceFields>[0]
  const common = { problemTitle: t('common.problem'), hidden: { serviceId: service.id, version: service.version } }
  return (
    <>
      <p><Link href="/admin/services">{t('partnerDirectory.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('partnerDirectory.editHeading', { name: localisedName(service, locale) })}</h1>
      <p className="mb-6">{service.active ? t('partnerDirectory.active') : t('partnerDirectory.inactive')}</p>
      <section aria-labelledby="edit-heading" className="mb-10 max-w-2xl">
        <h2 id="edit-heading" className="sr-only">{t('partnerDirectory.edit', { name: localisedName(service, locale) })}</h2>
        <ActionForm {...common} action={updateServiceAction} idPrefix="service" fields={serviceFields(tt, locale, providers, service)} submitLabel={t('partnerDirectory.save')} successMessage={t('partnerDirectory.saved')} />
      </section>
      <section aria-labelledby="active-heading" className="max-w-2xl">
        <h2 id="active-heading" className="mb-3 text-2xl font-bold">{service.active ? t('partnerDirectory.deactivate') : t('partnerDirectory.reactivate')}</h2>
        {service.active && <p className="mb-3">{t('partnerDirectory.deactivateHint')}</p>}
        <ActionForm {...common} hidden={{ ...common.hidden, active: service.active ? 'false' : 'true' }} action={setServiceActiveAction} idPrefix="active" fields={[]}
          submitLabel={service.active ? t('partnerDirectory.deactivate') : t('partnerDirectory.reactivate')} successMessage={t('partnerDirectory.saved')} variant={service.active ? 'warning' : undefined} />
      </section>
    </>
  )
}
