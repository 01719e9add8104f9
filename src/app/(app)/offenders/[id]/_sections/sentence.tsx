import { getFormatter, getTranslations } from 'next-intl/server'
import type { OffenderRecord } from '@/server/offenders/get-offender'

export async function SentenceSection({ record }: { record: OffenderRecord }) {
  const t = await getTranslations()
  const format = await getFormatter()
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  return (
    <section aria-labelledby="sentence-heading" className="lg:col-span-2">
      <h2 id="sentence-heading" className="mb-3 text-2xl font-bold">
        {t('sentence.title')}
      </h2>
      {record.sentences.length === 0 && <p>{t('sentence.none')}</p>}
      {record.sentences.map((s) => (
        <div key={s.id} className="mb-4">
          <p className="font-bold">{t(`enums.sentenceType.${s.type}`)}</p>
          <p>{t('sentence.offence', { offence: s.indexOffence })}</p>
          <p>{t('sentence.dates', { start: day(s.startDate), end: day(s.expectedEndDate) })}</p>
          {s.requirements.length > 0 && (
            <ul className="mt-2 list-disc pl-6">
              {s.requirements.map((r) => (
                <li key={r.id}>
                  {t(`enums.requirement.${r.kind}`)}: {r.description}
                  {r.unitsOrdered !== null && ` (${t('sentence.progress', { done: r.unitsCompleted ?? 0, ordered: r.unitsOrdered })})`}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  )
}
