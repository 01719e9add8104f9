import type { CSSProperties } from 'react'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { OffenderRow } from '@/server/offenders/offender.select'
import type { TCaseloadQuery } from '@/server/offenders/offender.schemas'
import { OffenderTableRows, type PersonRow } from './offender-table-rows'

export type SortLink = { key: TCaseloadQuery['sort']; href: string; active: 'ascending' | 'descending' | 'none' }

type Column = { key: SortLink['key'] | null; label: string }

/**
 * Caseload and search results. Limited-access rows carry nothing that identifies the person (ADR 0023). Sortable columns have
 * a link in the header and `aria-sort`. Search results show the date of birth (`showDateOfBirth`) so people with the
 * same name can be told apart (issue 15 item 7). The rows exist once (issue 18 item 1): below the `md` breakpoint the
 * `stack-table` styles in globals.css stack each row with every value under its column's label (issue 15 item 9),
 * the labels coming from the `--label-N` properties set here on the table.
 */
export async function OffenderTable({ rows, caption, sortLinks, showManager = false, showDateOfBirth = false }: { rows: OffenderRow[]; caption: string; sortLinks?: SortLink[]; showManager?: boolean; showDateOfBirth?: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const when = (d: Date | null) => (d ? formatDate(d, 'dateTime') : t('common.none'))
  const columns: Column[] = [
    { key: 'name', label: t('caseload.name') },
    { key: 'crn', label: t('caseload.crn') },
    ...(showDateOfBirth ? [{ key: null, label: t('searchResults.dateOfBirth') }] : []),
    ...(showManager ? [{ key: null, label: t('caseloadTable.manager') }] : []),
    { key: 'tier', label: t('caseload.tier') },
    { key: 'rosh', label: t('caseload.rosh') },
    { key: null, label: t('caseload.sentence') },
    { key: 'nextAppointment', label: t('caseload.nextAppointment') },
    { key: 'lastContact', label: t('caseload.lastContact') },
    { key: 'overdue', label: t('caseload.overdue') },
  ]
  // JSON string syntax is valid CSS string syntax for these labels (quotes and backslashes escaped).
  const labels = Object.fromEntries(columns.map((c, i) => [`--label-${i + 1}`, JSON.stringify(c.label)])) as CSSProperties
  const cellsOf = (r: OffenderRow): PersonRow =>
    r.restricted
      ? { id: null, cells: [t('common.accessRestricted'), t('common.accessRestrictedHint')], overdue: false }
      : {
          id: r.id,
          overdue: r.overdueItems > 0,
          cells: [
            r.name,
            r.crn,
            ...(showDateOfBirth ? [formatDate(r.dateOfBirth, 'day')] : []),
            ...(showManager ? [r.managerName ?? t('caseloadTable.unallocated')] : []),
            r.tier,
            r.rosh ? t(`enums.rosh.${r.rosh}`) : t('common.notAssessed'),
            r.sentence ? t('caseload.ends', { type: t(`enums.sentenceType.${r.sentence.type}`), date: formatDate(r.sentence.expectedEndDate, 'day') }) : t('common.none'),
            when(r.nextAppointment),
            when(r.lastContact),
            String(r.overdueItems),
          ],
        }
  const header = ({ key, label }: Column) => {
    const sort = key ? sortLinks?.find((s) => s.key === key) : undefined
    const arrow = sort?.active === 'ascending' ? ' ▲' : sort?.active === 'descending' ? ' ▼' : ''
    return (
      <th key={label} scope="col" aria-sort={sort?.active}>
        {sort ? <Link href={sort.href}>{label}<span aria-hidden="true">{arrow}</span></Link> : label}
      </th>
    )
  }
  return (
    <table className="data-table stack-table" style={labels}>
      <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
      <thead>
        <tr>{columns.map(header)}</tr>
      </thead>
      <tbody>
        <OffenderTableRows rows={rows.map(cellsOf)} columns={columns.length} />
      </tbody>
    </table>
  )
}
