import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { FilterErrorSummary } from '@/components/filter-error-summary'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { outcomeTableNames, type OutcomeTableName } from '@/lib/outcomes/columns'
import { getOutcomeFilterOptions } from '@/server/outcomes/get-outcome-filter-options'
import { getOutcomeIndicators } from '@/server/outcomes/get-outcome-indicators'
import { drillableMeasures } from '@/server/outcomes/indicator-defs'
import { outcomeReach } from '@/server/outcomes/lead-scope'
import { requireActor } from '@/server/session'
import { IndicatorSection } from './indicator-section'
import { IomCostSection } from './iom-cost-section'
import { keyLabel, nameIn } from './key-label'
import { OutcomeFilters } from './outcome-filters'
import { PathwaySection } from './pathway-section'
import { singleValues } from '@/app/_lib/query-of'
import { withFilterErrors } from '@/app/_lib/filter-errors'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outcomes')
  return { title: t('title') }
}

const areaFields = ['region', 'lduId', 'localAuthorityId'] as const

type Search = Promise<Record<string, string | string[] | undefined>>

/**
 * The outcome indicators dashboard (issue 14): aggregate figures for `stats.view`; for leads (`stats.viewOwn`) the same
 * limited to their own area, with counts of people linked to the people behind them (leads' item 3). Others: 404.
 */
export default async function OutcomesPage({ searchParams }: { searchParams: Search }) {
  const actor = (await requireActor())
  const t = await getTranslations()
  const cy = (await getLocale()) === 'cy'
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === 'string'))
  // Bad filters: say which, and leave out only those (walk 65 F1: quarters the wrong way round also dropped the
  // breakdown asked for, which the message did not name); a rule between fields that names one not given (a range too
  // long to today's quarter): the default figures, with every message found on the way (review 65b B4).
  const { result: data, errors } = await withFilterErrors(raw, (p) => orNotFound(getOutcomeIndicators(actor, p)), () => getOutcomeIndicators(actor, {}))
  const options = await getOutcomeFilterOptions(actor)
  const formatDate = await getDateFormatter()
  const reach = outcomeReach(actor)
  const ownArea = reach.kind === 'own' ? (reach.lduId ? nameIn(options.ldus, reach.lduId, cy) : t(`enums.region.${reach.region!}`)) : null
  // A lead's counts link to the people behind them, in every table (issue 14 "Rules"); rates, means and hours do not.
  const drill = (table: OutcomeTableName) => (quarter: string, measure: string) =>
    drillableMeasures(table).includes(measure) ? `/outcomes/people?${query}&${new URLSearchParams({ table, quarter, measure })}` : null
  const f = data.filter
  const asAt = formatDate(data.asAt, 'dateTime')
  const values = singleValues(f) as Record<string, string>
  const query = new URLSearchParams(values).toString()
  // The form shows the filter as applied, the field messages what was wrong (walk 29 D2: a lead's area choice, replaced
  // by their own area, stayed shown as selected above the other area's figures; walk 66 F8: a quarter left out showed
  // the list's first quarter, matching no figure, as every field is a list and cannot show what was typed).
  const formValues = values
  const areaReplaced = ownArea !== null && areaFields.some((k) => raw[k] !== undefined && raw[k] !== '' && raw[k] !== values[k])
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('outcomes.title')}</h1>
      <p className="mb-2 max-w-3xl">{t('outcomes.intro')}</p>
      <p className="mb-6"><Link href="/outcomes/definitions">{t('outcomes.definitionsLink')}</Link></p>
      {ownArea && <p className="mb-2 max-w-3xl font-bold">{t('outcomesLead.ownArea', { area: ownArea })}</p>}
      {areaReplaced && (
        <p className="mb-2 max-w-3xl border-l-4 border-amber-600 bg-amber-50 p-3" role="status">
          {t('outcomesLead.areaReplaced', { area: ownArea })}
        </p>
      )}
      {ownArea && <p className="mb-6 max-w-3xl">{t('outcomesLead.drillNote')}</p>}
      <FilterErrorSummary errors={errors} />
      <OutcomeFilters values={formValues} errors={errors} options={options} ownArea={ownArea !== null} />
      <p className="mb-4">
        <a href={`/outcomes/board-pack?${query}`} download>{t('outcomes.boardPack')}</a>
      </p>
      <p className="mb-2 max-w-3xl">{t('outcomes.withheldNote')}</p>
      <p className="mb-2 max-w-3xl">{t('outcomesLead.notApplicableNote')}</p>
      <p className="mb-8 max-w-3xl">{t('outcomes.interimNote')}</p>
      <p className="mb-4 max-w-3xl font-bold" data-testid="figures-as-at">{t(data.precomputed ? 'outcomesRefresh.asAt' : 'outcomesRefresh.asAtLive', { time: asAt })}</p>
      {data.lateSince && (
        <p className="mb-8 max-w-3xl border-l-4 border-amber-600 bg-amber-50 p-3 font-bold" role="status" data-testid="figures-late">
          {t('outcomesRefresh.late', { time: asAt, due: formatDate(data.lateSince, 'dateTime') })}
        </p>
      )}
      {outcomeTableNames.map((name) => (
        <IndicatorSection key={name} name={name} quarters={data[name]} by={f.by} query={query} keyLabel={(key) => keyLabel(f.by, key, (k, values) => t(k as 'outcomes.title', values), options, cy)} drillHref={ownArea ? drill(name) : undefined} asAt={asAt} />
      ))}
      <IomCostSection table={data.iomCosts} query={query} asAt={asAt} />
      <PathwaySection figures={data.pathways} query={query} asAt={formatDate(data.pathwaysAsAt.asAt, 'dateTime')} live={data.precomputed && !data.pathwaysAsAt.precomputed} />
    </>
  )
}
