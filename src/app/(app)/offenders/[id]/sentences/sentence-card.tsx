import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import type { SentenceEntry } from '@/server/sentences/get-sentences'
import { SentenceChangeForms, type CustodyState } from './change-forms'
import { sentenceEventText } from './event-text'
import { requirementText } from './requirement-text'

/** One sentence: what the court decided, the dates derived from it, its requirements or licence, its history. */
export async function SentenceCard({ s, canManage }: { s: SentenceEntry; canManage: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  const headingId = `sentence-${s.id}`
  const length = (months: number | null, days: number | null) => t('sentences.lengthValue', { months: months ?? 0, days: days ?? 0 })
  const dates: [string, string][] = [
    [t('sentences.length'), length(s.lengthMonths, s.lengthDays)],
    ...(s.custodialTermMonths !== null || s.custodialTermDays !== null ? [[t('sentences.custodialTerm'), length(s.custodialTermMonths, s.custodialTermDays)] as [string, string]] : []),
    ...(s.extensionMonths ? [[t('sentences.extension'), t('sentences.monthsValue', { months: s.extensionMonths })] as [string, string]] : []),
    ...(s.releaseDate ? [[t('sentences.releaseDate', { kind: s.releaseDateKind ?? 'CRD' }), day(s.releaseDate)] as [string, string]] : []),
    ...(s.paroleEligibilityDate ? [[t('sentences.paroleEligibility'), day(s.paroleEligibilityDate)] as [string, string]] : []),
    ...(s.licenceEndDate ? [[t('sentences.licenceEnd'), day(s.licenceEndDate)] as [string, string]] : []),
    ...(s.supervisionEndDate ? [[t('sentences.supervisionEnd'), day(s.supervisionEndDate)] as [string, string]] : []),
    [t('sentences.endDate'), day(s.expectedEndDate)],
  ]
  // History lines are stored as event type + values and worded in the reader's language.
  const eventText = (e: SentenceEntry['events'][number]) => sentenceEventText(t, day, e, s.type)
  // Where a custodial sentence stands: the latest release, recall or return (events are newest first).
  const custodyEvents: Record<string, CustodyState> = { RELEASED: 'RELEASED', RECALLED: 'RECALLED', RETURNED_TO_CUSTODY: 'IN_CUSTODY' }
  const latestCustody = s.events.find((e) => e.type in custodyEvents)
  const custodyState: CustodyState | null = s.type === 'CUSTODY' ? (latestCustody ? custodyEvents[latestCustody.type]! : 'IN_CUSTODY') : null
  const requirements = s.requirements.filter((r) => r.kind !== 'LICENCE_CONDITION')
  const conditions = s.requirements.filter((r) => r.kind === 'LICENCE_CONDITION')
  return (
    <article aria-labelledby={headingId} className="mb-8 border-l-4 border-brand pl-4">
      <h3 id={headingId} className="text-xl font-bold">
        {t(`enums.sentenceType.${s.type}`)} · {t(`sentences.status.${s.status}`)}
      </h3>
      {s.court && <p>{t('sentences.courtLine', { court: s.court, date: day(s.startDate) })}</p>}
      {s.terminatedOn && s.terminationReason && <p className="font-bold">{t('sentences.ended', { date: day(s.terminatedOn), reason: t(`sentences.reason.${s.terminationReason}`) })}</p>}
      <dl className="my-2 grid sm:grid-cols-[auto_1fr] gap-x-4">
        {dates.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {s.type === 'CUSTODY' && <p className="text-sm text-gray-700">{t('sentences.derivedNote')}</p>}
      {s.releaseSnapshotDue && (
        <p className="my-2 border-l-4 border-yellow-600 bg-yellow-100 p-2 font-bold" role="note">
          {t('sentences.releaseSnapshotDue', { date: day(new Date(`${s.releaseSnapshotDue}T00:00:00Z`)) })}
        </p>
      )}
      {s.offences.length > 0 && (
        <SimpleTable
          caption={t('sentences.offencesCaption', { date: day(s.startDate) })}
          headers={[t('sentences.offence'), t('sentences.category'), t('sentences.offenceDate'), t('sentences.mainOffence')]}
          rows={s.offences.map((o) => ({ key: o.id, cells: [o.description, t(`iom.offence.${o.category}`), day(o.offenceDate), o.isMain ? t('sentences.main') : ''] }))}
        />
      )}
      {requirements.length > 0 && (
        <>
          <h4 className="mt-3 font-bold">{t('sentences.requirements')}</h4>
          <ul className="list-disc pl-6">
            {requirements.map((r) => (
              <li key={r.id} className={r.removedOn ? 'text-gray-700' : undefined}>
                {r.removedOn ? <s>{requirementText(t, r)}</s> : requirementText(t, r)}
                {r.removedOn && ` (${t('sentences.removedOn', { date: day(r.removedOn) })})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {conditions.length > 0 && (
        <>
          <h4 className="mt-3 font-bold">{t('sentences.licence')}</h4>
          <ul className="list-disc pl-6">{conditions.map((r) => <li key={r.id}>{requirementText(t, r)}</li>)}</ul>
        </>
      )}
      {s.events.length > 0 && (
        <>
          <h4 className="mt-3 font-bold">{t('sentences.history')}</h4>
          <ul className="list-none">{s.events.map((e) => <li key={e.id}>{t('sentences.eventLine', { date: formatDate(e.createdAt, 'dateTime'), actor: e.actor.name, text: eventText(e) })}</li>)}</ul>
        </>
      )}
      {canManage && s.status === 'ACTIVE' && <SentenceChangeForms s={s} custodyState={custodyState} />}
    </article>
  )
}
