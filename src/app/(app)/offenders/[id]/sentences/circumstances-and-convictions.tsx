import { randomUUID } from 'node:crypto'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { todayInLondon } from '@/lib/dates'
import { localisedName } from '@/lib/localised'
import { recordCircumstancesAction, recordProvenOffenceAction } from '@/server/sentences/actions'
import { convictionSentenceTypes, provenDisposals } from '@/server/sentences/changes.schemas'
import { accommodationStatuses, eteStatuses, offenceCategories } from '@/server/sentences/court-outcome.schemas'
import type { SentenceHistory } from '@/server/sentences/get-sentences'

/** Accommodation and employment as dated history (prompted at sentence start and at the end of an order). */
export async function CircumstancesSection({ offenderId, rows, canRecord }: { offenderId: string; rows: SentenceHistory['circumstances']; canRecord: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  return (
    <section aria-labelledby="circumstances-heading" className="mb-10">
      <h2 id="circumstances-heading" className="mb-3 text-2xl font-bold">{t('sentences.circumstances')}</h2>
      {rows.length === 0 ? (
        <p>{t('sentences.noCircumstances')}</p>
      ) : (
        <SimpleTable
          caption={t('sentences.circumstancesCaption')}
          hideCaption
          headers={[t('sentences.asAt'), t('sentences.occasionLabel'), t('sentences.accommodationLabel'), t('sentences.eteLabel'), t('sentences.recordedBy')]}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [formatDate(r.asAt, 'day'), t(`sentences.occasion.${r.occasion}`), t(`sentences.accommodation.${r.accommodation}`), t(`sentences.ete.${r.ete}`), r.recordedBy.name],
          }))}
        />
      )}
      {canRecord && (
        <ActionForm
          disclosure={{ summary: t('sentences.recordCircumstances'), look: 'link' }}
          action={recordCircumstancesAction}
          idPrefix="circumstances"
          hidden={{ offenderId, idempotencyKey: randomUUID() }}
          problemTitle={t('common.problem')}
          submitLabel={t('sentences.recordCircumstances')}
          successMessage={t('sentences.circumstancesSaved')}
          fields={[
            { kind: 'date', name: 'asAt', label: t('sentences.asAt'), defaultValue: todayInLondon() },
            { kind: 'select', name: 'accommodation', label: t('sentences.accommodationLabel'), placeholder: t('common.choose'), options: accommodationStatuses.map((a) => ({ value: a, label: t(`sentences.accommodation.${a}`) })) },
            { kind: 'select', name: 'ete', label: t('sentences.eteLabel'), placeholder: t('common.choose'), options: eteStatuses.map((e) => ({ value: e, label: t(`sentences.ete.${e}`) })) },
          ]}
        />
      )}
    </section>
  )
}

/** Further convictions and cautions: what proven reoffending is measured from. */
export async function ConvictionsSection({ offenderId, rows, canRecord }: { offenderId: string; rows: SentenceHistory['provenOffences']; canRecord: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'day')
  return (
    <section aria-labelledby="convictions-heading" className="mb-10">
      <h2 id="convictions-heading" className="mb-3 text-2xl font-bold">{t('sentences.convictions')}</h2>
      {rows.length === 0 ? (
        <p>{t('sentences.noConvictions')}</p>
      ) : (
        <SimpleTable
          caption={t('sentences.convictionsCaption')}
          hideCaption
          headers={[t('sentences.provenOn'), t('sentences.disposalLabel'), t('sentences.category'), t('sentences.offenceDate'), t('sentences.description'), t('sentences.recordedBy')]}
          rows={rows.map((r) => ({
            key: r.id,
            cells: [
              day(r.provenOn),
              r.sentenceType ? `${t(`sentences.disposal.${r.disposal}`)}: ${t(`enums.sentenceType.${r.sentenceType}`)}` : t(`sentences.disposal.${r.disposal}`),
              t(`iom.offence.${r.category}`),
              day(r.offenceDate),
              r.description ?? '',
              t('sentences.byLine', { name: r.recordedBy.name, agency: localisedName(r.recordedAgency, locale) }),
            ],
          }))}
        />
      )}
      {canRecord && (
        <ActionForm
          disclosure={{ summary: t('sentences.recordConviction'), look: 'link' }}
          action={recordProvenOffenceAction}
          idPrefix="conviction"
          hidden={{ offenderId, idempotencyKey: randomUUID() }}
          problemTitle={t('common.problem')}
          submitLabel={t('sentences.recordConviction')}
          successMessage={t('sentences.convictionSaved')}
          fields={[
            { kind: 'select', name: 'disposal', label: t('sentences.disposalLabel'), placeholder: t('common.choose'), options: provenDisposals.map((d) => ({ value: d, label: t(`sentences.disposal.${d}`) })) },
            { kind: 'select', name: 'sentenceType', label: t('sentences.sentenceTypeLabel'), placeholder: t('common.choose'), options: convictionSentenceTypes.map((s) => ({ value: s, label: t(`enums.sentenceType.${s}`) })) },
            { kind: 'select', name: 'category', label: t('sentences.category'), placeholder: t('common.choose'), options: offenceCategories.map((c) => ({ value: c, label: t(`iom.offence.${c}`) })) },
            { kind: 'date', name: 'offenceDate', label: t('sentences.offenceDate') },
            { kind: 'date', name: 'provenOn', label: t('sentences.provenOn'), defaultValue: todayInLondon() },
            { kind: 'text', name: 'description', label: t('sentences.descriptionOptional') },
          ]}
        />
      )}
    </section>
  )
}
