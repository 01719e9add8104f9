import { todayInLondon } from '@/lib/dates'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm, type FieldSpec } from '@/components/action-form'
import { recordRiskAssessmentAction } from '@/server/risk/actions'
import type { getRisk } from '@/server/risk/get-risk'
import { predictorKeys, ratingField, roshGrid, roshLevels, type RoshSetting } from '@/server/risk/risk.schemas'
import { RoshTable } from '../_sections/rosh-table'

type Risk = Awaited<ReturnType<typeof getRisk>>

/** The RoSH assessment in force, the form that records a new one, and every earlier one recorded here. */
export async function Assessment({ risk }: { risk: Risk }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  const { profile } = risk
  const levels = roshLevels.map((l) => ({ value: l, label: t(`enums.rosh.${l}`) }))
  const current = (setting: string, group: string) => profile?.ratings.find((r) => r.setting === setting && r.group === group)?.level ?? ''
  const ratingFields = (Object.keys(roshGrid) as RoshSetting[]).flatMap((setting) =>
    roshGrid[setting].map((group): FieldSpec => ({
      kind: 'select',
      name: ratingField(setting, group),
      label: t('risk.ratingLabel', { group: t(`enums.roshGroup.${group}`), setting: t(`enums.setting.${setting}`) }),
      options: levels,
      placeholder: setting === 'CUSTODY' ? t('common.notAssessed') : t('common.choose'),
      defaultValue: current(setting, group),
    })),
  )
  const predictorFields = predictorKeys.map((key): FieldSpec => {
    const score = profile?.predictors.find((p) => p.key === key)?.score
    return { kind: 'text', name: key, label: t('risk.predictorLabel', { predictor: t(`risk.predictor.${key}`) }), hint: t('risk.predictorHint'), defaultValue: score == null ? '' : String(score) }
  })
  return (
    <section aria-labelledby="assessment-heading" className="mb-10">
      <h2 id="assessment-heading" className="mb-2 text-2xl font-bold">{t('risk.assessmentTitle')}</h2>
      {profile ? (
        <>
          <p className="mb-3">{t('risk.summary', { level: t(`enums.rosh.${profile.overallRosh}`), date: day(profile.assessedAt) })}</p>
          <RoshTable ratings={profile.ratings} predictors={profile.predictors} caption={t('risk.roshTable')} />
        </>
      ) : (
        <p className="mb-4">{t('risk.noAssessment')}</p>
      )}
      {risk.canUpdate && (
        <div className="mb-6 max-w-xl">
          <ActionForm
            disclosure={{ summary: t('risk.recordAssessment'), look: 'title', open: !profile, intro: <p className="mb-3">{t('risk.assessmentHint')}</p> }}
            action={recordRiskAssessmentAction}
            idPrefix="assessment"
            hidden={{ offenderId: risk.id, basedOnVersion: profile?.version ?? 0 }}
            problemTitle={t('common.problem')}
            submitLabel={t('risk.saveAssessment')}
            successMessage={t('risk.assessmentSaved')}
            fields={[{ kind: 'date', name: 'assessedOn', label: t('risk.assessedOn'), defaultValue: todayInLondon() }, ...ratingFields, ...predictorFields]}
          />
        </div>
      )}
      {risk.assessments.length > 0 && (
        <details>
          <summary className="cursor-pointer underline">{t('risk.assessmentHistory', { count: risk.assessments.length })}</summary>
          <ol className="mt-4 space-y-6">
            {risk.assessments.map((a) => (
              <li key={a.id} className="border-l-4 border-gray-400 pl-3">
                <p className="mb-2 text-gray-700">{t('risk.assessmentLine', { date: day(a.assessedOn), author: risk.authorNames[a.authorId] ?? '', level: t(`enums.rosh.${a.overallRosh}`) })}</p>
                <RoshTable ratings={a.ratings} predictors={a.predictors} caption={t('risk.assessedOnCaption', { date: day(a.assessedOn) })} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
