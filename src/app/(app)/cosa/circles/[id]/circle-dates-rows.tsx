import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { londonToday } from '@/lib/dates'
import { circleStageKey, isEndingAhead } from '@/server/cosa/circle-dates'
import type { getCircle } from '@/server/cosa/circles'
import { patternLines } from '@/server/cosa/circle-pattern-step'
import { MIN_VOLUNTEERS } from '@/server/cosa/rota-rules'

type Props = { circle: Awaited<ReturnType<typeof getCircle>> }

/**
 * The circle's stage and dates as one timeline (issue 16 item 11): its stage ("Running — ending from <date>" while an
 * ending is ahead, cosa16 item 1), the day it started, its first meeting (from its meetings), then its pattern and
 * since when (cosa16 item 2), its "from" being that same date (fix16a item 5). With no meeting on the rota yet, the
 * first meeting is the first day the pattern gives, marked as planned. A closed circle that never met shows no
 * pattern and says so. An ending circle's pattern runs to its ending date, not its planned end, and one ending
 * before its first meeting says so rather than "No meetings scheduled yet" (walk 20, D11).
 */
export async function CircleDatesRows({ circle: c }: Props) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date | null) => (d ? formatDate(d, 'day') : t('cosa.none'))
  // A meeting is an instant: its London date (`date`), not the UTC one of a calendar date (`day`).
  const meetingDay = (d: Date) => formatDate(d, 'date')
  const { dates } = c
  const first = dates.firstMeeting
  // Each volunteer who cannot make the pattern, with why, beside the count (issue 16 item 9; break test D7).
  // Volunteers shared with a circle meeting then are listed apart: they count as able to come (break test D4).
  const fit = c.patternFit ? await patternLines(c.patternFit) : null
  // Only an active circle's rota can be generated: a forming one is started first (break test D9).
  const fromPattern = c.status === 'FORMING' ? 'cosaBreak.firstMeetingWhenStarted' : 'cosaLast.dates.firstMeetingFromPattern'
  return (
    <>
      <dt className="font-bold">{t('cosa.stage')}</dt>
      <dd>{isEndingAhead(c, londonToday()) ? t('cosaLast.stageEndingFrom', { date: day(c.endingFrom) }) : t(circleStageKey(c))}</dd>
      <dt className="font-bold">{t('cosaRota.dates.started')}</dt>
      <dd>{dates.startedOn ? day(dates.startedOn) : t('cosaRota.dates.notStarted')}</dd>
      <dt className="font-bold">{t('cosaRota.dates.firstMeeting')}</dt>
      <dd>{dates.neverMet ? t('cosaLast.dates.neverMet') : dates.endsBeforeFirst ? t('circle.endsBeforeFirst', { date: day(c.endingFrom) }) : first ? (first.held ? meetingDay(first.startsAt) : t('cosaLast.dates.firstMeetingPlanned', { date: meetingDay(first.startsAt) })) : dates.plannedFirst ? t(fromPattern, { date: day(new Date(`${dates.plannedFirst}T00:00:00Z`)) }) : t('cosaLast.dates.noMeetings')}</dd>
      {!dates.neverMet && (
        <>
          <dt className="font-bold">{t('circle.pattern')}</dt>
          <dd>{c.weekday && c.startTime ? t(c.span.toKind === 'ending' ? 'circle.patternSummaryEnding' : 'circle.patternSummary', { day: t(`enums.weekday.${c.weekday}`), time: c.startTime, minutes: c.minutes, weeks: c.everyWeeks, start: day(dates.patternSince ?? c.startDate), end: day(c.span.to) }) : t('cosa.none')}
            {c.patternFit && fit && <p className={c.patternFit.placeable < MIN_VOLUNTEERS ? 'font-bold text-error' : undefined}>{fit.count}</p>}
            {fit && fit.cannot.length > 0 && <><p>{t('cosaBreak.cannotMake')}</p><ul className="list-disc pl-6">{fit.cannot.map((line) => <li key={line}>{line}</li>)}</ul></>}
            {fit && fit.shared.length > 0 && <><p>{t('cosaBreak.sharedHeading')}</p><ul className="list-disc pl-6">{fit.shared.map((line) => <li key={line}>{line}</li>)}</ul></>}
            {fit && fit.booked.length > 0 && <ul className="list-disc pl-6">{fit.booked.map((line) => <li key={line}>{line}</li>)}</ul>}
            {fit?.short && <p className="font-bold text-error">{fit.short}</p>}</dd>
          <dt className="font-bold">{t('cosaLast.dates.patternSince')}</dt>
          <dd>{day(dates.patternSince)}</dd>
        </>
      )}
    </>
  )
}
