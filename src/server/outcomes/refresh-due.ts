import cronParser from 'cron-parser'

/** When the nightly refresh of the outcome figures runs, London time (registry; docs/decisions/0018). */
export const OUTCOME_FIGURES_CRON = '15 2 * * *'

/** How long a scheduled refresh may take, its retries included, before figures older than its slot count as late. */
export const REFRESH_ALLOWANCE_MINUTES = 60

/**
 * The slot of the last scheduled refresh that should have finished by `now` (issue 14 "figures as at"): the latest
 * time OUTCOME_FIGURES_CRON fired at least REFRESH_ALLOWANCE_MINUTES before `now`, in London time (so 02:15 GMT in
 * winter, 01:15 UTC in summer). Figures computed before it are late: that refresh did not store them (it failed, or
 * no instance ran workers). Input: an instant; output: an instant.
 */
export function refreshDueBy(now: Date = new Date()): Date {
  // prev() is strictly before its start: a second later, so a slot exactly an hour ago counts.
  const latest = new Date(now.getTime() - REFRESH_ALLOWANCE_MINUTES * 60_000 + 1000)
  return cronParser.parseExpression(OUTCOME_FIGURES_CRON, { tz: 'Europe/London', currentDate: latest }).prev().toDate()
}
