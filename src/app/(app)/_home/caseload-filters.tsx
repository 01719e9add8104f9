import { getTranslations } from 'next-intl/server'
import { Button } from '@/components/button'
import { CheckboxField } from '@/components/checkbox-field'
import { SelectField } from '@/components/select-field'
import { saveCaseloadViewAction } from '@/server/offenders/actions'
import { caseloadSorts, roshLevels, sentenceTypes, type TCaseloadQuery } from '@/server/offenders/offender.schemas'

/** Filters are a GET form (bookmarkable, no JavaScript needed); "save as my view" stores them for next time. */
export async function CaseloadFilters({ query, views }: { query: TCaseloadQuery; views: TCaseloadQuery['view'][] }) {
  const t = await getTranslations()
  const current = { view: query.view, sort: query.sort, dir: query.dir, sentenceType: query.sentenceType ?? '', rosh: query.rosh ?? '', overdue: query.overdue ?? '' }
  return (
    <div className="mb-6 border-2 border-gray-300 p-4">
      <form noValidate method="get" className="grid items-end gap-4 md:grid-cols-4" aria-label={t('caseload.filters')}>
        {views.length > 1 ? (
          <SelectField name="view" label={t('caseload.show')} defaultValue={query.view} options={views.map((v) => ({ value: v, label: t(`caseload.view.${v}`) }))} />
        ) : (
          <input type="hidden" name="view" value={query.view} />
        )}
        <SelectField name="sentenceType" label={t('caseload.sentenceType')} placeholder={t('caseload.any')} defaultValue={query.sentenceType ?? ''} options={sentenceTypes.map((s) => ({ value: s, label: t(`enums.sentenceType.${s}`) }))} />
        <SelectField name="rosh" label={t('caseload.rosh')} placeholder={t('caseload.any')} defaultValue={query.rosh ?? ''} options={roshLevels.map((r) => ({ value: r, label: t(`enums.rosh.${r}`) }))} />
        {/* Sorting here as well as by the column headers: on a phone the list is cards without headers. */}
        <SelectField name="sort" label={t('caseloadTable.sortBy')} defaultValue={query.sort} options={caseloadSorts.map((s) => ({ value: s, label: t(`caseloadTable.sort.${s}`) }))} />
        <SelectField name="dir" label={t('caseloadTable.order')} defaultValue={query.dir} options={(['asc', 'desc'] as const).map((d) => ({ value: d, label: t(`caseloadTable.dir.${d}`) }))} />
        <CheckboxField name="overdue" value="yes" label={t('caseload.overdueOnly')} defaultChecked={query.overdue === 'yes'} />
        <div className="md:col-span-4">
          <Button type="submit">{t('caseload.apply')}</Button>
        </div>
      </form>
      <form noValidate action={saveCaseloadViewAction} className="mt-3">
        {Object.entries(current).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button type="submit" variant="secondary">{t('caseload.saveView')}</Button>
      </form>
    </div>
  )
}
