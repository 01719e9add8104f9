import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { disclosureText } from '@/server/mappa/minutes-summary'

const RMP = ['supervision', 'monitoringAndControl', 'interventionsTreatment', 'victimSafetyPlanning', 'contingency'] as const
type Text = 'informationShared' | 'riskAssessment' | (typeof RMP)[number]

type Item = Record<Text, string | null> & {
  levelDecision: string | null
  decidedLevel: number | null
  dissent: string | null
  nextReviewDate: Date | null
  discussedAt: Date | null
  disclosureConsidered: boolean | null
  disclosureDecision: 'DISCLOSE' | 'WITHHOLD' | null
  disclosureTo: string | null
  disclosureBy: string | null
  disclosureReason: string | null
}

/**
 * What the meeting recorded about one nominal, read-only, as the minutes word it: the minutes page and the chair's
 * screen of an approved meeting show it alike (issue 16 items 1 and 3). `actions` sits between the plan and the decision.
 */
export async function RecordedItem({ item: i, actions }: { item: Item; actions: React.ReactNode }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const disclosure = disclosureText(i)
  const text = (label: string, value: string | null) => (
    <div key={label}>
      <dt className="font-bold">{label}</dt>
      <dd className="mb-3 whitespace-pre-wrap">{value || t('minutes.notRecorded')}</dd>
    </div>
  )
  return (
    <>
      <dl>
        {i.discussedAt && text(t('mappaChair.discussed.label'), formatDate(i.discussedAt, 'time'))}
        {text(t('minutes.informationShared'), i.informationShared)}
        {text(t('minutes.riskAssessment'), i.riskAssessment)}
      </dl>
      <h4 className="mb-2 text-lg font-bold">{t('minutes.rmp')}</h4>
      <dl>{RMP.map((f) => text(t(`minutes.${f}`), i[f]))}</dl>
      <div className="mb-4">{actions}</div>
      <dl>
        {text(t('minutes.levelDecision'), i.levelDecision && i.decidedLevel ? t('minutes.decision', { decision: t(`enums.levelDecision.${i.levelDecision}`), level: i.decidedLevel }) : null)}
        {text(t('minutes.dissent'), i.dissent ?? t('minutes.noDissent'))}
        {text(t('mappaChair.minutes.disclosure'), disclosure && t(`mappaChair.minutes.${disclosure.key}`, disclosure.values))}
        {text(t('minutes.nextReview'), i.nextReviewDate ? formatDate(i.nextReviewDate, 'day') : null)}
      </dl>
    </>
  )
}
