import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Button } from '@/components/button'
import { SelectField } from '@/components/select-field'
import type { DiaryRange } from '@/lib/diary-range'

type Props = { range: DiaryRange; ownerId: string; isOwn: boolean; staff: { id: string; name: string }[]; heading: string }

/** Day/week switch, previous/today/next, and, for a senior, whose diary to show (a plain GET form: works without JavaScript). */
export async function DiaryNav({ range, ownerId, isOwn, staff, heading }: Props) {
  const t = await getTranslations('diary')
  const href = (date: string, view = range.view) => `/diary?${new URLSearchParams({ date, view, ...(isOwn ? {} : { staff: ownerId }) })}`
  const week = range.view === 'week'
  const link = 'inline-block py-1 font-bold'
  return (
    <div className="mb-6 space-y-4">
      {staff.length > 1 && (
        <form noValidate method="get" action="/diary" className="flex max-w-md flex-col gap-2">
          <input type="hidden" name="date" value={range.days[0]} />
          <input type="hidden" name="view" value={range.view} />
          <SelectField name="staff" label={t('whose')} idPrefix="diary" defaultValue={ownerId} options={staff.map((s) => ({ value: s.id, label: s.name }))} />
          <div><Button type="submit" variant="secondary">{t('show')}</Button></div>
        </form>
      )}
      <nav aria-label={t('navigation')}>
        <p className="mb-2" aria-live="polite">{week ? t('week') : t('day')}: {heading}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li><Link className={link} href={href(range.days[0]!, 'day')} aria-current={week ? undefined : 'page'}>{t('day')}</Link></li>
          <li><Link className={link} href={href(range.days[0]!, 'week')} aria-current={week ? 'page' : undefined}>{t('week')}</Link></li>
          <li><Link className={link} href={href(range.previous)}>{week ? t('previousWeek') : t('previousDay')}</Link></li>
          <li><Link className={link} href={href(range.today)}>{t('today')}</Link></li>
          <li><Link className={link} href={href(range.next)}>{week ? t('nextWeek') : t('nextDay')}</Link></li>
        </ul>
      </nav>
    </div>
  )
}
