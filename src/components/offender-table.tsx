import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { OffenderRow } from '@/server/offenders/offender.select'

export type SortLink = { key: 'name' | 'crn' | 'rosh'; href: string; active: 'ascending' | 'descending' | 'none' }

/**
 * Caseload and search results. Limited-access rows carry the CRN only (security.md AC-5). Search results show the
 * date of birth (`showDateOfBirth`) so people with the same name can be told apart (issue 15 item 7).
 */
export async function OffenderTable({ rows, caption, sortLinks, showDateOfBirth = false }: { rows: OffenderRow[]; caption: string; sortLinks?: SortLink[]; showDateOfBirth?: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const when = (d: Date | null) => (d ? formatDate(d, 'dateTime') : t('common.none'))
  const header = (key: SortLink['key'], label: string) => {
    const sort = sortLinks?.find((s) => s.key === key)
    return (
      <th scope="col" aria-sort={sort?.active} className="p-2">
        {sort ? <Link href={sort.href}>{label}</Link> : label}
      </th>
    )
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
        <thead className="border-b-2 border-gray-900">
          <tr>
            {header('name', t('caseload.name'))}
            {header('crn', t('caseload.crn'))}
            {showDateOfBirth && <th scope="col" className="p-2">{t('searchResults.dateOfBirth')}</th>}
            <th scope="col" className="p-2">{t('caseload.tier')}</th>
            {header('rosh', t('caseload.rosh'))}
            <th scope="col" className="p-2">{t('caseload.sentence')}</th>
            <th scope="col" className="p-2">{t('caseload.nextAppointment')}</th>
            <th scope="col" className="p-2">{t('caseload.lastContact')}</th>
            <th scope="col" className="p-2">{t('caseload.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            r.restricted ? (
              <tr key={r.id} className="border-b border-gray-300 bg-gray-100">
                <td className="p-2 italic">{t('common.accessRestricted')}</td>
                <td className="p-2">{r.crn}</td>
                <td className="p-2" colSpan={showDateOfBirth ? 7 : 6}>
                  {t('common.accessRestrictedHint')}
                </td>
              </tr>
            ) : (
              <tr key={r.id} className="border-b border-gray-300">
                <td className="p-2">
                  <Link href={`/offenders/${r.id}`}>{r.name}</Link>
                </td>
                <td className="p-2">{r.crn}</td>
                {showDateOfBirth && <td className="p-2">{formatDate(r.dateOfBirth, 'day')}</td>}
                <td className="p-2">{r.tier}</td>
                <td className="p-2">{r.rosh ? t(`enums.rosh.${r.rosh}`) : t('common.notAssessed')}</td>
                <td className="p-2">
                  {r.sentence ? t('caseload.ends', { type: t(`enums.sentenceType.${r.sentence.type}`), date: formatDate(r.sentence.expectedEndDate, 'day') }) : t('common.none')}
                </td>
                <td className="p-2">{when(r.nextAppointment)}</td>
                <td className="p-2">{when(r.lastContact)}</td>
                <td className={`p-2 ${r.overdueItems ? 'font-bold text-error' : ''}`}>{r.overdueItems}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  )
}
