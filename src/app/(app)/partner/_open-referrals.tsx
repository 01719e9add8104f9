import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import type { partnerQueue } from '@/server/partners/partner-queue'
import { ServiceLevelClock } from './_clock'

type Rows = Awaited<ReturnType<typeof partnerQueue>>['incoming']

/**
 * One stage of a caseworker's open referrals (new, or being worked) with the service-level clock on each row; the
 * rows arrive breached and near-breach first. Used by the partner's home page and their referrals page.
 */
export async function OpenReferralsSection({ id, title, empty, rows, level = 2 }: { id: string; title: string; empty: string; rows: Rows; level?: 2 | 3 }) {
  const t = await getTranslations()
  const format = await getDateFormatter()
  const locale = await getLocale()
  const headers = [t('partnerWork.person'), t('partnerWork.crn'), t('partnerWork.service'), t('partnerWork.pathway'), t('partnerWork.referred'), t('partnerWork.serviceLevel')]
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby={id} className="mb-10">
      <Heading id={id} className={`mb-3 font-bold ${level === 2 ? 'text-2xl' : 'text-xl'}`}>{title}</Heading>
      {rows.length === 0 ? <p>{empty}</p> : (
        <SimpleTable caption={title} hideCaption rowHeaders headers={headers} rows={rows.map((r) => ({
          key: r.id,
          cells: [
            <Link key="p" href={`/partner/referrals/${r.id}`}>{`${r.offender.firstName} ${r.offender.lastName}`}</Link>,
            r.offender.crn,
            localisedName(r.service, locale),
            t(`plan.pathway.${r.pathway}`),
            format(r.createdAt, 'date'),
            <ServiceLevelClock key="c" clock={r.clock} />,
          ],
        }))} />
      )}
    </section>
  )
}
