import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { acknowledgeStatementAction, approveMinutesAction } from '@/server/mappa/meeting-actions'
import { actionOwnerChoices, getMeetingRoom } from '@/server/mappa/room'
import { requireActor } from '@/server/session'
import { isAppError } from '@/server/errors'
import { getChairBrief } from '@/server/mappa/chair-brief'
import { defaultHappenedAt } from '@/server/mappa/meeting-start'
import { AttendanceSection } from './attendance-section'
import { CloseSection } from './close-section'
import { NominalBrief } from './nominal-brief'
import { ItemPanel } from './item-panel'
import { ItemArea, NominalLink, NominalSwitch } from './nominal-switch'
import { recordIds } from '@/app/_lib/record-id'
import { HeardAtOtherLevel } from '@/app/(app)/mappa/_components/heard-at-other-level'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('room')
  return { title: t('title') }
}

/**
 * The chair's screen, for a laptop in the room: statement, attendance, then each nominal in turn with the chair's
 * information panel, the close of the meeting, then approval. Read-only once the minutes are approved (issue 16).
 */
type Item = Awaited<ReturnType<typeof getMeetingRoom>>['agendaItems'][number]
/** An item the chair may open: not redacted, so it has its id (a redacted one has neither name nor id, ADR 0023). */
const openable = (i: Item): i is Item & { id: string } => !i.restricted && i.id !== null

export default async function RunMeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ item?: string; ref?: string; at?: string }> }) {
  const { id } = await recordIds(params)
  const { item: chosen, ref, at } = await searchParams
  const actor = (await requireActor())
  // The item asked for (by id, or a redacted one by its sealed reference), or, when it has left the agenda since
  // (deferred, withdrawn, moved), the first, with a notice saying so (walk 34 O6, walk 35 D3).
  const room = await orNotFound(getMeetingRoom(actor, id, { item: chosen, ref, at }))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const items = room.agendaItems.filter((i) => i.status === 'LISTED')
  const recordAgain = (i: { id: string | null }) => i.id !== null && room.recordAgain.includes(i.id)
  const { index, gone } = room.current
  const item = items[index]
  const next = items[index + 1]
  // A redacted item is linked by its sealed reference, which names nothing (ADR 0023); its place only if it has none.
  const hrefOf = (i: Item, n: number) => (openable(i) ? `?item=${i.id}` : i.ref ? `?ref=${encodeURIComponent(i.ref)}` : `?at=${n + 1}`)
  // The chair is told what to do beside the item (restrictedItem), so its name gives no other advice (walk 34 O5).
  const name = (i: (typeof items)[number]) => (i.restricted ? t('room.restrictedName') : `${i.offender.firstName} ${i.offender.lastName} (${i.offender.crn})`)
  const common = { problemTitle: t('common.problem') }
  // Not found for this reader (e.g. limited access since the page was built): no panel, nothing else changes.
  const brief = item && openable(item) ? await getChairBrief(actor, room.id, item.offenderId).catch((e: unknown) => (isAppError(e) && e.code === 'NOT_FOUND' ? null : Promise.reject(e))) : null
  const owners = item && openable(item) && room.canRecord ? await actionOwnerChoices(actor, room.id, item.id) : []
  return (
    <>
      <p><Link href={`/mappa/meetings/${room.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('room.heading', { level: room.level, when: formatDate(room.startsAt, 'fullDateTime') })}</h1>
      {/* Under the heading, not beside the item further down (walk 35 D4: first seen 1,218 px down the page). */}
      {gone && item && <p role="status" className="mb-6 max-w-3xl border-l-4 border-brand bg-brand-light p-3 font-bold">{t('room.itemGone', { position: index + 1 })}</p>}
      {room.draft ? <p className="mb-6"><Link href={`/mappa/meetings/${room.id}/minutes`}>{t('room.draftMinutes')}</Link></p> : null}
      {room.runsFrom && (
        <p role="status" className="mb-6 max-w-3xl border-l-4 border-brand bg-brand-light p-3 font-bold">
          {t('mappaGaps.notYet', { time: formatDate(room.startsAt, 'time'), date: formatDate(room.startsAt, 'date'), setupTime: formatDate(room.runsFrom, 'time') })}
        </p>
      )}
      {!room.isOpen && room.finalisedAt && (
        <p className="mb-6 max-w-3xl border-l-4 border-brand bg-brand-light p-3 font-bold">
          {t('mappaChair.readOnly', { date: formatDate(room.finalisedAt, 'date') })} <Link href={`/mappa/meetings/${room.id}/minutes`}>{t('minutes.title')}</Link>
        </p>
      )}

      <section aria-labelledby="statement-heading" className="mb-10 max-w-3xl">
        <h2 id="statement-heading" className="mb-3 text-2xl font-bold">{t('minutes.statementHeading')}</h2>
        <p className="mb-3">{t('minutes.statementText')}</p>
        {room.statementAt ? (
          <p className="font-bold">{t('minutes.statementRead', { time: formatDate(room.statementAt, 'time') })}</p>
        ) : room.isOpen && (
          // The time it was read, not the click's: a meeting may be typed up later (issue 16 walk-through item 2).
          <ActionForm {...common} action={acknowledgeStatementAction} idPrefix="statement" hidden={{ meetingId: room.id }} fields={[{ kind: 'text', name: 'time', label: t('mappaLast.statementTime'), hint: t('mappaLast.statementTimeHint'), defaultValue: formatDate(defaultHappenedAt(room), 'time') }]} submitLabel={t('room.statementSubmit')} successMessage={t('room.statementDone')} confirm={{ title: t('mappaChair.publishOnStatement.title'), label: t('mappaChair.publishOnStatement.label'), hint: t('mappaChair.publishOnStatement.hint') }} />
        )}
      </section>

      <AttendanceSection room={room} />

      <section aria-labelledby="nominals-heading" className="mb-10">
        <h2 id="nominals-heading" className="mb-3 text-2xl font-bold">{t('minutes.nominals')}</h2>
        {!item ? <p>{t('mappa.agendaEmpty')}</p> : (
          <NominalSwitch leaveQuestion={t('mappaLast.leaveUnrecorded')}>
          <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
            <nav aria-label={t('room.nominalsNav')}>
              <ol className="space-y-2">
                {items.map((i, n) => (
                  // A redacted item: its place and state only, keyed and linked by position (issue 17 walk-through D1).
                  <li key={i.id ?? `restricted-${n}`}>
                    <NominalLink href={hrefOf(i, n)} aria-current={n === index ? 'step' : undefined} className={n === index ? 'font-bold' : undefined}>
                      {n + 1}. {name(i)}
                    </NominalLink>
                    <span className={recordAgain(i) ? 'block text-sm font-bold text-error' : 'block text-sm text-gray-700'}>{recordAgain(i) ? t('room.itemRecordAgain') : i.recordedAt ? t('room.itemRecorded') : t('room.itemOpen')}</span>
                  </li>
                ))}
              </ol>
            </nav>
            <div>
              <h3 className="mb-4 text-2xl font-bold">{t('minutes.item', { position: index + 1, name: name(item) })}</h3>
              <HeardAtOtherLevel item={item} meetingLevel={room.level} className="mb-4 font-bold" />
              {recordAgain(item) && <p className="mb-4 max-w-3xl border-l-4 border-error pl-3 font-bold">{t('room.recordAgain', { decided: item.decidedLevel!, now: item.nominal!.level })}</p>}
              {/* The forms belong to this item only: inert while another nominal opens (issue 16 walk-through item 1). */}
              <ItemArea switchingLabel={t('mappaLast.switching')}>
                {brief && <NominalBrief brief={brief} />}
                {openable(item) ? <ItemPanel room={room} item={item} owners={owners} /> : <p>{t.rich('room.restrictedItem', { agenda: (chunks) => <Link href={`/mappa/meetings/${room.id}`}>{chunks}</Link> })}</p>}
              </ItemArea>
              {next && <p className="mt-8 text-lg"><NominalLink href={hrefOf(next, index + 1)}>{t('room.nextNominal', { name: name(next) })}</NominalLink></p>}
            </div>
          </div>
          </NominalSwitch>
        )}
      </section>

      <CloseSection room={room} />

      {room.isChair && room.canRecord && (
        <section aria-labelledby="approve-heading" className="mb-10 max-w-3xl">
          <h2 id="approve-heading" className="mb-3 text-2xl font-bold">{t('room.approve')}</h2>
          <p className="mb-3">{t('room.approveHint')}</p>
          <ActionForm {...common} action={approveMinutesAction} idPrefix="approve" hidden={{ meetingId: room.id, fingerprint: room.fingerprint }} fields={[]} submitLabel={t('room.approve')} successMessage={t('room.approved')} confirm={{ title: t('irreversible.approve.title'), label: t('irreversible.approve.label'), hint: t('irreversible.approve.hint') }} />
        </section>
      )}
    </>
  )
}
