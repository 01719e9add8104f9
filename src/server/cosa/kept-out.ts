import 'server-only'
import type { Tx } from '../db'
import { isLimitedFor } from '../policy'

/** Whether a volunteer's account (null: none) is kept from a core member. */
export type TKeptOut = (coreMemberId: string, userId: string | null) => boolean

/**
 * Reads the Limited Access lists of these core members once and answers, for any of them and a volunteer's account,
 * whether that account may no longer see the person: on their exclusion list, or left off their restriction list
 * (laoVisible's rule, security.md AC-5). Such a volunteer no longer sees the circle on their portal, so a place they
 * hold is no place: the coordinator's counts say it needs cover, never that it waits for an answer or is confirmed
 * (break 28 D6 and h17g item 3 of issue 17). A volunteer without an account reads nothing in Llwybr and is never kept out.
 * Input: the core members' offender ids. Output: a TKeptOut predicate.
 */
export async function keptOutOf(tx: Pick<Tx, 'accessRestriction'>, coreMemberIds: string[]): Promise<TKeptOut> {
  const ids = [...new Set(coreMemberIds)]
  const lists = ids.length ? await tx.accessRestriction.findMany({ where: { offenderId: { in: ids } }, select: { offenderId: true, kind: true, userId: true } }) : []
  return (coreMemberId, userId) => userId !== null && isLimitedFor({ userId }, lists.filter((r) => r.offenderId === coreMemberId))
}

/** A place on a meeting as the coordinator's counts read it: its answer, and whether its volunteer is kept out. */
export type TCountedPlace = { response: string; keptOut: boolean }

/**
 * How a meeting's places count for the coordinator (rota, meeting page, COSA overview, circle page's warnings): a
 * kept-out volunteer's place, whatever its answer, counts as needing cover (`needsCover`), never as confirmed or
 * pending; a declined place counts as none of these (the rota names who declined).
 * Input: the places. Output: { confirmed, pending, needsCover } counts.
 */
export function placeCounts(places: TCountedPlace[]): { confirmed: number; pending: number; needsCover: number } {
  const serving = places.filter((p) => !p.keptOut)
  return {
    confirmed: serving.filter((p) => p.response === 'CONFIRMED').length,
    pending: serving.filter((p) => p.response === 'PENDING').length,
    needsCover: places.filter((p) => p.keptOut && p.response !== 'DECLINED').length,
  }
}

/** A COSA volunteer's account, by user id and name. */
export type TServingVolunteer = { userId: string; name: string }

/**
 * The COSA volunteers serving in this person's circle — a current member of one still forming or running, or holding a
 * place (not declined) on one of its coming meetings — whose account the person's Limited Access lists keep out now.
 * Read before and after a change of the lists in the same transaction, it says whom the change keeps out, which the
 * senior is told for an exclusion and a restriction list alike (break 28 D6; h17g item 2 of issue 17).
 * Input: the transaction, the person's offender id. Output: [{ userId, name }].
 */
export async function servingVolunteersKeptOut(tx: Pick<Tx, 'cosaVolunteer' | 'accessRestriction'>, offenderId: string): Promise<TServingVolunteer[]> {
  const circle = { coreMemberId: offenderId }
  const serving = await tx.cosaVolunteer.findMany({
    where: {
      userId: { not: null },
      stage: { not: 'LEFT' },
      OR: [
        { circles: { some: { leftOn: null, circle: { ...circle, status: { in: ['FORMING', 'ACTIVE', 'ENDING'] } } } } },
        { assignments: { some: { response: { not: 'DECLINED' }, meeting: { status: 'SCHEDULED', endsAt: { gte: new Date() }, circle } } } },
      ],
    },
    select: { userId: true, user: { select: { name: true } } },
  })
  const keptOut = await keptOutOf(tx, [offenderId])
  return serving.filter((v) => keptOut(offenderId, v.userId)).map((v) => ({ userId: v.userId!, name: v.user!.name }))
}

/**
 * Those kept out after a change who were not before, sorted by name: whom the change itself keeps out (a list
 * change, or a merge of two records whose lists and circles come together).
 * Input: servingVolunteersKeptOut before (of every record involved) and after. Output: [{ userId, name }].
 */
export function newlyKeptOut(before: TServingVolunteer[], after: TServingVolunteer[]): TServingVolunteer[] {
  const was = new Set(before.map((v) => v.userId))
  return after.filter((v) => !was.has(v.userId)).sort((a, b) => a.name.localeCompare(b.name, 'en'))
}
