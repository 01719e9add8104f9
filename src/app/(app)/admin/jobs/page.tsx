import { TableScroll } from '@/components/table-scroll'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { getDateFormatter } from '@/i18n/date-formatter'
import { retryJobAction, runJobNowAction } from '@/server/jobs/actions'
import { findJobs } from '@/server/jobs/find-jobs'
import { requireActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('jobs')
  return { title: t('title') }
}

/**
 * The background jobs (issue 18 item 4), administrators only: each scheduled job's schedule, last and next run and
 * result, a "Run now" button (issue 14; audited, refused while a run waits or runs), and the jobs that failed after
 * their retries, each with its error and a retry button (audited).
 */
export default async function JobsPage() {
  const { installed, scheduled, failed, pending } = await orNotFound(findJobs(await requireActor()))
  const t = await getTranslations('jobs')
  const common = await getTranslations('common')
  const formatDate = await getDateFormatter()
  const jobName = (name: string) => (t.has(`names.${name}`) ? t(`names.${name}`) : name)
  const pendingOf = (name: string) => pending.find((p) => p.name === name)?.state
  const stateName = (state: string) => (t.has(`states.${state}`) ? t(`states.${state}`) : state)
  // Seconds to a tenth under a minute, else whole minutes and seconds (the outcome figures' refresh takes minutes).
  const took = (ms: number) => (ms < 60_000 ? t('tookSeconds', { seconds: ms / 1000 }) : t('tookMinutes', { minutes: Math.floor(ms / 60_000), seconds: Math.round((ms % 60_000) / 1000) }))
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-3xl">{t('intro')}</p>
      {!installed && <p className="mb-6 border-l-4 border-amber-600 bg-amber-50 p-3" role="status">{t('notInstalled')}</p>}
      <h2 className="mb-2 text-2xl font-bold">{t('scheduledHeading')}</h2>
      <TableScroll label={t('scheduledCaption')}>
        <table className="mb-10 w-full border-collapse text-left">
          <caption className="sr-only">{t('scheduledCaption')}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              {(['job', 'schedule', 'lastRun', 'lastState', 'took', 'nextRun', 'runNowColumn'] as const).map((c) => (
                <th key={c} scope="col" className="p-2">{c === 'runNowColumn' ? t(c) : t(`columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scheduled.map((j) => (
              <tr key={j.name} className="border-b border-gray-300">
                <th scope="row" className="p-2 font-normal">{jobName(j.name)} <code className="text-sm text-gray-700">{j.name}</code></th>
                <td className="p-2"><code>{j.cron}</code></td>
                <td className="p-2">{j.lastRunAt ? formatDate(j.lastRunAt, 'dateTime') : t('never')}</td>
                <td className="p-2">{j.lastState ? stateName(j.lastState) : '—'}</td>
                <td className="p-2">{j.lastDurationMs === null ? '—' : took(j.lastDurationMs)}</td>
                <td className="p-2">{formatDate(j.nextRunAt, 'dateTime')}</td>
                <td className="p-2">
                  {/* A run already waiting or running is said here; the button stays, and the server refuses a second. */}
                  {pendingOf(j.name) && <p className="mb-2" data-testid={`pending-${j.name}`}>{t('pendingState', { state: stateName(pendingOf(j.name)!) })}</p>}
                  {installed && (
                    <ActionForm problemTitle={common('problem')} action={runJobNowAction} idPrefix={`run-${j.name}`} hidden={{ name: j.name }} fields={[]}
                      submitLabel={t('runNowLabel', { job: jobName(j.name) })} successMessage={t('ranNow')} variant="secondary" />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2 className="mb-2 text-2xl font-bold">{t('failedHeading')}</h2>
      {failed.length === 0 ? (
        <p role="status">{t('noneFailed')}</p>
      ) : (
        <ul className="max-w-4xl space-y-4" aria-label={t('failedHeading')}>
          {failed.map((f) => (
            <li key={f.id} className="border border-gray-300 p-4">
              <h3 className="text-lg font-bold">{jobName(f.name)}</h3>
              <dl className="my-2 grid sm:grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                <dt className="font-bold">{t('columns.failedAt')}</dt>
                <dd>{f.failedAt ? formatDate(f.failedAt, 'dateTime') : '—'}</dd>
                <dt className="font-bold">{t('columns.attempts')}</dt>
                <dd>{f.retryCount + 1}</dd>
                <dt className="font-bold">{t('columns.error')}</dt>
                <dd><code className="break-all">{f.error || t('noMessage')}</code></dd>
              </dl>
              <ActionForm
                problemTitle={common('problem')}
                action={retryJobAction}
                idPrefix={`retry-${f.id}`}
                hidden={{ name: f.name, id: f.id }}
                fields={[]}
                submitLabel={t('retry')}
                successMessage={t('retried')}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
