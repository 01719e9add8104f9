import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { OffenderRow } from '@/server/offenders/offender.select'
import type { TCaseloadQuery } from '@/server/offenders/offender.schemas'
import { OffenderCards, type RowText } from './offender-cards'

export type SortLink = { key: TCaseloadQuery['sort']; href: string; active: 'ascending' | 'descending' | 'none' }

/**
 * Caseload and search results. Limited-access rows carry the CRN only (security.md AC-5). Sortable columns have
 * a link in the header and `aria-sort`. Below the `md` breakpoint the rows are stacked cards with labels instead
 * of a table that scrolls sideways (issue 15 item 9); only one of the two is ever displayed. Search results show the
 * date of birth (`showDateOfBirth`) so people with the same name can be told apart (issue 15 item 7).
 */
export async function OffenderTable({ rows, caption, sortLinks, showManager = false, showDateOfBirth = false }: { rows: OffenderRow[]; caption: string; sortLinks?: SortLink[]; showManager?: boolean; showDateOfBirth?: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const when = (d: Date | null) => (d ? formatDate(d, 'dateTime') : t('common.none'))
  const text: RowText = (r) => ({
    tier: r.tier,
    rosh: r.rosh ? t(`enums.rosh.${r.rosh}`) : t('common.notAssessed'),
    sentence: r.sentence ? t('caseload.ends', { type: t(`enums.sentenceType.${r.sentence.type}`), date: formatDate(r.sentence.expectedEndDate, 'day') }) : t('common.none'),
    nextAppointment: when(r.nextAppointment),
    lastContact: when(r.lastContact),
    manager: r.managerName ?? t('caseloadTable.unallocated'),
    dateOfBirth: formatDate(r.dateOfBirth, 'day'),
  })
  const header = (key: SortLink['key'] | null, label: string) => {
    const sort = key ? sortLinks?.find((s) => s.key === key) : undefined
    const arrow = sort?.active === 'ascending' ? ' ▲' : sort?.active === 'descending' ? ' ▼' : ''
    return (
      <th scope="col" aria-sort={sort?.active} className="p-2">
        {sort ? <Link href={sort.href}>{label}<span aria-hidden="true">{arrow}</span></Link> : label}
      </th>
    )
  }
  const columns = 7 + (showManager ? 1 : 0) + (showDateOfBirth ? 1 : 0)
  return (
    <>
      <OffenderCards rows={rows} caption={caption} text={text} showManager={showManager} showDateOfBirth={showDateOfBirth} />
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
        <thead className="border-b-2 border-gray-900">
          <tr>
            {header('name', t('caseload.name'))}
            {header('crn', t('caseload.crn'))}
            {showDateOfBirth && header(null, t('searchResults.dateOfBirth'))}
            {showManager && header(null, t('caseloadTable.manager'))}
            {header('tier', t('caseload.tier'))}
            {header('rosh', t('caseload.rosh'))}
            {header(null, t('caseload.sentence'))}
            {header('nextAppointment', t('caseload.nextAppointment'))}
            {header('lastContact', t('caseload.lastContact'))}
            {header('overdue', t('caseload.overdue'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            // The position, not the id, keys a redacted row: React keys reach the page (issue 17 item 6).
            if (r.restricted) {
              return (
                <tr key={`restricted-${i}`} className="border-b border-gray-300 bg-gray-100">
                  <td className="p-2 italic">{t('common.accessRestricted')}</td>
                  <td className="p-2">{r.crn}</td>
                  <td className="p-2" colSpan={columns - 1}>{t('common.accessRestrictedHint')}</td>
                </tr>
              )
            }
            const cells = text(r)
            return (
              <tr key={r.id} className="border-b border-gray-300">
                <td className="p-2">
                  <Link href={`/offenders/${r.id}`}>{r.name}</Link>
                </td>
                <td className="p-2">{r.crn}</td>
                {showDateOfBirth && <td className="p-2">{cells.dateOfBirth}</td>}
                {showManager && <td className="p-2">{cells.manager}</td>}
                <td className="p-2">{cells.tier}</td>
                <td className="p-2">{cells.rosh}</td>
                <td className="p-2">{cells.sentence}</td>
                <td className="p-2">{cells.nextAppointment}</td>
                <td className="p-2">{cells.lastContact}</td>
                <td className={`p-2 ${r.overdueItems ? 'font-bold text-error' : ''}`}>{r.overdueItems}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}
