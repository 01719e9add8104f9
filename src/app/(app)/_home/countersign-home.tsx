import { TableScroll } from '@/components/table-scroll'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { findAwaitingCountersignature } from '@/server/enforcement/find-enforcement'
import type { Actor } from '@/server/policy'

/** A senior's queue of breach and recall requests from their team. */
export async function CountersignHome({ actor }: { actor: Actor }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const waiting = await findAwaitingCountersignature(actor)
  return (
    <section aria-labelledby="countersign-heading" className="mb-10">
      <h2 id="countersign-heading" className="mb-2 text-2xl font-bold">{t('enforcement.awaitingTitle')}</h2>
      {waiting.length === 0 ? (
        <p>{t('enforcement.awaitingNone')}</p>
      ) : (
        <TableScroll label={t('enforcement.awaitingTitle')}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('enforcement.awaitingTitle')}</caption>
            <thead className="border-b-2 border-gray-900">
              <tr>
                <th scope="col" className="p-2">{t('enforcement.requested')}</th>
                <th scope="col" className="p-2">{t('enforcement.person')}</th>
                <th scope="col" className="p-2">{t('enforcement.action')}</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((e) => (
                <tr key={e.id} className="border-b border-gray-300">
                  <td className="p-2">{e.decidedAt ? formatDate(e.decidedAt, 'dateTime') : ''}</td>
                  <td className="p-2"><Link href={`/offenders/${e.offender.id}#enforcement-heading`}>{e.offender.lastName}, {e.offender.firstName}</Link> ({e.offender.crn})</td>
                  <td className="p-2">{e.kind ? t(`enums.outcome.${e.kind}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
