import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import type { getPartnerReferral } from '@/server/partners/partner-queue'

type Work = NonNullable<Awaited<ReturnType<typeof getPartnerReferral>>['work']>

/** Who the person is and how to reach them: all the caseworker sees of the record, and only while the referral is open. */
export async function PersonDetails({ person }: { person: Work['person'] }) {
  const t = await getTranslations('partnerWork')
  const formatDate = await getDateFormatter()
  const address = person.noFixedAbode ? t('noFixedAbode') : [person.addressLine1, person.addressLine2, person.town, person.postcode].filter(Boolean).join(', ') || t('notRecorded')
  return (
    <section aria-labelledby="person-heading" className="mb-8 max-w-3xl">
      <h2 id="person-heading" className="mb-3 text-2xl font-bold">{t('personHeading')}</h2>
      <dl className="grid sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t('name')}</dt>
        <dd>{`${person.firstName} ${person.lastName}`}</dd>
        <dt className="font-bold">{t('crn')}</dt>
        <dd>{person.crn}</dd>
        <dt className="font-bold">{t('dateOfBirth')}</dt>
        <dd>{formatDate(person.dateOfBirth, 'day')}</dd>
        <dt className="font-bold">{t('phone')}</dt>
        <dd>{person.phone ?? t('notRecorded')}</dd>
        <dt className="font-bold">{t('address')}</dt>
        <dd>{address}</dd>
      </dl>
    </section>
  )
}

/** The referral as the offender manager made it: why, for which needs, with the person's consent to share. */
export async function ReferralAsMade({ work }: { work: Work }) {
  const t = await getTranslations()
  const locale = await getLocale()
  return (
    <section aria-labelledby="referral-heading" className="mb-8 max-w-3xl">
      <h2 id="referral-heading" className="mb-3 text-2xl font-bold">{t('partnerWork.referralHeading')}</h2>
      <dl className="grid sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t('partnerReferral.referredBy')}</dt>
        <dd>{t('partnerWork.referredBy', { name: work.referredBy.name, agency: localisedName(work.referredBy.agency, locale) })}</dd>
        <dt className="font-bold">{t('partnerReferral.reason')}</dt>
        <dd className="whitespace-pre-wrap">{work.reason}</dd>
        <dt className="font-bold">{t('partnerReferral.needs')}</dt>
        <dd>{work.needs.length ? work.needs.map((n) => (locale === 'cy' ? n.labelCy : n.label)).join('; ') : t('partnerReferral.noNeeds')}</dd>
        <dt className="font-bold">{t('partnerReferral.consent')}</dt>
        <dd>{work.consentToShare ? t('partnerReferral.consentGiven') : t('common.no')}</dd>
        {work.carePlan && (
          <>
            <dt className="font-bold">{t('partnerReferral.carePlan')}</dt>
            <dd className="whitespace-pre-wrap">{work.carePlan}</dd>
          </>
        )}
      </dl>
    </section>
  )
}
