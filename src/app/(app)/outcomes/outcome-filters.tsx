import { getLocale, getTranslations } from 'next-intl/server'
import { Button } from '@/components/button'
import { SelectField } from '@/components/select-field'
import { lastQuarters } from '@/lib/outcomes/quarters'
import { todayInLondon } from '@/lib/dates'
import { COHORT_YOUNG_ADULT_AGES } from '@/lib/young-adult'
import { Region } from '@/generated/prisma/enums'
import { breakdownChoices, MAX_OUTCOME_QUARTERS } from '@/server/outcomes/outcome-filter'
import { priorityGroups } from '@/server/outcomes/priority-groups'
import { localisedOptions } from '@/lib/localised'

type Named = { id: string; name: string; nameCy: string | null }

/**
 * The dashboard's filters: a GET form, so every view is a link that can be bookmarked or sent to a board. A lead's
 * area is fixed (`ownArea`, issue 14 leads' item 3), so they get no region, LDU or local authority to choose (walk 29 D2:
 * an authority offered to them was replaced by their own area).
 */
export async function OutcomeFilters({ values, errors, options, ownArea = false }: { values: Record<string, string>; errors: Record<string, string[]>; options: { ldus: Named[]; localAuthorities: Named[]; agencies: Named[] }; ownArea?: boolean }) {
  const t = await getTranslations('outcomes')
  const te = await getTranslations('enums')
  const cy = (await getLocale()) === 'cy'
  // Every quarter a range may reach back to (issue 14), newest first.
  const quarters = lastQuarters(todayInLondon(), MAX_OUTCOME_QUARTERS).reverse().map((q) => ({ value: q, label: q }))
  const named = (list: Named[]) => localisedOptions(list, cy ? 'cy' : 'en')
  const field = (name: string) => ({ name, defaultValue: values[name] ?? '', errors: errors[name] })
  return (
    <form noValidate method="get" aria-label={t('filters')} className="mb-6 grid items-end gap-4 border-2 border-gray-300 p-4 md:grid-cols-4">
      <SelectField {...field('from')} label={t('from')} options={quarters} />
      <SelectField {...field('to')} label={t('to')} options={quarters} />
      {!ownArea && <SelectField {...field('region')} label={t('region')} placeholder={t('all')} options={Object.values(Region).map((r) => ({ value: r, label: te(`region.${r}`) }))} />}
      {!ownArea && <SelectField {...field('lduId')} label={t('ldu')} placeholder={t('all')} options={named(options.ldus)} />}
      {!ownArea && <SelectField {...field('localAuthorityId')} label={t('localAuthority')} placeholder={t('all')} options={named(options.localAuthorities)} />}
      <SelectField {...field('agencyId')} label={t('agency')} placeholder={t('all')} options={named(options.agencies)} />
      <SelectField {...field('group')} label={t('group')} placeholder={t('all')} options={priorityGroups.map((g) => ({ value: g, label: t(`groups.${g}`, COHORT_YOUNG_ADULT_AGES) }))} />
      <SelectField {...field('by')} label={t('by')} options={breakdownChoices(ownArea).map((b) => ({ value: b, label: t(`breakdown.${b}`) }))} />
      <div className="md:col-span-4">
        <Button type="submit">{t('apply')}</Button>
      </div>
    </form>
  )
}
