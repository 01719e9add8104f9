import type { CSSProperties } from 'react'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { OffenderRow } from '@/server/offenders/offender.select'
import type { TCaseloadQuery } from '@/server/offenders/offender.schemas'

export type SortLink = { key: TCaseloadQuery['sort']; href: string; active: 'ascending' | 'descending' | 'none' }

type Column = { key: SortLink['key'] | null; label: string }

/**
 * Caseload and search results. Limited-access rows carry the CRN only (security.md AC-5). Sortable columns have
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
        {/* Keyed by position, not id: the list is never reordered in the browser, and React keys reach the page
            (issue 17 item 6: a redacted row's id must not; issue 18: 36 characters a row for nothing). */}
        {rows.map((r, i) =>
          r.restricted ? (
            <tr key={i} className="restricted bg-gray-100">
              <td className="italic">{t('common.accessRestricted')}</td>
              <td>{r.crn}</td>
              <td colSpan={columns.length - 2}>{t('common.accessRestrictedHint')}</td>
            </tr>
          ) : (
            <tr key={i}>
              <td>
                <Link href={`/offenders/${r.id}`}>{r.name}</Link>
              </td>
              <td>{r.crn}</td>
              {showDateOfBirth && <td>{formatDate(r.dateOfBirth, 'day')}</td>}
              {showManager && <td>{r.managerName ?? t('caseloadTable.unallocated')}</td>}
              <td>{r.tier}</td>
              <td>{r.rosh ? t(`enums.rosh.${r.rosh}`) : t('common.notAssessed')}</td>
              <td>{r.sentence ? t('caseload.ends', { type: t(`enums.sentenceType.${r.sentence.type}`), date: formatDate(r.sentence.expectedEndDate, 'day') }) : t('common.none')}</td>
              <td>{when(r.nextAppointment)}</td>
              <td>{when(r.lastContact)}</td>
              <td className={r.overdueItems ? 'font-bold text-error' : undefined}>{r.overdueItems}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  )
}
