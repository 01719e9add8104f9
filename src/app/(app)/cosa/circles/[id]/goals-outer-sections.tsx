import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { localisedName, localisedOptions } from '@/lib/localised'
import { addOuterMemberAction, removeOuterMemberAction, setAgreedGoalsAction } from '@/server/cosa/circle-life-actions'
import type { circleRecord } from '@/server/cosa/circle-record'

type Record = Awaited<ReturnType<typeof circleRecord>>
type Props = { circle: { id: string; version: number; status: string }; record: Record }

/** The goals the core member agreed with the circle; volunteers read them on their own screen. */
export async function GoalsSection({ circle, record }: Props) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  return (
    <section aria-labelledby="goals-heading" className="mb-10 max-w-2xl">
      <h2 id="goals-heading" className="mb-3 text-2xl font-bold">{t('circleLife.goals')}</h2>
      {record.agreedGoals ? (
        <>
          <p className="whitespace-pre-wrap">{record.agreedGoals}</p>
          <p className="mb-4 text-sm">{t('circleLife.goalsAgreed', { date: formatDate(record.goalsAgreedOn!, 'day') })}</p>
        </>
      ) : <p className="mb-4">{t('circleLife.noGoals')}</p>}
      {circle.status !== 'CLOSED' && (
        <ActionForm problemTitle={t('common.problem')} action={setAgreedGoalsAction} idPrefix="goals" hidden={{ circleId: circle.id, version: circle.version }} fields={[
          { kind: 'textarea', name: 'agreedGoals', label: t('circleLife.goals'), hint: t('circleLife.goalsHint'), defaultValue: record.agreedGoals ?? '' },
          { kind: 'date', name: 'goalsAgreedOn', label: t('circleLife.goalsAgreedOn'), defaultValue: record.goalsAgreedOn?.toISOString().slice(0, 10) ?? '' },
        ]} submitLabel={t('circleLife.saveGoals')} successMessage={t('cosa.saved')} />
      )}
    </section>
  )
}

/** The professionals round the circle (probation, police, MAPPA…), who meet it at its reviews. */
export async function OuterCircleSection({ circle, record }: Props) {
  const t = await getTranslations()
  const locale = await getLocale()
  const open = circle.status !== 'CLOSED'
  return (
    <section aria-labelledby="outer-heading" className="mb-10">
      <h2 id="outer-heading" className="mb-3 text-2xl font-bold">{t('circleLife.outer')}</h2>
      {record.outerMembers.length === 0 ? <p className="mb-4">{t('circleLife.noOuter')}</p> : (
        <div className="mb-4">
          <SimpleTable labelledBy="outer-heading" rowHeaders headers={[t('circleLife.name'), t('circleLife.role'), t('circleLife.agency'), t('circleLife.email'), t('actionsTracker.update')]} rows={record.outerMembers.map((o) => ({
            key: o.id,
            cells: [o.name, o.role, localisedName(o.agency, locale), o.email ?? t('cosa.none'),
              open ? <ActionForm key="r" problemTitle={t('common.problem')} action={removeOuterMemberAction} idPrefix={`outer-${o.id}`} hidden={{ circleId: circle.id, outerMemberId: o.id }} fields={[]} submitLabel={t('circleLife.removeOuter', { name: o.name })} successMessage={t('cosa.done.outerRemoved')} variant="secondary" /> : ''],
          }))} />
        </div>
      )}
      {open && (
        <div className="max-w-2xl">
          <h3 className="mb-2 text-xl font-bold">{t('circleLife.addOuter')}</h3>
          <ActionForm problemTitle={t('common.problem')} action={addOuterMemberAction} idPrefix="outer" hidden={{ circleId: circle.id }} fields={[
            { kind: 'select', name: 'agencyId', label: t('circleLife.agency'), options: localisedOptions(record.agencies, locale), placeholder: t('common.choose') },
            { kind: 'text', name: 'name', label: t('circleLife.name') },
            { kind: 'text', name: 'role', label: t('circleLife.role'), hint: t('circleLife.roleHint') },
            { kind: 'text', name: 'email', label: t('circleLife.emailOptional') },
          ]} submitLabel={t('circleLife.addOuter')} successMessage={t('cosa.done.outerAdded')} />
        </div>
      )}
    </section>
  )
}
