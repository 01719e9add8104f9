import 'server-only'
import { refreshOutcomeFigures } from '../outcomes/outcome-figure-sets'
import { OUTCOME_FIGURES_CRON } from '../outcomes/refresh-due'
import { pruneExpired } from './prune-expired'
import { recordServiceLevelBreaches } from './record-breaches'
import { testJobs } from './test-jobs'

/**
 * One periodic job: its queue name (kebab-case, unique), a five-field cron in London time, and what it does. `run`
 * must be idempotent: pg-boss retries a failed run, and a run that outlives its instance is picked up again.
 */
export type JobDefinition = {
  name: string
  cron: string
  /** Given pg-boss's id of the job being run (absent when called directly, e.g. from a test). */
  run: (jobId?: string) => Promise<unknown>
  /** Retries after a failed run (default RETRY_LIMIT) and the first wait in seconds, doubled each time (default RETRY_DELAY_SECONDS). */
  retryLimit?: number
  retryDelay?: number
}

/**
 * Every scheduled job (issue 18 item 3; docs/decisions/0015-background-jobs.md). To add one, add a line here, e.g.
 * `{ name: 'outcome-figures-refresh', cron: '15 2 * * *', run: refreshOutcomeFigures }`: each instance that runs
 * workers schedules it and works its queue, and PostgreSQL makes each slot run once across all instances.
 */
export const jobs: readonly JobDefinition[] = [
  // Nightly, after the day's records are in; the dashboard says when a set is older than this should have made it.
  { name: 'outcome-figures-refresh', cron: OUTCOME_FIGURES_CRON, run: () => refreshOutcomeFigures() },
  { name: 'prune-expired', cron: '17 * * * *', run: () => pruneExpired() },
  { name: 'service-level-breaches', cron: '*/15 * * * *', run: () => recordServiceLevelBreaches() },
  ...testJobs(),
]
