import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import type { findIomList } from '@/server/iom/iom-list'

type Rows = Awaited<ReturnType<typeof findIomList>>
const ragClass = { RED: 'text-error', AMBER: 'text-amber-900', GREEN: 'text-green-800' } as const

/**
 * The IOM list: current members of the area's cohorts, next review first. The police intelligence column exists only
 * when the rows carry intelligence, which the domain adds for police alone.
 */
export async function IomListSection({ rows }: { rows: Rows }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'day')
  const when = (d: Date | null) => (d ? formatDate(d, 'date') : t('iom.noContact'))
  const withIntel = rows.some((r) => 'intelligence' in r)
  const headers = [t('iom.person'), t('iom.cohort'), t('iom.rag'), t('iom.status'), t('iom.leads'), t('iom.lastContact'), ...(withIntel ? [t('iom.intelligenceHeader')] : []), t('iom.nextReview'), t('iom.flags')]
  return (
    <section aria-labelledby="members-heading" className="mb-10">
      <h2 id="members-heading" className="mb-3 text-2xl font-bold">{t('iom.members')}</h2>
      <p className="mb-4">{t('iom.membersIntro')}</p>
      {rows.length === 0 ? <p>{t('iom.noMembers')}</p> : (
        <SimpleTable labelledBy="members-heading" rowHeaders headers={headers} rows={rows.map((r, i) => {
          const cohort = `${localisedName(r.cohort, locale)} (${t(`iom.strandName.${r.cohort.strand}`)})`
          // Keyed by position: React keys reach the page, and a membership id names the person's record (issue 17 item 6).
          if (r.limited) return { key: `restricted-${i}`, cells: [<em key="p">{t('common.accessRestricted')}</em>, cohort, ...Array(headers.length - 2).fill('')] }
          const flags = [r.drugTesting && t('iom.drugTesting'), r.electronicMonitoring && t('iom.electronicMonitoring')].filter(Boolean).join(', ')
          return {
            key: r.id,
            cells: [
              <Link key="p" href={`/offenders/${r.offender.id}/iom`}>{`${r.offender.firstName} ${r.offender.lastName} (${r.offender.crn})`}</Link>,
              cohort,
              <span key="r"><strong className={ragClass[r.rag]}>{t(`iom.ragName.${r.rag}`)}</strong> — {r.ragReason}</span>,
              t(`iom.statusName.${r.status}`),
              <span key="l">{t('iom.policeSide', { value: r.policeLead ?? t('iom.noLead') })}<br />{t('iom.probationSide', { value: r.probationLead ?? t('iom.noLead') })}</span>,
              <span key="c">{t('iom.policeSide', { value: when(r.lastPoliceContact) })}<br />{t('iom.probationSide', { value: when(r.lastProbationContact) })}</span>,
              ...('intelligence' in r
                ? [<span key="i"><strong>{t('iom.policeOnly')}:</strong> {t('iom.intelCount', { count: r.intelligence.count })}{r.intelligence.latest && <><br />{`${day(r.intelligence.latest.recordedOn)} (${r.intelligence.latest.grading}): ${r.intelligence.latest.summary}`}</>}</span>]
                : []),
              r.review.overdue ? <strong key="n" className="text-error">{t('iom.overdueBy', { days: r.review.days, date: day(r.nextReviewOn) })}</strong> : t('iom.dueOn', { date: day(r.nextReviewOn) }),
              flags || t('iom.noFlags'),
            ],
          }
        })} />
      )}
    </section>
  )
}
