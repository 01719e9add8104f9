import 'server-only'
import { prisma } from '../db'

/** A referral's history as shown to either side: what happened, who wrote it, for which agency, when. */
export const updateSelect = { id: true, kind: true, note: true, createdAt: true, authorAgencyId: true, author: { select: { name: true } } } as const
type UpdateRow = { id: bigint; kind: string; note: string; createdAt: Date; authorAgencyId: string; author: { name: string } }
export type UpdateView = Omit<UpdateRow, 'id'> & { id: string; agency: { name: string; nameCy: string | null } }

/** Names the agency of each update (an update keeps only the agency's id) and gives its id a string form for keys. */
export async function withAgencies(updates: UpdateRow[]): Promise<UpdateView[]> {
  const ids = [...new Set(updates.map((u) => u.authorAgencyId))]
  const agencies = ids.length ? await prisma.agency.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, nameCy: true } }) : []
  const byId = new Map(agencies.map((a) => [a.id, a]))
  return updates.map((u) => ({ ...u, id: String(u.id), agency: byId.get(u.authorAgencyId) ?? { name: '—', nameCy: null } }))
}

/** The catalogue labels of the support needs a referral addresses, in both languages. */
export async function needLabels(needIds: string[]) {
  if (!needIds.length) return new Map<string, { label: string; labelCy: string }>()
  const needs = await prisma.supportNeed.findMany({ where: { id: { in: needIds } }, select: { id: true, label: true, labelCy: true } })
  return new Map(needs.map((n) => [n.id, n]))
}
