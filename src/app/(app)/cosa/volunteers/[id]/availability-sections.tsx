import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { addAvailabilityAction, addLeaveAction, addNonAssociationAction, removeAvailabilityAction, removeLeaveAction, setCircleLimitAction } from '@/server/cosa/actions'
import type { getVolunteer } from '@/server/cosa/volunteers'

type Volunteer = Awaited<ReturnType<typeof getVolunteer>>
type OwnAvailability = Pick<Volunteer, 'id' | 'availability' | 'leave'>

/**
 * What every rota must respect about a volunteer: when they can come and when they are away — kept by the
 * coordinator or by the volunteer themselves — and, for the coordinator only, whom they must not meet and their
 * circle limit.
 */
export async function AvailabilitySections({ v }: { v: OwnAvailability | Volunteer }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  const common = { problemTitle: t('common.problem') }
  const ofVolunteer = { volunteerId: v.id }
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`enums.weekday.${d}`) }))
  return (
    <div className="mb-10 grid max-w-5xl gap-10 md:grid-cols-2">
      <section aria-labelledby="availability-heading">
        <h2 id="availability-heading" className="mb-3 text-2xl font-bold">{t('cosa.availability')}</h2>
        {v.availability.length === 0 ? <p className="mb-3">{t('cosa.noAvailability')}</p> : (
          <ul className="mb-4 space-y-2">
            {v.availability.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3">
                <span>{t('cosa.window', { day: t(`enums.weekday.${a.weekday}`), from: a.fromTime, to: a.toTime })}</span>
                <ActionForm {...common} action={removeAvailabilityAction} idPrefix={`av-${a.id}`} hidden={{ ...ofVolunteer, availabilityId: a.id }} fields={[]} submitLabel={t('cosa.removeWindow', { weekday: String(a.weekday), from: a.fromTime })} successMessage={t('cosa.done.windowRemoved')} variant="secondary" />
              </li>
            ))}
          </ul>
        )}
        <ActionForm {...common} action={addAvailabilityAction} idPrefix="availability" hidden={ofVolunteer} submitLabel={t('cosa.addWindow')} successMessage={t('cosa.done.windowAdded')} fields={[
          { kind: 'select', name: 'weekday', label: t('cosa.weekday'), options: weekdays, placeholder: t('common.choose') },
          { kind: 'text', name: 'fromTime', label: t('cosa.from'), hint: t('cosa.timeHint') },
          { kind: 'text', name: 'toTime', label: t('cosa.to'), hint: t('cosa.timeHint') },
        ]} />
      </section>
      <section aria-labelledby="leave-heading">
        <h2 id="leave-heading" className="mb-3 text-2xl font-bold">{t('cosa.leave')}</h2>
        {v.leave.length === 0 ? <p className="mb-3">{t('cosa.noLeave')}</p> : (
          <ul className="mb-4 space-y-2">
            {v.leave.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center gap-3">
                <span>{t('cosa.leaveSpan', { from: day(l.fromDate), to: day(l.toDate) })}{l.note && ` — ${l.note}`}</span>
                <ActionForm {...common} action={removeLeaveAction} idPrefix={`leave-${l.id}`} hidden={{ ...ofVolunteer, leaveId: l.id }} fields={[]} submitLabel={t('cosa.removeLeave', { from: day(l.fromDate) })} successMessage={t('cosa.done.leaveRemoved')} variant="secondary" />
              </li>
            ))}
          </ul>
        )}
        <ActionForm {...common} action={addLeaveAction} idPrefix="leave" hidden={ofVolunteer} submitLabel={t('cosa.addLeave')} successMessage={t('cosa.done.leaveAdded')} fields={[
          { kind: 'date', name: 'fromDate', label: t('cosa.leaveFrom') },
          { kind: 'date', name: 'toDate', label: t('cosa.leaveTo') },
          { kind: 'text', name: 'note', label: t('cosa.note') },
        ]} />
      </section>
      {'nonAssociations' in v && (<>
      <section aria-labelledby="non-association-heading">
        <h2 id="non-association-heading" className="mb-3 text-2xl font-bold">{t('cosa.nonAssociations')}</h2>
        <p className="mb-3">{t('cosa.nonAssociationHint')}</p>
        {v.nonAssociations.length > 0 && (
          <ul className="mb-4 space-y-1">{v.nonAssociations.map((n, i) => (n.restricted ? <li key={`restricted-${i}`}>{t('cosa.nonAssociationRestricted')}</li> : <li key={n.id}>{n.crn} — {n.reason}</li>))}</ul>
        )}
        <ActionForm {...common} action={addNonAssociationAction} idPrefix="non-association" hidden={ofVolunteer} submitLabel={t('cosa.addNonAssociation')} successMessage={t('cosa.done.nonAssociationAdded')} fields={[
          { kind: 'text', name: 'crn', label: t('cosa.crn') },
          { kind: 'text', name: 'reason', label: t('cosa.nonAssociationReason') },
        ]} />
      </section>
      <section aria-labelledby="limit-heading">
        <h2 id="limit-heading" className="mb-3 text-2xl font-bold">{t('cosa.circleLimit')}</h2>
        <ActionForm {...common} action={setCircleLimitAction} idPrefix="limit" hidden={{ ...ofVolunteer, version: v.version }} submitLabel={t('cosa.save')} successMessage={t('cosa.saved')} fields={[
          { kind: 'text', name: 'maxCircles', label: t('cosa.maxCircles'), defaultValue: String(v.maxCircles) },
        ]} />
      </section>
      </>)}
    </div>
  )
}
