import { getTranslations } from 'next-intl/server'
import type { TJoinRefusal } from '@/server/cosa/circle-join'

type CannotJoin = { id: string; firstName: string; lastName: string; reason: TJoinRefusal; stage: string; limit: number }

/**
 * Every volunteer of the provider "Add a volunteer" leaves out, each with why, so the coordinator is not left guessing
 * who is missing (walk-through D5 of issue 16; re-walk D7: non-associated, unvetted, paused and left were missing).
 */
export async function CannotJoinList({ volunteers }: { volunteers: CannotJoin[] }) {
  if (volunteers.length === 0) return null
  const t = await getTranslations('cosaStaffing.cannotJoin')
  const te = await getTranslations('enums.volunteerStage')
  return (
    <section aria-labelledby="cannot-join-heading" className="mt-4">
      <h4 id="cannot-join-heading" className="mb-2 font-bold">{t('heading')}</h4>
      <ul className="list-disc pl-6">
        {volunteers.map((v) => <li key={v.id}>{t(v.reason, { name: `${v.firstName} ${v.lastName}`, limit: v.limit, stage: te(v.stage) })}</li>)}
      </ul>
    </section>
  )
}
