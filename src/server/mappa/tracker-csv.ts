import { dateOnly, londonDay } from '../../lib/dates'
import { localisedName } from '../../lib/localised'
import type { TrackedAction } from './tracked-rows'

/** Translates a catalogue key with values, in the reader's language. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * The tracker's rows as a sheet for `toCsv` (issue 16 item 6): one line per action with where it came from, the CRN,
 * the person (or "access restricted"), what, owner agency and person, ISO due date, status, note and overdue. Text
 * typed by people is passed as text; `toCsv` neutralises any cell a spreadsheet would run as a formula.
 * @param t the reader's catalogue; @param locale 'en' or 'cy', for agency names
 */
export function trackerSheet(rows: TrackedAction[], t: Translate, locale: string) {
  return {
    title: t('actionsTracker.title'),
    headers: [t('tracker.from'), 'CRN', t('actionsTracker.person'), t('minutes.action'), t('tracker.agency'), t('tracker.owner'), t('minutes.due'), t('minutes.status'), t('actionsTracker.note'), t('actionsTracker.overdue')],
    rows: rows.map((a) => [
      a.meeting ? t('tracker.fromMeetingPlain', { level: a.meeting.level, date: londonDay(a.meeting.startsAt) }) : a.review ? t('tracker.fromReviewPlain', { date: dateOnly(a.review.offenceDate) }) : t('tracker.fromReview'),
      a.offender.crn,
      a.restricted ? t('tracker.restricted') : `${a.offender.firstName} ${a.offender.lastName}`,
      a.description,
      localisedName(a.ownerAgency, locale),
      a.ownerUser?.name ?? '',
      dateOnly(a.dueDate),
      t(`enums.actionStatus.${a.status}`),
      a.statusNote ?? '',
      a.overdue ? t('tracker.yes') : '',
    ]),
  }
}
