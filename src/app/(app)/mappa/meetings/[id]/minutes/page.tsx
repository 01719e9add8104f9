import type { Metadata } from 'next'
import { localisedName } from '@/lib/localised'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { getMinutes } from '@/server/mappa/minutes'
import { requireActor } from '@/server/session'
import { RecordedItem } from '../../../_components/recorded-item'
import { ActionsTable } from '../../../_components/actions-table'
import { ActionsSummary, DistributionList } from './minutes-summary-sections'
import { minutesDetails } from '@/server/mappa/minutes-summary'
import { Fragment } from 'react'
import { recordIds } from '@/app/_lib/record-id'
import { HeardAtOtherLevel } from '@/app/(app)/mappa/_components/heard-at-other-level'
import { deferredValues } from '@/lib/deferred-reason'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('minutes')
  return { title: t('title') }
}


/** The minutes as recorded: for the distribution list once approved, for the chair and coordinator as a draft. */
export default async function MinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordIds(params)
  const m = await orNotFound(getMinutes((await requireActor()), id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const agencyName = (a: { name: string; nameCy: string | null }) => localisedName(a, locale)
  const day = (d: Date) => formatDate(d, 'day')
  return (
    <>
      <p><Link href={`/mappa/meetings/${m.id}`}>{t('common.back')}</Link></p>
      <p className="mt-4 font-bold uppercase tracking-wide">{t('minutes.protectiveMarking')}</p>
      <h1 className="mb-2 text-3xl font-bold">{t('minutes.heading', { level: m.level, when: formatDate(m.startsAt, 'fullDateTime') })}</h1>
      <p className="mb-4 font-bold">{m.draft ? t('minutes.draft') : t('minutes.approved', { chair: m.chair.name, date: formatDate(m.finalisedAt!, 'date') })}</p>
      <p className="mb-6"><a href={`/mappa/meetings/${m.id}/minutes/pdf`} download>{t('minutes.download')}</a></p>
      {m.scope !== 'meeting' && <p className="mb-6 border-l-4 border-brand pl-3">{t(m.scope === 'granted' ? 'minutes.grantedScope' : 'minutes.actionsScope')}</p>}

      {/* The same rows as the PDF's "Details", stage included (re-walk of issue 16, D5). */}
      <dl className="mb-6 grid max-w-3xl sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {minutesDetails(m, t, (d) => formatDate(d, 'time')).map(([label, value]) => (
          <Fragment key={label}>
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>

      {m.scope === 'meeting' && (
        <>
          <h2 className="mb-2 text-2xl font-bold">{t('minutes.statementHeading')}</h2>
          <p className="mb-2 max-w-3xl">{t('minutes.statementText')}</p>
          <p className="mb-6">{m.statementAt ? t('minutes.statementRead', { time: formatDate(m.statementAt, 'time') }) : t('minutes.statementNotRead')}</p>
          <h2 id="minutes-attendance-heading" className="mb-2 text-2xl font-bold">{t('minutes.attendance')}</h2>
          {m.attendance.length ? (
            <div className="mb-8"><SimpleTable labelledBy="minutes-attendance-heading" rowHeaders headers={[t('minutes.name'), t('minutes.agency'), t('minutes.role'), t('minutes.status')]} rows={m.attendance.map((a) => ({ key: a.id, cells: [a.name, agencyName(a.agency), a.role ?? '', t(`enums.attendanceStatus.${a.status}`)] }))} /></div>
          ) : <p className="mb-8">{t('minutes.noAttendance')}</p>}
          <DistributionList m={m} />
        </>
      )}

      <h2 className="mb-4 text-2xl font-bold">{t('minutes.nominals')}</h2>
      {m.agendaItems.map((i, n) => (
        // Keyed and anchored by the item's place: a redacted item carries no id (issue 17 walk-through D1, ADR 0023).
        <section key={n} aria-labelledby={`item-${n + 1}`} className="mb-10 max-w-4xl border-t-2 border-gray-300 pt-4">
          <h3 id={`item-${n + 1}`} className="mb-3 text-xl font-bold">
            {t('minutes.item', { position: i.position, name: i.restricted ? t('minutes.restricted') : `${i.offender.firstName} ${i.offender.lastName} (${i.offender.crn})` })}
          </h3>
          <HeardAtOtherLevel item={i} meetingLevel={m.level} />
          {/* The level and next review date, as the register's redacted row gives them (ADR 0023); nothing else. */}
          {i.restricted && i.nominal && <p className="mb-2">{t('minutes.restrictedNominal', { level: i.nominal.level, date: day(i.nominal.nextReviewDate) })}</p>}
          {i.status === 'DEFERRED' ? <p>{t('minutes.deferred', deferredValues(i))}</p> : !i.restricted && (
            <>
              <div className="mb-4"><ActionsTable caption={t('minutes.previousActions')} actions={i.previousActions} /></div>
              <RecordedItem item={i} actions={<ActionsTable caption={t('minutes.newActions')} actions={i.actions} />} />
            </>
          )}
        </section>
      ))}
      <ActionsSummary m={m} />
    </>
  )
}
