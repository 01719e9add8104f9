import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { decideTransferAction } from '@/server/allocation/actions'
import { findIncomingTransfers } from '@/server/allocation/find-allocation'
import type { Actor } from '@/server/policy'
import { Flash } from '@/components/flash'

/** Cases other teams want to hand to this senior's team. */
export async function TransfersHome({ actor, rejected }: { actor: Actor; rejected: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const incoming = await findIncomingTransfers(actor)
  // After a rejection the request has left the list, so the confirmation stands above it (issue 15 item 14).
  const confirmation = rejected && <Flash className="mb-6 border-l-4 border-green-800 bg-green-50 p-3 font-bold">{t('record.transfer.rejected')}</Flash>
  if (incoming.length === 0) return confirmation || null
  return (
    <section aria-labelledby="transfers-heading" className="mb-10">
      {confirmation}
      <h2 id="transfers-heading" className="mb-4 text-2xl font-bold">{t('allocation.incoming')}</h2>
      <ul className="space-y-6">
        {incoming.map((r) => (
          <li key={r.id} className="border-l-4 border-brand pl-3">
            <p className="font-bold">
              <Link href={`/offenders/${r.offender.id}`}>{r.offender.lastName}, {r.offender.firstName}</Link> ({r.offender.crn})
            </p>
            <p>{t('allocation.incomingLine', { team: r.fromTeam ? (cy && r.fromTeam.nameCy ? r.fromTeam.nameCy : r.fromTeam.name) : t('common.none'), date: formatDate(r.requestedAt, 'date'), reason: r.reason })}</p>
            <ActionForm problemTitle={t('common.problem')} action={decideTransferAction} idPrefix={`transfer-${r.id}`} hidden={{ transferId: r.id, version: r.version }} submitLabel={t('allocation.decide')} successMessage={t('allocation.decided')}
              fields={[
                { kind: 'select', name: 'decision', label: t('allocation.decision'), placeholder: t('common.choose'), options: (['ACCEPT', 'REJECT'] as const).map((d) => ({ value: d, label: t(`allocation.decisionOption.${d}`) })) },
                { kind: 'text', name: 'note', label: t('allocation.note'), hint: t('allocation.noteHint') },
              ]} />
          </li>
        ))}
      </ul>
    </section>
  )
}
