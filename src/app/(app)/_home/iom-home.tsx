import { findIomList } from '@/server/iom/iom-list'
import type { Actor } from '@/server/policy'
import { IomListSection } from '../iom/_iom-list'

/** A police offender manager's home (issue 15 item 15): the IOM list of their force area, next review first. */
export async function IomHome({ actor }: { actor: Actor }) {
  return <IomListSection rows={await findIomList(actor)} />
}
