import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ShownFigure } from '@/components/shown-figure'
import { SimpleTable } from '@/components/simple-table'
import { getDateFormatter } from '@/i18n/date-formatter'
import { formatFigure } from '@/lib/outcomes/columns'
import { localisedName } from '@/lib/localised'
import { getSchemeReport } from '@/server/schemes/get-scheme-report'
import { circleMeasureIds, noQuestionnaires, reportMeasureIds } from '@/server/schemes/scheme-report-sheet'
import { requireActor } from '@/server/session'
import { circleMeasureLabel, periodLabel } from './report-labels'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outcomesSchemes')
  return { title: t('title') }
}

/**
 * A commissioned scheme's report (issue 14 item A): what it is and whom it serves, funding and cost per participant
 * by period, and its participants' outcomes, disclosure-controlled. Out of scope or not allowed: 404.
 */
export default async function SchemeReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { scheme, costs, outcomes, circles, asAt } = await orNotFound(getSchemeReport((await requireActor()), (await recordIds(params)).id))
  const t = await getTranslations()
  const locale = await getLocale()
  const date = await getDateFormatter()
  const name = localisedName(scheme, locale)
  const target = scheme.providerAgency ?? scheme.iomCohort ?? scheme.partnerService
  const withheld = t('outcomes.withheld')
  const tooFew = t('outcomes.tooFew')
  const notApplicable = t('outcomesLead.notApplicable')
  const figure = (id: string) => <ShownFigure shown={outcomes[id]} kind={id.endsWith('Rate') ? 'percent' : 'count'} locale={locale} withheld={withheld} tooFew={tooFew} notApplicable={notApplicable} />
  const ids = reportMeasureIds(scheme.serves)
  const tr = t as unknown as Parameters<typeof periodLabel>[0]
  const reportName = t('outcomesSchemes.report.heading', { name })
  return (
    <>
      <p><Link href="/schemes">{t('outcomesSchemes.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{reportName}</h1>
      {/* Issue 14 "Figures as at" (docs/decisions/0018): a scheme's figures are computed when asked for. */}
      <p className="mb-6 max-w-3xl font-bold" data-testid="figures-as-at">{t('outcomesRefresh.asAtLive', { time: date(asAt, 'dateTime') })}</p>
      <section aria-labelledby="about-heading" className="mb-10 max-w-3xl">
        <h2 id="about-heading" className="mb-3 text-2xl font-bold">{t('outcomesSchemes.report.about')}</h2>
        <dl className="grid sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold">{t('outcomesSchemes.report.fundedBy')}</dt>
          <dd>{localisedName({ name: scheme.funderName, nameCy: scheme.funderNameCy }, locale)} ({t(`outcomesSchemes.funders.${scheme.funder}`)})</dd>
          <dt className="font-bold">{t('outcomesSchemes.area')}</dt>
          <dd>{t(`enums.region.${scheme.region}`)}</dd>
          <dt className="font-bold">{t('outcomesSchemes.report.participantsFrom')}</dt>
          <dd>{t(`outcomesSchemes.report.participantsRule.${scheme.serves}`, { target: target ? localisedName(target, locale) : '' })}</dd>
        </dl>
      </section>
      <p className="mb-2 max-w-3xl">{t('outcomes.withheldNote')}</p>
      <p className="mb-8 max-w-3xl">{t('outcomesLead.notApplicableNote')}</p>
      <section aria-labelledby="costs-heading" className="mb-10">
        <h2 id="costs-heading" className="mb-3 text-2xl font-bold">{t('outcomesSchemes.report.costs')}</h2>
        <SimpleTable caption={t('outcomesSchemes.report.costsCaption')} rowHeaders
          headers={[t('outcomesSchemes.report.period'), t('outcomesSchemes.report.amount'), t('outcomesSchemes.report.served'), t('outcomesSchemes.report.costPerParticipant')]}
          rows={costs.map((c) => ({
            key: c.startsOn ?? 'all',
            cells: [
              periodLabel(tr, date, c.startsOn, c.endsOn),
              formatFigure(c.amountPence, 'money', locale),
              <ShownFigure key="served" shown={c.served} locale={locale} withheld={withheld} tooFew={tooFew} notApplicable={notApplicable} />,
              c.costPerParticipant ? <ShownFigure key="cost" shown={c.costPerParticipant} kind="money" locale={locale} withheld={withheld} tooFew={tooFew} notApplicable={notApplicable} /> : t('outcomesMore.noParticipants'),
            ],
          }))} />
        <p className="mt-2 max-w-3xl">{t('outcomesSchemes.report.costNote')}</p>
      </section>
      <section aria-labelledby="outcomes-heading" className="mb-10 max-w-3xl">
        <h2 id="outcomes-heading" className="mb-3 text-2xl font-bold">{t('outcomesSchemes.report.outcomes')}</h2>
        <SimpleTable caption={t('outcomesSchemes.report.outcomesCaption')} rowHeaders
          headers={[t('outcomesSchemes.report.measure'), t('outcomesSchemes.report.value')]}
          rows={ids.map((id) => ({ key: id, cells: [t(`outcomesSchemes.report.measures.${id}` as 'outcomesSchemes.title'), figure(id)] }))} />
        <p className="mt-2">{t('outcomesSchemes.report.outcomesNote')}</p>
      </section>
      {circles && (
        <section aria-labelledby="circles-heading" className="mb-10 max-w-3xl">
          <h2 id="circles-heading" className="mb-3 text-2xl font-bold">{t('outcomesMore.circles.heading')}</h2>
          <SimpleTable caption={t('outcomesMore.circles.caption')} rowHeaders
            headers={[t('outcomesSchemes.report.measure'), t('outcomesSchemes.report.value')]}
            rows={circleMeasureIds.map((id) => ({ key: id, cells: [circleMeasureLabel(tr, id), noQuestionnaires(circles, id) ? t('outcomesMore.circles.noQuestionnaires') : <ShownFigure key="v" shown={circles[id]} kind={id.endsWith('Mean') ? 'ratio' : 'count'} locale={locale} withheld={withheld} tooFew={tooFew} notApplicable={notApplicable} />] }))} />
          <p className="mt-2">{t('outcomesMore.circles.note')}</p>
        </section>
      )}
      <section aria-labelledby="download-heading" className="mb-10">
        <h2 id="download-heading" className="mb-3 text-2xl font-bold">{t('outcomesMore.export.heading')}</h2>
        <p className="flex gap-4">
          {(['csv', 'xlsx'] as const).map((format) => (
            // A plain link, not next/link: a download is not a page, and the client router must not try to render it.
            <a key={format} href={`/schemes/${scheme.id}/export?format=${format}`} download aria-label={t('outcomes.downloadLabel', { table: reportName, format: t(`outcomes.${format}`) })}>
              {t(`outcomes.${format}`)}
            </a>
          ))}
        </p>
      </section>
    </>
  )
}
