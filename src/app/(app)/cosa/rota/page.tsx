import { coreMemberNamer } from '@/app/(app)/cosa/core-member-namer'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { generateRotaAction } from '@/server/cosa/actions'
import { getRota } from '@/server/cosa/rota-views'
import { requireActor } from '@/server/session'
import { conflictText, reasonsText } from './conflict-text'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rota')
  return { title: t('title') }
}

/** The rota for the next twelve weeks across the provider's circles, every conflict in words, and generation. */
export default async function RotaPage() {
  const rota = await orNotFound(getRota((await requireActor())))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  // Only the CRN where the record is limited for the viewer (cosa16 item 3).
  const named = await coreMemberNamer()
  const circleName = new Map(rota.circles.map((c) => [c.id, named(c.coreMember)]))
  return (
    <>
      <p><Link href="/cosa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('rota.title')}</h1>
      <section aria-labelledby="generate-heading" className="mb-10 max-w-2xl">
        <h2 id="generate-heading" className="mb-3 text-2xl font-bold">{t('rota.generate')}</h2>
        <p className="mb-3">{t('rota.generateHint')}</p>
        {rota.circles.length === 0 ? <p>{t('rota.noCircles')}</p> : (
          <ActionForm problemTitle={t('common.problem')} action={generateRotaAction} idPrefix="generate" hidden={{}} submitLabel={t('rota.generate')} successMessage={t('rota.generated')} fields={[
            { kind: 'checkboxes', name: 'circleIds', label: t('rota.circles'), options: rota.circles.map((c) => ({ value: c.id, label: circleName.get(c.id)! })) },
            { kind: 'select', name: 'weeks', label: t('rota.weeks'), options: [4, 8, 12].map((n) => ({ value: String(n), label: t('rota.weeksN', { weeks: n }) })), defaultValue: '12' },
          ]} />
        )}
      </section>
      <section aria-labelledby="rota-heading">
        <h2 id="rota-heading" className="mb-3 text-2xl font-bold">{t('rota.coming')}</h2>
        {rota.meetings.length === 0 ? <p>{t('rota.noMeetings')}</p> : (
          <SimpleTable labelledBy="rota-heading" rowHeaders headers={[t('rota.when'), t('circle.coreMember'), t('circle.volunteers'), t('rota.conflicts')]} rows={rota.meetings.map((m, n) => m.restricted ? {
            // A meeting of a circle the viewer may not see: when and how staffed; no id, link or names (ADR 0023).
            key: `restricted-${n}`,
            cells: [formatDate(m.startsAt, 'dateTime'), t('cosaLast.restrictedCircle'), t('cosaDashboard.staffed', { confirmed: m.confirmed, pending: m.pending, needsCover: m.needsCover }), ''],
          } : {
            key: m.id,
            cells: [
              <Link key="w" href={`/cosa/rota/${m.id}`}>{formatDate(m.startsAt, 'dateTime')}</Link>,
              named(m.coreMember),
              m.volunteers.map((v) => `${v.firstName} (${v.keptOut ? t('cosaRota.keptOutPlace') : t(`enums.assignmentResponse.${v.response}`)})`).join(', ') || t('rota.nobody'),
              m.conflicts.length || m.declined.length || m.noLongerServing.length ? (
                <div key="c">
                  <ul className="font-bold text-error">
                    {m.conflicts.map((c, i) => <li key={i}>{conflictText(t, c)}</li>)}
                    {m.declined.length > 0 && <li>{t('cosaRota.needsCover', { names: m.declined.join(', ') })}</li>}
                    {m.noLongerServing.length > 0 && <li>{t('cosaRota.noLongerServing', { names: m.noLongerServing.join(', ') })}</li>}
                  </ul>
                  {/* A short meeting says why each of the circle's other volunteers is not on it (issue 16 item 8). */}
                  {m.shortBecause.length > 0 && (
                    <p>{t('cosaRota.shortWhy', { reasons: m.shortBecause.map((v) => (v.takenOff ? t('cosaRota.takenOff', { name: v.firstName }) : v.paused ? t('cosaStaffing.pattern.paused', { name: v.firstName }) : `${v.firstName}: ${reasonsText(t, v.conflicts)}`)).join(' · ') })}</p>
                  )}
                </div>
              ) : t('rota.noConflicts'),
            ],
          })} />
        )}
      </section>
    </>
  )
}
