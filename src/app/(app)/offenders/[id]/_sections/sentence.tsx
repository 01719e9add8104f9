import { todayInLondon } from '@/lib/dates'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import Link from 'next/link'
import { ActionForm } from '@/components/action-form'
import { requirementText } from '../sentences/requirement-text'
import type { OffenderRecord } from '@/server/offenders/get-offender'
import { recordProgressAction } from '@/server/sentences/actions'
import { requirementUnit } from '@/server/sentences/sentence.schemas'

type Requirement = OffenderRecord['sentences'][number]['requirements'][number]

export async function SentenceSection({ record }: { record: OffenderRecord }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  const progressOf = (r: Requirement) => {
    const unit = requirementUnit[r.kind]
    const done = r.unitsCompleted ?? 0
    return (
      <>
        {' '}({t('sentence.progress', { done, ordered: r.unitsOrdered ?? 0, unit })}){done === r.unitsOrdered && ` · ${t('sentence.complete')}`}
        {r.progress.length > 0 && (
          <details className="mt-1">
            <summary className="cursor-pointer underline">{t('sentence.progressHistory', { count: r.progress.length })}</summary>
            <ul className="mt-1 list-none text-sm">
              {r.progress.map((p) => (
                <li key={p.id}>{t('sentence.progressEntry', { date: day(p.workedOn), units: p.units, unit })}{p.note && ` — ${p.note}`}</li>
              ))}
            </ul>
          </details>
        )}
        {record.canRecordProgress && done < (r.unitsOrdered ?? 0) && (
          <div className="mt-1 max-w-md">
            <ActionForm
              disclosure={{ summary: t('sentence.recordProgress'), look: 'link' }}
              action={recordProgressAction}
              idPrefix={`progress-${r.id}`}
              hidden={{ requirementId: r.id }}
              problemTitle={t('common.problem')}
              submitLabel={t('sentence.recordProgress')}
              successMessage={t('sentence.progressSaved')}
              fields={[
                { kind: 'text', name: 'units', label: t('sentence.units', { unit }) },
                { kind: 'date', name: 'workedOn', label: t('sentence.workedOn'), defaultValue: todayInLondon() },
                { kind: 'text', name: 'note', label: t('sentence.note') },
              ]}
            />
          </div>
        )}
      </>
    )
  }
  return (
    <section aria-labelledby="sentence-heading" className="lg:col-span-2">
      <h2 id="sentence-heading" className="mb-3 text-2xl font-bold">
        {t('sentence.title')}
      </h2>
      {record.sentences.length === 0 && <p>{t('sentence.none')}</p>}
      {record.circumstances[0] && (
        <p>
          {t('sentences.latest', {
            accommodation: t(`sentences.accommodation.${record.circumstances[0].accommodation}`),
            ete: t(`sentences.ete.${record.circumstances[0].ete}`),
            date: day(record.circumstances[0].asAt),
          })}
        </p>
      )}
      <p className="mb-3">
        <Link href={`/offenders/${record.id}/sentences`}>{t('sentences.link')}</Link>
      </p>
      {record.sentences.map((s) => (
        <div key={s.id} className="mb-4">
          <p className="font-bold">{t(`enums.sentenceType.${s.type}`)}</p>
          <p>{t('sentence.offence', { offence: s.indexOffence })}</p>
          <p>{t('sentence.dates', { start: day(s.startDate), end: day(s.expectedEndDate) })}</p>
          {s.releaseDate && <p>{t('sentences.releaseDate', { kind: s.releaseDateKind ?? 'CRD' })}: {day(s.releaseDate)}</p>}
          {s.licenceEndDate && <p>{t('sentences.licenceEnd')}: {day(s.licenceEndDate)}</p>}
          {s.requirements.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {s.requirements.map((r) => (
                <li key={`${r.id}-${r.unitsCompleted ?? 0}`}>
                  {requirementText(t, r, false)}
                  {r.unitsOrdered !== null && progressOf(r)}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  )
}
