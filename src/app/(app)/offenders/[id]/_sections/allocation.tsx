import { TableScroll } from '@/components/table-scroll'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { allocateAction, requestTransferAction, withdrawTransferAction } from '@/server/allocation/actions'
import type { getAllocationPanel } from '@/server/allocation/find-allocation'
import { Flash } from '@/components/flash'

type Panel = Awaited<ReturnType<typeof getAllocationPanel>>

/** Ownership history, the pending transfer (which the sending senior may withdraw) and the allocation forms. */
export async function AllocationSection({ offenderId, panel, notice }: { offenderId: string; panel: Panel; notice?: 'accepted' | 'withdrawn' }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const teamName = (id: string | null) => {
    const team = id ? panel.lookup.teams.get(id) : undefined
    return team ? (cy && team.nameCy ? team.nameCy : team.name) : t('common.none')
  }
  const common = { problemTitle: t('common.problem') }
  return (
    <section aria-labelledby="allocation-heading" className="mt-10">
      <h2 id="allocation-heading" className="mb-4 text-2xl font-bold">{t('allocation.title')}</h2>
      {notice && <Flash className="mb-4 border-l-4 border-green-800 bg-green-50 p-3 font-bold">{t(`record.transfer.${notice}`)}</Flash>}
      {panel.pending && <p className="mb-4 border-l-4 border-brand bg-brand-light p-3">{t('allocation.pending', { team: teamName(panel.pending.toTeamId) })}</p>}
      {panel.pending && panel.withdraw && (
        <div className="mb-6 max-w-xl">
          <ActionForm {...common} action={withdrawTransferAction} idPrefix="withdraw-transfer" hidden={{ transferId: panel.pending.id, version: panel.pending.version }} submitLabel={t('record.transfer.withdraw')} successMessage={t('record.transfer.withdrawn')} variant="warning" disclosure={t('record.transfer.withdraw')}
            fields={[{ kind: 'text', name: 'reason', label: t('record.transfer.withdrawReason') }]} />
        </div>
      )}
      {panel.history.length === 0 ? (
        <p className="mb-4">{t('allocation.noHistory')}</p>
      ) : (
        <TableScroll label={t('allocation.history')}>
          <table className="mb-6 w-full border-collapse text-left">
            <caption className="mb-2 text-left font-bold">{t('allocation.history')}</caption>
            <thead className="border-b-2 border-gray-900">
              <tr>
                <th scope="col" className="p-2">{t('allocation.from')}</th>
                <th scope="col" className="p-2">{t('allocation.team')}</th>
                <th scope="col" className="p-2">{t('allocation.manager')}</th>
                <th scope="col" className="p-2">{t('allocation.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {panel.history.map((h) => (
                <tr key={h.id} className="border-b border-gray-300">
                  <td className="p-2">{formatDate(h.startedAt, 'date')}{h.endedAt ? ` – ${formatDate(h.endedAt, 'date')}` : ''}</td>
                  <td className="p-2">{teamName(h.teamId)}</td>
                  <td className="p-2">{h.offenderManagerId ? (panel.lookup.users.get(h.offenderManagerId) ?? '') : t('offender.unallocated')}</td>
                  <td className="p-2">{h.kind === 'CREATED' ? t('record.allocation.created') : h.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {panel.manage && (
        <div className="grid gap-8 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-xl font-bold">{t('allocation.allocate')}</h3>
            <ActionForm {...common} action={allocateAction} idPrefix="allocate" hidden={{ offenderId }} submitLabel={t('allocation.allocate')} successMessage={t('allocation.allocated')} disclosure={t('record.form.allocate')}
              fields={[
                { kind: 'select', name: 'offenderManagerId', label: t('allocation.manager'), placeholder: t('common.choose'), options: panel.officers.map((o) => ({ value: o.id, label: o.name })) },
                { kind: 'text', name: 'reason', label: t('allocation.reason') },
              ]} />
          </div>
          {!panel.pending && (
            <div>
              <h3 className="mb-2 text-xl font-bold">{t('allocation.transfer')}</h3>
              <ActionForm {...common} action={requestTransferAction} idPrefix="transfer" hidden={{ offenderId }} submitLabel={t('allocation.transfer')} successMessage={t('allocation.requested')} disclosure={t('record.form.transfer')}
                fields={[
                  { kind: 'select', name: 'toTeamId', label: t('allocation.toTeam'), hint: t('allocation.toTeamHint'), placeholder: t('common.choose'), options: panel.teams.map((team) => ({ value: team.id, label: cy && team.nameCy ? team.nameCy : team.name })) },
                  { kind: 'text', name: 'reason', label: t('allocation.reason') },
                ]} />
            </div>
          )}
        </div>
      )}
    </section>
  )
}
