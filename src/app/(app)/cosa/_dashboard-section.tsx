import { coreMemberNamer } from '@/app/(app)/cosa/core-member-namer'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter, getDurationFormatter } from '@/i18n/date-formatter'
import { lineStart } from '@/lib/format-dates'
import { SimpleTable } from '@/components/simple-table'
import { cosaDashboard } from '@/server/cosa/dashboard'
import type { Actor } from '@/server/policy'

const statuses = ['FORMING', 'ACTIVE', 'ENDING', 'CLOSED'] as const

/** This week at a glance: staffing of each meeting, answers still awaited, places needing cover, circles by status, hours for funders. */
export async function CosaDashboardSection({ actor }: { actor: Actor }) {
  const d = await cosaDashboard(actor)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const formatDuration = await getDurationFormatter()
  const named = await coreMemberNamer()
  return (
    <section aria-labelledby="cosa-week" className="mb-10">
      <h2 id="cosa-week" className="mb-3 text-2xl font-bold">{t('cosaDashboard.week')}</h2>
      <p className="mb-2">{statuses.map((s) => t('cosaDashboard.circlesIn', { status: t(`enums.circleStatus.${s}`), count: d.circles[s] ?? 0 })).join(' · ')}</p>
      <p className={`mb-4 ${d.unconfirmed ? 'font-bold text-error' : ''}`}>{t('cosaDashboard.unconfirmed', { count: d.unconfirmed })}</p>
      {/* Places whose volunteer a Limited Access list keeps out: needing cover, not awaited (h17g item 3 of issue 17). */}
      {d.needsCover > 0 && <p className="mb-4 font-bold text-error">{t('cosaDashboard.needsCover', { count: d.needsCover })}</p>}
      {d.week.length === 0 ? <p className="mb-4">{t('cosaDashboard.noMeetings')}</p> : (
        <div className="mb-4">
          <SimpleTable labelledBy="cosa-week" rowHeaders headers={[t('rota.when'), t('circle.coreMember'), t('cosaDashboard.staffing')]} rows={d.week.map((m, n) => ({
            // A meeting of a circle the viewer may not see: no id, no link, keyed by its place (ADR 0023).
            key: m.restricted ? `restricted-${n}` : m.id,
            cells: [
              m.restricted ? lineStart(formatDate(m.startsAt, 'weekdayTime')) : <Link key="l" href={`/cosa/rota/${m.id}`}>{lineStart(formatDate(m.startsAt, 'weekdayTime'))}</Link>,
              m.restricted ? t('cosaLast.restrictedCircle') : named(m.coreMember),
              <span key="s" className={m.confirmed < 2 ? 'font-bold text-error' : undefined}>{t('cosaDashboard.staffed', { confirmed: m.confirmed, pending: m.pending, needsCover: m.needsCover })}</span>,
            ],
          }))} />
        </div>
      )}
      <h3 id="cosa-hours-heading" className="mb-2 text-xl font-bold">{t('cosaDashboard.hours')}</h3>
      <p className="mb-2"><Link href="/cosa/hours">{t('cosaRota.hours.link')}</Link></p>
      {d.hoursByMonth.length === 0 ? <p>{t('cosaDashboard.noHours')}</p> : (
        <SimpleTable labelledBy="cosa-hours-heading" rowHeaders headers={[t('cosaDashboard.month'), t('cosaDashboard.hoursColumn')]} rows={d.hoursByMonth.map((h) => ({
          key: h.month,
          cells: [formatDate(new Date(`${h.month}-01T00:00:00Z`), 'monthYear'), formatDuration(h.minutes)],
        }))} />
      )}
    </section>
  )
}
