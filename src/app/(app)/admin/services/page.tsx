import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import { createServiceAction } from '@/server/partners/actions'
import { findServices, serviceProviders } from '@/server/partners/services'
import { requireActor } from '@/server/session'
import { eligibilityText, serviceFields } from './service-fields'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('partnerDirectory')
  return { title: t('title') }
}

/** The directory of partner services that offender managers refer people to; administrators keep it. */
export default async function ServicesPage() {
  const actor = (await requireActor())
  const [services, providers] = await orNotFound(Promise.all([findServices(actor), serviceProviders(actor)]))
  const t = await getTranslations()
  const locale = await getLocale()
  const tt = t as unknown as Parameters<typeof serviceFields>[0]
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('partnerDirectory.title')}</h1>
      <section aria-labelledby="services-heading" className="mb-10">
        <h2 id="services-heading" className="sr-only">{t('partnerDirectory.caption')}</h2>
        {services.length === 0 ? <p>{t('partnerDirectory.none')}</p> : (
          <SimpleTable labelledBy="services-heading" rowHeaders
            headers={[t('partnerDirectory.name'), t('partnerDirectory.provider'), t('partnerDirectory.pathways'), t('partnerDirectory.regions'), t('partnerDirectory.eligibility'), t('partnerDirectory.status')]}
            rows={services.map((s) => ({
              key: s.id,
              cells: [
                <Link key="n" href={`/admin/services/${s.id}`}>{localisedName(s, locale)}</Link>,
                localisedName(s.providerAgency, locale),
                `${s.pathways.map((p) => t(`plan.pathway.${p}`)).join('; ')}${s.substanceMisuse ? ` (${t('partnerReferral.substanceMisuse')})` : ''}`,
                s.regions.map((r) => t(`enums.region.${r}`)).join('; '),
                eligibilityText(tt, s),
                s.active ? t('partnerDirectory.active') : t('partnerDirectory.inactive'),
              ],
            }))} />
        )}
      </section>
      <section aria-labelledby="add-heading" className="max-w-2xl">
        <h2 id="add-heading" className="mb-3 text-2xl font-bold">{t('partnerDirectory.add')}</h2>
        <ActionForm problemTitle={t('common.problem')} action={createServiceAction} idPrefix="service" hidden={{}} fields={serviceFields(tt, locale, providers)} submitLabel={t('partnerDirectory.add')} successMessage={t('partnerDirectory.added')} />
      </section>
    </>
  )
}
