import { FilterErrorSummary } from '@/components/filter-error-summary'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { Button } from '@/components/button'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { localisedOptions } from '@/lib/localised'
import type { ActionFilter } from '@/server/mappa/action-tracker'
import { actionStatuses } from '@/server/mappa/mappa.schemas'
import { getTrackerChoices } from '@/server/mappa/tracker-choices'
import { trackerSorts } from '@/server/mappa/tracker.schemas'
import type { Actor } from '@/server/policy'

/** The query string of a tracker filter, without empty fields. */
export const trackerQuery = (f: ActionFilter) => new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString()

/** The filter form's fields by name, in its order, so the error summary names each one (issue 16 walk-through item 3). */
export function trackerLabels(t: Awaited<ReturnType<typeof getTranslations>>): Record<string, string> {
  return {
    status: t('tracker.status'), overdue: t('tracker.overdueOnly'), agency: t('tracker.agency'), owner: t('tracker.owner'), source: t('tracker.source'), dueWithin: t('tracker.dueWithin'),
    dueFrom: t('tracker.dueFrom'), dueTo: t('tracker.dueTo'), sort: t('tracker.sort'), dir: t('tracker.dir'),
  }
}

/**
 * The tracker's filter and sort form (issue 16 item 6): a plain GET form, so it works without JavaScript and the
 * address can be bookmarked; the CSV link carries the same filters and sort.
 */
export async function TrackerFilters({ actor, filter, errors }: { actor: Actor; filter: ActionFilter; errors: Record<string, string[]> }) {
  const [choices, t, locale, formatDate] = await Promise.all([getTrackerChoices(actor), getTranslations(), getLocale(), getDateFormatter()])
  const any = (label: string) => ({ placeholder: label })
  const { page: _p, after: _a, before: _b, ...kept } = filter
  return (
    <section aria-labelledby="tracker-filters" className="mb-6">
      <h2 id="tracker-filters" className="mb-3 text-2xl font-bold">{t('tracker.filtersHeading')}</h2>
      {/* Under the heading of the form it is about (walk 40 D2), not above the section. */}
      <FilterErrorSummary errors={errors} labels={trackerLabels(t)} />
      <form noValidate method="get" className="grid max-w-4xl gap-4 md:grid-cols-3">
        <SelectField name="status" label={t('tracker.status')} {...any(t('tracker.anyStatus'))} defaultValue={filter.status ?? ''} options={actionStatuses.map((s) => ({ value: s, label: t(`enums.actionStatus.${s}`) }))} />
        <SelectField name="agency" label={t('tracker.agency')} {...any(t('tracker.anyAgency'))} defaultValue={filter.agency ?? ''} options={localisedOptions(choices.agencies, locale)} />
        <SelectField name="owner" label={t('tracker.owner')} {...any(t('tracker.anyOwner'))} defaultValue={filter.owner ?? ''} options={choices.owners.map((u) => ({ value: u.id, label: u.name }))} />
        <SelectField
          name="source"
          label={t('tracker.source')}
          {...any(t('tracker.anySource'))}
          defaultValue={filter.source ?? ''}
          options={[
            ...choices.meetings.map((m) => ({ value: `meeting:${m.id}`, label: t('tracker.fromMeeting', { level: m.level, when: formatDate(m.startsAt, 'dateTime') }) })),
            ...choices.reviews.map((r) => ({ value: `review:${r.id}`, label: t('tracker.reviewOption', { name: `${r.offender.firstName} ${r.offender.lastName} (${r.offender.crn})`, date: formatDate(r.offenceDate, 'day') }) })),
          ]}
        />
        <TextField name="dueWithin" type="text" inputMode="numeric" maxLength={10} label={t('tracker.dueWithin')} hint={t('tracker.dueWithinHint')} defaultValue={filter.dueWithin ?? ''} errors={errors.dueWithin} />
        <div className="flex items-center gap-2 self-end pb-2">
          <input id="field-overdue" type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue === '1'} className="h-6 w-6" />
          <label htmlFor="field-overdue" className="font-bold">{t('tracker.overdueOnly')}</label>
        </div>
        <TextField name="dueFrom" type="date" label={t('tracker.dueFrom')} defaultValue={filter.dueFrom ?? ''} errors={errors.dueFrom} />
        <TextField name="dueTo" type="date" label={t('tracker.dueTo')} defaultValue={filter.dueTo ?? ''} errors={errors.dueTo} />
        <SelectField name="sort" label={t('tracker.sort')} defaultValue={filter.sort ?? 'due'} options={trackerSorts.map((s) => ({ value: s, label: t(`tracker.sortBy.${s}`) }))} />
        <SelectField name="dir" label={t('tracker.dir')} defaultValue={filter.dir ?? 'asc'} options={(['asc', 'desc'] as const).map((d) => ({ value: d, label: t(`tracker.${d}`) }))} />
        <div className="flex items-end gap-4 md:col-span-3">
          <Button type="submit">{t('tracker.apply')}</Button>
          <Link href="/mappa/actions">{t('tracker.clear')}</Link>
          <a href={`/mappa/actions/export?${trackerQuery(kept)}`} download>{t('tracker.download')}</a>
        </div>
      </form>
    </section>
  )
}
