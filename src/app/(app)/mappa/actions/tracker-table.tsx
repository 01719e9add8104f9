import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable, type TableName } from '@/components/simple-table'
import { updateMappaActionAction } from '@/server/mappa/meeting-actions'
import { updateReviewActionAction } from '@/server/mappa/review-actions'
import type { TrackedAction } from '@/server/mappa/tracked-rows'
import { actionCells } from '../_components/action-cells'

/**
 * The tracker's rows (issue 16 item 6): where each action comes from (a meeting, or a serious case review: item 5),
 * linked; the person, linked only when the reader may open the record; owner, due date (overdue in words, not colour
 * alone), status and an update form. A limited-access row shows the CRN only and offers no form.
 */
export async function TrackerTable({ rows, ...name }: TableName & { rows: TrackedAction[] }) {
  const [t, formatDate, cells] = await Promise.all([getTranslations(), getDateFormatter(), actionCells()])
  const source = (a: TrackedAction) => {
    if (a.meeting) return <Link key="src" href={`/mappa/meetings/${a.meeting.id}`}>{t('tracker.fromMeeting', { level: a.meeting.level, when: formatDate(a.meeting.startsAt, 'dateTime') })}</Link>
    // Which review (fix16b item 4): the person and offence date the reader may see; a restricted row only its CRN.
    if (!a.review) return t('tracker.fromReviewRestricted')
    const name = `${a.offender.firstName} ${a.offender.lastName}`
    return <Link key="src" href={`/mappa/reviews/${a.review.id}`}>{t('tracker.reviewOption', { name, date: formatDate(a.review.offenceDate, 'day') })}</Link>
  }
  const person = (a: TrackedAction) => {
    if (a.restricted) return t('minutes.restricted')
    const name = `${a.offender.firstName} ${a.offender.lastName} (${a.offender.crn})`
    return a.linked ? <Link key="p" href={`/offenders/${a.offender.id}`}>{name}</Link> : name
  }
  return (
    <SimpleTable
      {...name}
      headers={[t('tracker.from'), t('actionsTracker.person'), t('minutes.action'), t('minutes.owner'), t('minutes.due'), t('minutes.status'), t('actionsTracker.update')]}
      rows={rows.map((a, n) => ({
        // A redacted row is keyed by its place: its action id is a handle on the person's record (ADR 0023).
        key: a.id ?? `restricted-${n}`,
        cells: [
          source(a),
          person(a),
          a.description,
          ...cells(a, a.kind === 'MEETING' ? updateMappaActionAction : updateReviewActionAction),
        ],
      }))}
    />
  )
}
