import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { orNotFound } from '@/app/_lib/or-not-found'
import { Button } from '@/components/button'
import { FilterErrorSummary } from '@/components/filter-error-summary'
import { Pagination } from '@/components/pagination'
import { SelectField } from '@/components/select-field'
import { SimpleTable } from '@/components/simple-table'
import { TextField } from '@/components/text-field'
import { keysetLinks } from '@/lib/keyset-links'
import { localisedName } from '@/lib/localised'
import { findNominalsRegister } from '@/server/mappa/nominals-register'
import { requireActor } from '@/server/session'
import { singleValues } from '@/app/_lib/query-of'

type Params = Partial<Record<'level' | 'category' | 'overdue' | 'dueWithin' | 'page' | 'after' | 'before', string>>
const query = (p: Params) => new URLSearchParams(Object.entries(p).filter(([, v]) => v) as [string, string][]).toString()

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations()
  return { title: t('mappaRegister.title') }
}

/** The area's nominals register (issue 16 item 4): filter form (GET, works without JavaScript), count, table, pages. */
export default async function NominalsRegisterPage({ searchParams }: { searchParams: Promise<Params> }) {
  const raw = await searchParams
  const params = singleValues(raw) as Params
  const actor = (await requireActor())
  // A filter given twice is refused by the schema and named, so the raw query goes in (re-break 51 F3).
  const { result: list, errors } = await withFilterErrors(raw, (p) => orNotFound(findNominalsRegister(actor, p)))
  const [t, formatDate, locale] = await Promise.all([getTranslations(), getDateFormatter(), getLocale()])
  const { page: _p, after: _a, before: _b, ...kept } = params
  return (
    <>
      <p><Link href="/mappa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('mappaRegister.title')}</h1>
      <FilterErrorSummary errors={errors} labels={{ level: t('mappa.level'), category: t('mappa.category'), overdue: t('mappaRegister.overdueOnly'), dueWithin: t('mappaRegister.dueWithin') }} />
      <form noValidate method="get" aria-label={t('mappaRegister.filter')} className="mb-6 grid max-w-4xl gap-4 md:grid-cols-4">
        <SelectField name="level" label={t('mappa.level')} placeholder={t('mappaRegister.anyLevel')} defaultValue={params.level ?? ''} options={['1', '2', '3'].map((l) => ({ value: l, label: t('mappa.levelN', { level: l }) }))} />
        <SelectField name="category" label={t('mappa.category')} placeholder={t('mappaRegister.anyCategory')} defaultValue={params.category ?? ''} options={['1', '2', '3', '4'].map((c) => ({ value: c, label: t(`enums.mappaCategory.${c}`) }))} />
        <TextField name="dueWithin" type="text" inputMode="numeric" maxLength={10} label={t('mappaRegister.dueWithin')} hint={t('mappaRegister.dueWithinHint')} defaultValue={params.dueWithin ?? ''} errors={errors.dueWithin} />
        <div className="flex items-center gap-2 self-end pb-2">
          <input id="field-overdue" type="checkbox" name="overdue" value="1" defaultChecked={params.overdue === '1'} className="h-6 w-6" />
          <label htmlFor="field-overdue" className="font-bold">{t('mappaRegister.overdueOnly')}</label>
        </div>
        <div className="flex items-end gap-4 md:col-span-4">
          <Button type="submit">{t('tracker.apply')}</Button>
          <Link href="/mappa/nominals">{t('tracker.clear')}</Link>
        </div>
      </form>
      <p className="mb-4" role="status">{t('mappaRegister.count', { count: list.total })}</p>
      {list.rows.length > 0 && (
        <SimpleTable
          caption={t('mappaRegister.caption')}
          hideCaption
          rowHeaders
          headers={[t('mappa.person'), t('mappa.category'), t('mappa.level'), t('mappaRegister.leadAgency'), t('mappaRegister.offenderManager'), t('mappaRegister.nextReview')]}
          rows={list.rows.map((n, i) => ({
            // A redacted row has no id (ADR 0023): keyed by its place.
            key: n.id ?? `restricted-${i}`,
            cells: [
              n.offender ? <Link key="p" href={`/offenders/${n.offender.id}/mappa`}>{`${n.offender.lastName}, ${n.offender.firstName} (${n.offender.crn})`}</Link> : t('mappaRegister.restricted'),
              // A redacted row has no category (walk 25 O2, ADR 0023): an empty cell, as its lead agency's.
              n.category === null ? '' : t(`enums.mappaCategory.${n.category}`),
              n.level,
              n.leadAgency ? localisedName(n.leadAgency, locale) : '',
              n.offender?.offenderManager?.name ?? (n.offender ? t('mappaRegister.unallocated') : ''),
              <span key="r" className={n.overdue ? 'font-bold text-error' : undefined}>
                {formatDate(n.nextReviewDate, 'day')}
                {n.mark && ` — ${t(n.mark === 'overdue' ? 'mappaRegister.overdue' : 'mappaRegister.leadAgencyReview')}`}
              </span>,
            ],
          }))}
        />
      )}
      <Pagination page={list.page} pages={list.pages} {...keysetLinks(list, list.page, ({ page, ...boundary }) => `?${query({ ...kept, ...boundary, page: String(page) })}`)} />
    </>
  )
}
