import type { Actor } from '@/server/policy'
import { ConcernsSection } from '../cosa/_concerns-section'
import { CosaDashboardSection } from '../cosa/_dashboard-section'
import { MinutesOverdueSection } from '../cosa/_minutes-overdue-section'

/** A COSA coordinator's home (issue 15 item 15): this week's circle meetings, open concerns and overdue minutes. */
export async function CosaHome({ actor }: { actor: Actor }) {
  return (
    <>
      <CosaDashboardSection actor={actor} />
      <ConcernsSection actor={actor} />
      <MinutesOverdueSection actor={actor} />
    </>
  )
}
