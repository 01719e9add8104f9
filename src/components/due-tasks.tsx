import { TableScroll } from './table-scroll'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { DueTask } from '@/server/tasks/find-due-tasks'
import { DueTaskRows, type DueTaskRow } from './due-task-rows'

/** The derived "what is due" list: on the home page for a caseload, on a record for that person. */
export async function DueTasks({ tasks, showPerson, headingLevel = 2 }: { tasks: DueTask[]; showPerson: boolean; headingLevel?: 2 | 3 }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const cy = (await getLocale()) === 'cy'
  const what = (task: DueTask) => {
    switch (task.kind) {
      case 'FLAG_REVIEW':
        return t('tasks.flagReview', { flag: t(`enums.flag.${task.detail}`) })
      case 'PLAN_REVIEW':
        return t('tasks.planReview')
      case 'SENTENCE_ENDING':
        return t('tasks.sentenceEnding', { sentence: t(`enums.sentenceType.${task.detail}`) })
      case 'OUTCOME_MISSING':
        return t('tasks.outcomeMissing')
      case 'SERVICE_LEVEL_BREACH':
        return t(`jobs.breachTask.${task.detail === 'CARE_PLAN' ? 'CARE_PLAN' : 'ASSESSMENT'}`, { service: (cy && task.service?.nameCy) || task.service?.name || '' })
    }
  }
  const rowOf = (task: DueTask): DueTaskRow => ({
    due: task.overdue ? `${formatDate(task.due, 'date')} (${t('tasks.overdue')})` : formatDate(task.due, 'date'),
    overdue: task.overdue,
    what: what(task),
    ...(showPerson ? { person: { id: task.offender.id, name: task.offender.name, crn: task.offender.crn } } : {}),
  })
  return (
    <section aria-labelledby="tasks-heading" className="mb-10">
      <Heading id="tasks-heading" className="mb-2 text-2xl font-bold">{t('tasks.title')}</Heading>
      {tasks.length === 0 ? (
        <p>{t('tasks.none')}</p>
      ) : (
        <TableScroll label={t('tasks.title')}>
          <table className="data-table">
            <caption className="sr-only">{t('tasks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tasks.due')}</th>
                {showPerson && <th scope="col">{t('tasks.person')}</th>}
                <th scope="col">{t('tasks.what')}</th>
              </tr>
            </thead>
            <tbody>
              <DueTaskRows rows={tasks.map(rowOf)} />
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
