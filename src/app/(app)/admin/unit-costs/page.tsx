import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { formatFigure } from '@/lib/outcomes/columns'
import { localisedName } from '@/lib/localised'
import { updateUnitCostAction } from '@/server/schemes/actions'
import { UNIT_COST_SOURCE_MAX } from '@/server/schemes/unit-cost.schemas'
import { findUnitCosts } from '@/server/schemes/unit-costs'
import { requireActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('outcomesSchemes.unitCosts')
  return { title: t('title') }
}

/** The unit costs of crime per offence category (issue 14 "IOM"), with their source and price year; administrators change them. */
export default async function UnitCostsPage() {
  const costs = await orNotFound(findUnitCosts((await requireActor())))
  const t = await getTranslations()
  const locale = await getLocale()
  const u = (key: string, values?: Record<string, string>) => (t as unknown as (k: string, v?: Record<string, string>) => string)(`outcomesSchemes.unitCosts.${key}`, values)
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{u('title')}</h1>
      <p className="mb-6 max-w-3xl">{u('intro')}</p>
      <SimpleTable caption={u('caption')} rowHeaders
        headers={[u('category'), u('cost'), u('priceYear'), u('source'), u('change')]}
        rows={costs.map((c) => {
          const category = t(`iom.offence.${c.category}`)
          return {
            key: `${c.category}-${c.version}`,
            cells: [
              category,
              c.costPence === null ? u('notCosted') : formatFigure(c.costPence, 'money', locale),
              c.priceYear,
              localisedName({ name: c.source, nameCy: c.sourceCy }, locale),
              <ActionForm key="change" problemTitle={t('common.problem')} action={updateUnitCostAction} idPrefix={`cost-${c.category}`} hidden={{ category: c.category, version: c.version }}
                  submitLabel={u('save', { category })} successMessage={u('saved')} disclosure={{ summary: u('edit', { category }), look: 'link' }}
                  fields={[
                    { kind: 'text', name: 'cost', label: u('costField', { category }), hint: u('costHint'), defaultValue: c.costPence === null ? '' : String(c.costPence / 100) },
                    { kind: 'text', name: 'priceYear', label: u('priceYearField'), hint: u('priceYearHint'), defaultValue: c.priceYear },
                    { kind: 'textarea', name: 'source', label: u('sourceField'), defaultValue: c.source, maxLength: UNIT_COST_SOURCE_MAX },
                    { kind: 'textarea', name: 'sourceCy', label: t('outcomesMore.sourceCy'), hint: t('outcomesMore.sourceCyHint'), defaultValue: c.sourceCy ?? '', maxLength: UNIT_COST_SOURCE_MAX },
                  ]} />,
            ],
          }
        })} />
    </>
  )
}
