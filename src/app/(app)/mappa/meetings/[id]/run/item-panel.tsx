import { localisedName, localisedOptions } from '@/lib/localised'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { levelChoices } from '@/server/mappa/level-steps'
import { addActionAction, recordItemAction, saveItemDraftAction } from '@/server/mappa/meeting-actions'
import type { actionOwnerChoices, getMeetingRoom } from '@/server/mappa/room'
import { ActionsTable } from '../../../_components/actions-table'
import { ItemRecordForm } from './item-record-form'
import { RecordedPanel } from './recorded-panel'
import { ItemActionForm } from './item-action-form'
import { ItemVersion } from './nominal-switch'
import { RecordAnswer } from './record-answer'
import { itemFormValues, textFields } from '@/lib/mappa-record-fields'

type Room = Awaited<ReturnType<typeof getMeetingRoom>>
/** Only an item the chair may open reaches the panel: one with its id (a redacted item has none, ADR 0023). */
type Item = Room['agendaItems'][number] & { id: string }

/**
 * One nominal in turn: what was agreed before and how it stands, what is recorded now, and new actions. Once the
 * minutes are approved the same screen shows the record read-only, with no form (issue 16 item 1). `owners`: who may
 * own an action on this nominal (`actionOwnerChoices`).
 */
export async function ItemPanel({ room, item, owners }: { room: Room; item: Item; owners: Awaited<ReturnType<typeof actionOwnerChoices>> }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const agencyName = (a: { name: string; nameCy: string | null }) => localisedName(a, locale)
  const previous = (
    <section aria-labelledby="previous-actions">
      <h4 id="previous-actions" className="mb-2 text-xl font-bold">{t('minutes.previousActions')}</h4>
      <ActionsTable labelledBy="previous-actions" actions={item.previousActions} />
    </section>
  )
  if (!room.canRecord) return <RecordedPanel item={item} previous={previous} />
  const labels = Object.fromEntries(textFields.map((f) => [f, t(`minutes.${f}`)])) as Record<(typeof textFields)[number], string>
  // The owners offered leave out anyone excluded from this nominal (sec19b): `owners` is filtered in its query.
  const agencyOf = new Map(room.agencies.map((a) => [a.id, a]))
  const people = owners.flatMap((u) => {
    const agency = agencyOf.get(u.agencyId)
    return agency ? [{ value: u.id, label: `${u.name} — ${agencyName(agency)}`, group: agency.id }] : []
  })
  const values = itemFormValues(item, (d) => formatDate(d, 'time'))
  // Only the steps possible from the nominal's level are offered; the others are named with the reason (issue 16 item 2).
  const choices = levelChoices(item.nominal?.level ?? room.level)
  const decision = (d: string) => t(`enums.levelDecision.${d}`)
  // One item's forms share its version and are remounted for another item or version (issue 16 walk-through item 1).
  return (
    <RecordAnswer key={item.id} record={recordItemAction}>
    <ItemVersion key={`${item.id}-${item.version}`} initial={item.version}>
    <div className="space-y-8">
      {previous}
      <section aria-labelledby="record-heading">
        <h4 id="record-heading" className="mb-2 text-xl font-bold">{t('room.record')}</h4>
        <ItemRecordForm
          recorded={item.recordedAt !== null}
          meetingId={room.id}
          itemId={item.id}
          values={values}
          decisions={choices.offered.map((d) => ({ value: d, label: decision(d) }))}
          notOffered={choices.notOffered.length ? [t('mappaChair.notOffered.heading'), ...choices.notOffered.map((n) => t(`mappaChair.notOffered.${n.reason}`, { decision: decision(n.decision) }))] : []}
          labels={{
            ...labels,
            levelDecision: t('minutes.levelDecision'),
            nextReviewDate: t('minutes.nextReview'),
            rmp: t('minutes.rmp'),
            submit: t('room.recordSubmit'),
            problem: t('common.problem'),
            recorded: t('room.recorded'),
            recordedStatus: t('mappaLast.recordedStatus'),
            saving: t('room.saving'),
            saved: t('room.saved'),
            conflict: t('room.conflict'),
            saveFailed: t('room.saveFailed'),
            draftRefused: t('room.draftRefused'),
            choose: t('common.choose'),
            disclosureLegend: t('mappaChair.disclosure.legend'),
            disclosureConsidered: t('mappaChair.disclosure.considered'),
            disclosureHint: t('mappaChair.disclosure.hint'),
            yes: t('mappaChair.disclosure.yes'),
            no: t('mappaChair.disclosure.no'),
            disclosureDecision: t('mappaChair.disclosure.decision'),
            disclose: t('mappaChair.disclosure.disclose'),
            withhold: t('mappaChair.disclosure.withhold'),
            disclosureTo: t('mappaChair.disclosure.to'),
            disclosureBy: t('mappaChair.disclosure.by'),
            disclosureReason: t('mappaChair.disclosure.reason'),
            replace: t('mappaLast.replace.confirm'),
            discussedTime: t('mappaChair.discussed.label'),
            discussedHint: t('mappaChair.discussed.hint'),
          }}
          saveDraft={saveItemDraftAction}
        />
      </section>
      <section aria-labelledby="new-actions">
        <h4 id="new-actions" className="mb-2 text-xl font-bold">{t('minutes.newActions')}</h4>
        <ActionsTable labelledBy="new-actions" actions={item.actions} />
        <h5 className="mb-2 mt-4 text-lg font-bold">{t('room.addAction')}</h5>
        <ItemActionForm
          problemTitle={t('common.problem')}
          action={addActionAction}
          idPrefix="action"
          hidden={{ meetingId: room.id, itemId: item.id }}
          fields={[
            { kind: 'textarea', name: 'description', label: t('minutes.action') },
            { kind: 'select', name: 'ownerAgencyId', label: t('room.ownerAgency'), options: localisedOptions(room.agencies, locale), placeholder: t('common.choose') },
            { kind: 'select', name: 'ownerUserId', label: t('room.ownerPerson'), hint: t('room.ownerPersonHint'), options: people, placeholder: t('room.noOne'), narrowBy: 'ownerAgencyId' },
            { kind: 'date', name: 'dueDate', label: t('minutes.due') },
          ]}
          submitLabel={t('room.addAction')}
          successMessage={t('room.actionAdded')}
        />
      </section>
    </div>
    </ItemVersion>
    </RecordAnswer>
  )
}
