import { getFormatter, getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { todayInLondon } from '@/lib/dates'
import { terminateSentenceAction } from '@/server/sentences/actions'
import { accommodationStatuses, eteStatuses } from '@/server/sentences/court-outcome.schemas'
import { terminationReasons } from '@/server/sentences/changes.schemas'
import type { SentenceEntry } from '@/server/sentences/get-sentences'
import { requirementText } from './requirement-text'

/** One sentence: what the court decided, the dates derived from it, its requirements or licence, its history. */
export async function SentenceCard({ s, canManage }: { s: SentenceEntry; canManage: boolean }) {
  const t = await getTranslations()
  const format = await getFormatter()
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
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
  const eventText = (e: SentenceEntry['events'][number]) => {
    const v = (e.values ?? {}) as Record<string, string>
    if (e.type === 'RECORDED') return t('sentences.event.RECORDED', { type: t(`enums.sentenceType.${v.type ?? s.type}`), court: v.court ?? '' })
    if (e.type === 'TERMINATED') return t('sentences.event.TERMINATED', { reason: t(`sentences.reason.${v.reason ?? 'COMPLETED'}`) })
    return t(`sentences.event.${e.type}`, { kind: v.kind ? t(`enums.requirement.${v.kind}`) : '' })
  }
  const requirements = s.requirements.filter((r) => r.kind !== 'LICENCE_CONDITION')
  const conditions = s.requirements.filter((r) => r.kind === 'LICENCE_CONDITION')
  return (
    <article aria-labelledby={headingId} className="mb-8 border-l-4 border-brand pl-4">
      <h3 id={headingId} className="text-xl font-bold">
        {t(`enums.sentenceType.${s.type}`)} · {t(`sentences.status.${s.status}`)}
      </h3>
      {s.court && <p>{t('sentences.courtLine', { court: s.court, date: day(s.startDate) })}</p>}
      {s.terminatedOn && s.terminationReason && <p className="font-bold">{t('sentences.ended', { date: day(s.terminatedOn), reason: t(`sentences.reason.${s.terminationReason}`) })}</p>}
      <dl className="my-2 grid grid-cols-[auto_1fr] gap-x-4">
        {dates.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {s.type === 'CUSTODY' && <p className="text-sm text-gray-700">{t('sentences.derivedNote')}</p>}
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
          <ul className="list-disc pl-6">{requirements.map((r) => <li key={r.id}>{requirementText(t, r)}</li>)}</ul>
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
          <ul className="list-none">{s.events.map((e) => <li key={e.id}>{t('sentences.eventLine', { date: format.dateTime(e.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }), actor: e.actor.name, text: eventText(e) })}</li>)}</ul>
        </>
      )}
      {canManage && s.status === 'ACTIVE' && (
        <details className="mt-3 max-w-xl">
          <summary className="cursor-pointer font-bold underline">{t('sentences.terminate')}</summary>
          <div className="mt-2">
            <ActionForm
              action={terminateSentenceAction}
              idPrefix={`terminate-${s.id}`}
              hidden={{ sentenceId: s.id, version: s.version }}
              problemTitle={t('common.problem')}
              submitLabel={t('sentences.terminateSave')}
              successMessage={t('sentences.terminateSaved')}
              variant="warning"
              fields={[
                { kind: 'select', name: 'reason', label: t('sentences.reasonLabel'), placeholder: t('common.choose'), options: terminationReasons.map((r) => ({ value: r, label: t(`sentences.reason.${r}`) })) },
                { kind: 'date', name: 'terminatedOn', label: t('sentences.terminatedOn'), defaultValue: todayInLondon() },
                { kind: 'select', name: 'accommodation', label: t('sentences.accommodationLabel'), hint: t('sentences.snapshotHint'), placeholder: t('common.choose'), options: accommodationStatuses.map((a) => ({ value: a, label: t(`sentences.accommodation.${a}`) })) },
                { kind: 'select', name: 'ete', label: t('sentences.eteLabel'), placeholder: t('common.choose'), options: eteStatuses.map((e) => ({ value: e, label: t(`sentences.ete.${e}`) })) },
              ]}
            />
          </div>
        </details>
      )}
    </article>
  )
}
