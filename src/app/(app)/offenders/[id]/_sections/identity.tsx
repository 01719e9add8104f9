import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { YOUNG_ADULT_AGES } from '@/lib/young-adult'
import type { OffenderRecord } from '@/server/offenders/get-offender'

export async function IdentitySection({ record: r }: { record: OffenderRecord }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const named = (o: { name: string; nameCy: string | null } | null) => (o ? (cy && o.nameCy ? o.nameCy : o.name) : t('common.none'))
  const address = r.noFixedAbode ? t('offender.noFixedAbode') : [r.addressLine1, r.addressLine2, r.town, r.postcode].filter(Boolean).join(', ') || t('common.none')
  const rows: [string, string][] = [
    [t('offender.dateOfBirth'), formatDate(r.dateOfBirth, 'dayLong')],
    [t('offender.sex'), t(`enums.sex.${r.sex}`)],
    [t('offender.pnc'), r.pncId ?? t('common.none')],
    [t('offender.nomis'), r.nomisId ?? t('common.none')],
    [t('offender.aliases'), r.aliases.map((a) => `${a.firstName} ${a.lastName}`).join('; ') || t('common.none')],
    [t('offender.preferredLanguage'), t(`common.language.${r.preferredLanguage}`)],
    [t('offender.veteran'), r.isVeteran ? t('common.yes') : t('common.no')],
    [t('details.field.phone'), r.phone ?? t('common.none')],
    [t('offender.address'), address],
    [t('offender.localAuthority'), named(r.localAuthority)],
    [t('offender.responsibleAgency'), named(r.responsibleAgency)],
    [t('offender.ldu'), named(r.ldu)],
    [t('offender.team'), named(r.team)],
    [t('offender.offenderManager'), r.offenderManager?.name ?? t('offender.unallocated')],
    [t('offender.priorityGroups'), r.priorityGroups.map((g) => t(`enums.priorityGroup.${g}`, YOUNG_ADULT_AGES)).join(', ') || t('common.none')],
  ]
  return (
    <section aria-labelledby="identity-heading">
      <h2 id="identity-heading" className="mb-3 text-2xl font-bold">
        {t('offender.identity')}
      </h2>
      <p className="mb-3">
        {/* Only those who may change the details are offered to (walk 51 F3: a team-mate was). */}
        <Link href={`/offenders/${r.id}/details`}>{t(r.canRecordProgress ? 'details.link' : 'details.linkReadOnly')}</Link>
      </p>
      <dl className="grid sm:grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
