import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { localisedName } from '@/lib/localised'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { londonToday } from '@/lib/dates'
import { beginCircleEndingAction, closeCircleAction, recordCircleReviewAction, recordQuestionnaireAction, returnCircleToRunningAction } from '@/server/cosa/circle-life-actions'
import { questionnaireStatements } from '@/server/cosa/circle-life.schemas'
import type { circleRecord } from '@/server/cosa/circle-record'
import { isEndingAhead, wasWithdrawn } from '@/server/cosa/circle-dates'
import { CloseSection } from './close-section'

type Props = { circle: { id: string; version: number; status: string }; record: Awaited<ReturnType<typeof circleRecord>> }
/** An ending whose date is still ahead: the end review, questionnaire and closing are not offered yet (cosa16 item 1). */
const endingOpen = (circle: Props['circle'], record: Props['record']) => circle.status === 'ENDING' && !isEndingAhead({ status: circle.status, endingFrom: record.endingFrom }, londonToday())

/** Reviews with the outer circle: quarterly while the circle runs, then the end review. */
export async function ReviewsSection({ circle, record }: Props) {
  const t = await getTranslations()
  const locale = await getLocale()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  const next = record.reviews.find((r) => r.kind === 'QUARTERLY')?.nextReviewOn
  const running = circle.status === 'ACTIVE' || circle.status === 'ENDING'
  // The end review is offered once: not after it is recorded (walk-through D10 of issue 16).
  const kinds = endingOpen(circle, record) && !record.reviews.some((r) => r.kind === 'END') ? (['QUARTERLY', 'END'] as const) : (['QUARTERLY'] as const)
  return (
    <section aria-labelledby="reviews-heading" className="mb-10 max-w-3xl">
      <h2 id="reviews-heading" className="mb-3 text-2xl font-bold">{t('circleLife.reviews')}</h2>
      {/* A closed circle has no review to come (gap 3: copy that does not fit the state). */}
      {next && running && <p className={`mb-3 ${next < londonToday() ? 'font-bold text-error' : ''}`}>{t(next < londonToday() ? 'circleLife.reviewOverdue' : 'circleLife.nextReview', { date: day(next) })}</p>}
      {record.reviews.length === 0 ? <p className="mb-4">{t('circleLife.noReviews')}</p> : (
        <ul className="mb-6 space-y-4">
          {record.reviews.map((r) => (
            <li key={r.id} className="border-l-4 border-brand pl-3">
              <h3 className="text-lg font-bold">{t(`circleLife.reviewKind.${r.kind}`)} — {day(r.heldOn)}</h3>
              <p>{t('circleLife.tookPart', { names: r.tookPart ? r.tookPart.map((o) => `${o.name} (${o.role}, ${localisedName(o.agency, locale)})`).join('; ') : r.attendees.join('; ') })}</p>
              <p className="whitespace-pre-wrap">{r.progress}</p>
            </li>
          ))}
        </ul>
      )}
      {/* No outer circle: nothing to tick in "who took part", so no form that could never be sent (fix16a item 4). */}
      {running && record.outerMembers.length === 0 && (
        <p className="mb-4">{t('cosaLast.reviewNeedsOuter')} <Link href={`/cosa/circles/${circle.id}#outer-heading`}>{t('cosaLast.addOuterFirst')}</Link></p>
      )}
      {running && record.outerMembers.length > 0 && (
        <>
          <h3 className="mb-2 text-xl font-bold">{t('circleLife.recordReview')}</h3>
          <ActionForm problemTitle={t('common.problem')} action={recordCircleReviewAction} idPrefix="review" hidden={{ circleId: circle.id }} fields={[
            { kind: 'select', name: 'kind', label: t('circleLife.kind'), options: kinds.map((k) => ({ value: k, label: t(`circleLife.reviewKind.${k}`) })), defaultValue: kinds.at(-1) },
            { kind: 'date', name: 'heldOn', label: t('circleLife.heldOn') },
            { kind: 'checkboxes', name: 'outerMemberIds', label: t('circleLife.whoTookPart'), options: record.outerMembers.map((o) => ({ value: o.id, label: `${o.name} (${o.role})` })) },
            { kind: 'textarea', name: 'progress', label: t('circleLife.progress'), hint: t('circleLife.progressHint') },
            { kind: 'date', name: 'nextReviewOn', label: t('circleLife.nextReviewOn'), hint: t('circleLife.nextReviewHint') },
          ]} submitLabel={t('circleLife.recordReview')} successMessage={t('cosa.saved')} />
        </>
      )}
    </section>
  )
}

/** Ending a circle: the ending phase, the core member's questionnaire, and closing once both reviews are in. */
export async function EndingSection({ circle, record, confirmClose }: Props & { confirmClose: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  if (circle.status === 'FORMING') return <WithdrawSection circle={circle} />
  // Withdrawn before it started: when and why, and no questionnaire, which only an ending circle has (walk 20, D6).
  if (wasWithdrawn(record)) {
    return (
      <section aria-labelledby="ending-heading" className="mb-10 max-w-2xl">
        <h2 id="ending-heading" className="mb-3 text-2xl font-bold">{t('circleLife.withdrawnStatus')}</h2>
        <p className="mb-2 font-bold">{t('circleLife.withdrawnOn', { date: day(record.closedOn!), reason: record.endingReason ?? '' })}</p>
        <p>{t('circleLife.withdrawnNoQuestionnaire')}</p>
      </section>
    )
  }
  const q = record.questionnaire
  const open = endingOpen(circle, record)
  return (
    <section aria-labelledby="ending-heading" className="mb-10 max-w-2xl">
      <h2 id="ending-heading" className="mb-3 text-2xl font-bold">{t('circleLife.ending')}</h2>
      {record.endingFrom && <p className="mb-2">{t(record.endingFrom > londonToday() ? 'cosaRota.dates.endingFrom' : 'circleLife.endingSince', { date: day(record.endingFrom), reason: record.endingReason ?? '' })}</p>}
      {record.closedOn && <p className="mb-2 font-bold">{t('circleLife.closedOn', { date: day(record.closedOn) })}</p>}
      {circle.status === 'ACTIVE' && (
        <ActionForm problemTitle={t('common.problem')} action={beginCircleEndingAction} idPrefix="ending" hidden={{ circleId: circle.id, version: circle.version }} fields={[
          { kind: 'textarea', name: 'endingReason', label: t('circleLife.endingReason'), hint: t('circleLife.endingReasonHint') },
          { kind: 'date', name: 'endingFrom', label: t('circleLife.endingFrom'), hint: t('cosaLast.endingHint') },
        ]} submitLabel={t('circleLife.beginEnding')} successMessage={t('cosa.saved')}
          // Asked first: how many meetings and confirmations it cancels (fix16a item 3).
          confirm={{ title: t('cosaLast.endingConfirm.title'), label: t('cosaLast.endingConfirm.label'), hint: t('cosaLast.endingConfirm.hint') }} />
      )}
      <h3 className="mb-2 mt-6 text-xl font-bold">{t('circleLife.questionnaire')}</h3>
      {q ? (
        <dl className="grid grid-cols-[1fr_max-content] gap-x-4 gap-y-1">
          {questionnaireStatements.map((s) => [<dt key={`${s}t`}>{t(`circleLife.statement.${s}`)}</dt>, <dd key={`${s}d`} className="font-bold">{t('circleLife.scoreOf', { score: q[s] })}</dd>])}
          {q.comments && [<dt key="ct">{t('circleLife.comments')}</dt>, <dd key="cd" className="whitespace-pre-wrap">{q.comments}</dd>]}
        </dl>
      ) : !record.hasMet && (open || circle.status === 'CLOSED') ? (
        <p>{t('cosaLast.questionnaireNotCompleted')}</p>
      ) : open ? (
        <ActionForm problemTitle={t('common.problem')} action={recordQuestionnaireAction} idPrefix="questionnaire" hidden={{ circleId: circle.id }} fields={[
          { kind: 'date', name: 'completedOn', label: t('circleLife.completedOn') },
          ...questionnaireStatements.map((s) => ({ kind: 'select' as const, name: s, label: t(`circleLife.statement.${s}`), hint: t('circleLife.scoreHint'), options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`circleLife.score.${n}`) })), placeholder: t('common.choose') })),
          { kind: 'textarea', name: 'comments', label: t('circleLife.commentsOptional') },
        ]} submitLabel={t('circleLife.saveQuestionnaire')} successMessage={t('cosa.saved')} />
      ) : circle.status === 'ENDING' && record.endingFrom ? <p className="font-bold">{t('cosaLast.opensOn', { date: day(record.endingFrom) })}</p> : <p>{t('circleLife.questionnaireLater')}</p>}
      {open && <CloseSection circle={circle} confirm={confirmClose} neverMet={!record.hasMet} endReviewed={record.reviews.some((r) => r.kind === 'END')} />}
      {circle.status === 'ENDING' && (
        <>
          {/* Nothing of the ending recorded yet: the ending can still be undone (COSA break test item 4). */}
          {!q && !record.reviews.some((r) => r.kind === 'END') && (
            <>
              <h3 className="mb-2 mt-6 text-xl font-bold">{t('cosaGaps.returnToRunning.heading')}</h3>
              <p className="mb-3">{t('cosaGaps.returnToRunning.hint')}</p>
              <ActionForm problemTitle={t('common.problem')} action={returnCircleToRunningAction} idPrefix="running" hidden={{ circleId: circle.id, version: circle.version }} fields={[]} submitLabel={t('cosaGaps.returnToRunning.submit')} successMessage={t('cosaGaps.returnToRunning.done')} variant="secondary" />
            </>
          )}
        </>
      )}
    </section>
  )
}

/**
 * A forming circle is withdrawn, with a reason, before it starts (the core member withdraws consent, or the referral
 * was a mistake): it closes and its volunteers are released (break test of issue 16, D9).
 */
async function WithdrawSection({ circle }: { circle: Props['circle'] }) {
  const t = await getTranslations()
  return (
    <section aria-labelledby="withdraw-heading" className="mb-10 max-w-2xl">
      <h2 id="withdraw-heading" className="mb-3 text-2xl font-bold">{t('cosaBreak.withdraw.heading')}</h2>
      <p className="mb-3">{t('cosaBreak.withdraw.hint')}</p>
      <ActionForm problemTitle={t('common.problem')} action={closeCircleAction} idPrefix="withdraw" hidden={{ circleId: circle.id, version: circle.version, withdraw: 'on' }}
        // Then confirmed, as closing and removing a volunteer are (walk 20, D4: it happened at the first press).
        confirm={{ title: t('cosaBreak.withdraw.confirmTitle'), label: t('cosaBreak.withdraw.confirmLabel'), hint: t('cosaBreak.withdraw.confirmHint') }}
        fields={[{ kind: 'textarea', name: 'withdrawnReason', label: t('cosaBreak.withdraw.reason') }]} submitLabel={t('cosaBreak.withdraw.submit')} successMessage={t('circleLife.closed')} variant="warning" />
    </section>
  )
}
