import { dateOnly, dateToLondonLocal } from '../../lib/dates'
import { localisedName } from '../../lib/localised'
import type { TrackedAction } from './tracked-rows'

/** Translates a catalogue key with values, in the reader's language. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * The tracker's rows as a sheet for `toCsv` (issue 16 item 6): one line per action with where it came from, the CRN,
 * the person (or "access restricted" with no CRN), what, owner agency and person, ISO due date, status, note and overdue. Text
 * typed by people is passed as text; `toCsv` neutralises any cell a spreadsheet would run as a formula.
 * @param t the reader's catalogue; @param locale 'en' or 'cy', for agency names
 */
export function trackerSheet(rows: TrackedAction[], t: Translate, locale: string) {
  return {
    title: t('actionsTracker.title'),
    headers: [t('tracker.from'), 'CRN', t('actionsTracker.person'), t('minutes.action'), t('tracker.agency'), t('tracker.owner'), t('minutes.due'), t('minutes.status'), t('actionsTracker.note'), t('actionsTracker.overdue')],
    rows: rows.map((a) => [
      trackerSource(a, t),
      // A redacted row carries no CRN, even if one reached it (issue 17 defect 6, ADR 0023).
      a.restricted ? '' : a.offender.crn,
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

/**
 * Where an action came from, as plain text (fix16b item 4): a meeting by level and London date and time
 * (`YYYY-MM-DD HH:MM`, so two meetings on one day differ); a review by its offence date, or — for a person the reader
 * may not see — as a restricted record, with nothing that identifies the person (ADR 0023).
 */
function trackerSource(a: TrackedAction, t: Translate) {
  if (a.meeting) return t('tracker.fromMeetingPlain', { level: a.meeting.level, date: dateToLondonLocal(a.meeting.startsAt).replace('T', ' ') })
  if (a.review) return t('tracker.fromReviewPlain', { date: dateOnly(a.review.offenceDate) })
  return t('tracker.fromReviewRestricted')
}
