import 'server-only'
import { normalisePnc } from '../../lib/pnc'
import type { Tx } from '../db'
import { isLimitedFor, laoSelect, offenderReadScope, type Actor } from '../policy'
import { similarPeople } from './name-match'

export type LikelyDuplicate = { crn: string | null; id: string | null; name: string | null; dateOfBirth: Date | null }

/**
 * People who may already be this person: the same PNC number, or the same date of birth and a similar name
 * (trigram similarity, ignoring case and diacritics: "Sian" finds "Siân", issue 15 item 6). Someone outside the
 * actor's scope is shown by CRN only, so the check never discloses a name the actor could not otherwise see; a
 * Limited Access person the actor may not see by nothing at all that identifies them, only that such a record exists,
 * with whom to ask (issue 17 defect 6, ADR 0023). That they exist is said on purpose (ADR 0023, break 67 F3 and review
 * 67 B1): hiding them let a user kept from the person make and manage a second record of them, with none of the
 * lists, which is the harm the lists exist to prevent; the creator typed the name and date of birth, or the PNC id.
 * Input: the transaction, the actor, the typed name, date of birth (UTC midnight of the London day) and PNC id.
 * Output: `shown`, the likely duplicates in similarPeople's order (the same PNC id first, then the closest names), for
 * the form; `limitedIds`, the ids behind its nameless rows, for the audit only (review 67b S1), never for the user.
 */
export async function findLikelyDuplicates(tx: Tx, actor: Actor, p: { firstName: string; lastName: string; dateOfBirth: Date; pncId?: string }) {
  const ids = await similarPeople(tx, { name: `${p.firstName} ${p.lastName}`, dateOfBirth: p.dateOfBirth, pncId: p.pncId ? normalisePnc(p.pncId) : null })
  if (ids.length === 0) return { shown: [], limitedIds: [] }
  const [visible, all] = await Promise.all([
    tx.offender.findMany({ where: { AND: [{ id: { in: ids } }, offenderReadScope(actor)] }, select: { id: true, crn: true, firstName: true, lastName: true, dateOfBirth: true, accessRestrictions: laoSelect(actor) } }),
    tx.offender.findMany({ where: { id: { in: ids } }, select: { id: true, crn: true, accessRestrictions: laoSelect(actor) } }),
  ])
  const shown = new Map(visible.filter((v) => !isLimitedFor(actor, v.accessRestrictions)).map((v) => [v.crn, v]))
  const rank = new Map(ids.map((id, i) => [id, i]))
  const ranked = all.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
  const shownRows = ranked.map(({ crn, accessRestrictions }): LikelyDuplicate => {
    const v = shown.get(crn)
    if (v) return { crn, id: v.id, name: `${v.lastName}, ${v.firstName}`, dateOfBirth: v.dateOfBirth }
    return { crn: isLimitedFor(actor, accessRestrictions) ? null : crn, id: null, name: null, dateOfBirth: null }
  })
  return { shown: shownRows, limitedIds: ranked.filter((r) => !shown.has(r.crn) && isLimitedFor(actor, r.accessRestrictions)).map((r) => r.id) }
}
