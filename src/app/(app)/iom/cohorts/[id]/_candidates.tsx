import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable } from '@/components/simple-table'
import { localisedName } from '@/lib/localised'
import { CANDIDATE_LIMIT, type findCandidates } from '@/server/iom/candidates'

type Result = Awaited<ReturnType<typeof findCandidates>>

/** The candidate list: only what the panel needs to decide, highest predicted reoffending first. `area` names where they come from. */
export async function CandidatesSection({ candidates, area }: Omit<Result, 'drawnAs'> & { area: string }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'day')
  return (
    <section aria-labelledby="candidates-heading" className="mb-10">
      <h2 id="candidates-heading" className="mb-3 text-2xl font-bold">{t('iomCohort.candidates')}</h2>
      <p className="mb-4 max-w-3xl">{t('iomCohort.candidatesIntro', { region: area, limit: CANDIDATE_LIMIT })}</p>
      {candidates.length === 0 ? <p>{t('iomCohort.noCandidates')}</p> : (
        <SimpleTable
          labelledBy="candidates-heading"
          rowHeaders
          headers={[t('iom.person'), t('iomCohort.age'), t('iomCohort.ldu'), t('iomCohort.recentConvictions'), t('iomCohort.ogrs'), t('iomCohort.offences'), t('iomCohort.lastDecision')]}
          rows={candidates.map((c) => ({
            key: c.id,
            cells: [
              `${c.firstName} ${c.lastName} (${c.crn})`,
              c.age,
              c.ldu ? localisedName(c.ldu, locale) : t('common.none'),
              c.recentConvictions,
              c.ogrs === null ? t('iomCohort.notScored') : `${c.ogrs}%`,
              c.offenceCategories.map((o) => t(`iom.offence.${o}`)).join(', '),
              c.lastDecision
                ? t('iomCohort.decisionSummary', { decision: t(c.lastDecision.selected ? 'iomCohort.selected' : 'iomCohort.notSelected'), date: day(c.lastDecision.panelOn), reason: c.lastDecision.reason })
                : t('common.none'),
            ],
          }))}
        />
      )}
    </section>
  )
}
