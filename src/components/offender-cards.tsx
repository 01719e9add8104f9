import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { OffenderRow } from '@/server/offenders/offender.select'

type ShownRow = Extract<OffenderRow, { restricted: false }>
export type RowText = (r: ShownRow) => { tier: string; rosh: string; sentence: string; nextAppointment: string; lastContact: string; manager: string; dateOfBirth: string }

/**
 * The people of a list as stacked cards, one per person, each value under its label: how the caseload and the
 * search results read on a phone (issue 15 item 9). Shown below the `md` breakpoint only.
 */
export async function OffenderCards({ rows, caption, text, showManager, showDateOfBirth }: { rows: OffenderRow[]; caption: string; text: RowText; showManager: boolean; showDateOfBirth: boolean }) {
  const t = await getTranslations()
  return (
    <section aria-label={caption} className="md:hidden">
      <p className="mb-2 text-lg font-bold">{caption}</p>
      <ul className="space-y-3">
        {rows.map((r, i) => {
          // The position, not the id, keys a redacted row: React keys reach the page (issue 17 item 6).
          if (r.restricted) {
            return (
              <li key={`restricted-${i}`} className="border-2 border-gray-300 bg-gray-100 p-3">
                <p className="italic">{t('common.accessRestricted')} · {r.crn}</p>
                <p className="text-sm">{t('common.accessRestrictedHint')}</p>
              </li>
            )
          }
          const cells = text(r)
          const items: [string, string | number][] = [
            [t('caseload.crn'), r.crn],
            ...(showDateOfBirth ? ([[t('searchResults.dateOfBirth'), cells.dateOfBirth]] as [string, string][]) : []),
            ...(showManager ? ([[t('caseloadTable.manager'), cells.manager]] as [string, string][]) : []),
            [t('caseload.tier'), cells.tier],
            [t('caseload.rosh'), cells.rosh],
            [t('caseload.sentence'), cells.sentence],
            [t('caseload.nextAppointment'), cells.nextAppointment],
            [t('caseload.lastContact'), cells.lastContact],
            [t('caseload.overdue'), r.overdueItems],
          ]
          return (
            <li key={r.id} className="border-2 border-gray-300 p-3">
              <p className="mb-2 font-bold">
                <Link href={`/offenders/${r.id}`}>{r.name}</Link>
              </p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                {items.map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="font-bold">{label}</dt>
                    <dd className={label === t('caseload.overdue') && r.overdueItems ? 'font-bold text-error' : undefined}>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
