import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { Flash } from '@/components/flash'
import { lifeStepOf } from '@/server/cosa/life-step-done'

type Props = { query: { done?: string | string[]; cancelled?: string | string[]; at?: string | string[] }; endingFrom: Date | null }

/**
 * What the step of the circle's life just done did (`?done=` after its redirect): started, ending begun (until when,
 * and how many meetings were cancelled), end review, questionnaire, closed. A Flash, so it goes as soon as another
 * form is sent and never stands beside a refusal (cosa16 item 4).
 */
export async function LifeStepFlash({ query, endingFrom }: Props) {
  const done = lifeStepOf(query)
  if (!done) return null
  const t = await getTranslations('cosaLast.done')
  const formatDate = await getDateFormatter()
  const date = endingFrom ? formatDate(endingFrom, 'day') : ''
  // A new Flash for each step done (`at`): one kept mounted across the redirect would stay hidden by the submission.
  return <Flash key={String(query.at)} className="mb-6 border-l-4 border-green-800 pl-3 font-bold text-green-800">{t(done.step, { count: done.cancelled, date })}</Flash>
}
