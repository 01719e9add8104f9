import 'server-only'
import { normalisePnc } from '../../lib/pnc'
import type { Tx } from '../db'
import { isLimitedFor, laoSelect, offenderReadScope, type Actor } from '../policy'
import { similarPeople } from './name-match'

export type LikelyDuplicate = { crn: string; id: string | null; name: string | null; dateOfBirth: Date | null }

/**
 * People who may already be this person: the same PNC number, or the same date of birth and a similar name
 * (trigram similarity, ignoring case and diacritics: "Sian" finds "Siân", issue 15 item 6). Someone outside the
 * actor's scope, or limited-access, is shown by CRN only, so the check never discloses a name the actor could not
 * otherwise see.
 */
export async function findLikelyDuplicates(tx: Tx, actor: Actor, p: { firstName: string; lastName: string; dateOfBirth: Date; pncId?: string }) {
  const ids = await similarPeople(tx, { name: `${p.firstName} ${p.lastName}`, dateOfBirth: p.dateOfBirth, pncId: p.pncId ? normalisePnc(p.pncId) : null })
  if (ids.length === 0) return []
  const [visible, all] = await Promise.all([
    tx.offender.findMany({ where: { AND: [{ id: { in: ids } }, offenderReadScope(actor)] }, select: { id: true, crn: true, firstName: true, lastName: true, dateOfBirth: true, accessRestrictions: laoSelect(actor) } }),
    tx.offender.findMany({ where: { id: { in: ids } }, select: { crn: true } }),
  ])
  const shown = new Map(visible.filter((v) => !isLimitedFor(actor, v.accessRestrictions)).map((v) => [v.crn, v]))
  return all.map(({ crn }): LikelyDuplicate => {
    const v = shown.get(crn)
    return v ? { crn, id: v.id, name: `${v.lastName}, ${v.firstName}`, dateOfBirth: v.dateOfBirth } : { crn, id: null, name: null, dateOfBirth: null }
  })
}
