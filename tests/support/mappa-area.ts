import { prisma } from '../../src/server/db'
import { createOffender, createUser } from '../factories'
import { actorOf } from './actor'
import type { World } from './world'

const DAY = 86_400_000
/** A London calendar day `offset` days from today, as the UTC-midnight Date a @db.Date column holds. */
export const dayFromToday = (offset: number) => new Date(`${new Date(Date.now() + offset * DAY).toLocaleDateString('en-CA', { timeZone: 'Europe/London' })}T00:00:00Z`)
export const isoFromToday = (offset: number) => dayFromToday(offset).toISOString().slice(0, 10)

/**
 * A MAPPA coordinator of Gwent with an LDU and team there (issue 16 items 4–6 tests). Other MAPPA test files work in
 * South Wales, whose meetings build agendas from overdue nominals: overdue nominals made here stay off them.
 */
export async function gwentOf(w: World) {
  const ldu = await prisma.area.create({ data: { code: `GW-${w.tag}`.toUpperCase(), name: 'Gwent', region: 'GWENT', agencyId: w.nps.id } })
  const team = await prisma.team.create({ data: { code: `GWT-${w.tag}`.toUpperCase(), name: 'Gwent PPU', agencyId: w.nps.id, areaId: ldu.id } })
  const user = await createUser(prisma, { agencyId: w.nps.id, teamId: team.id, roles: ['MAPPA_COORDINATOR'], name: `Gwent coordinator ${w.tag}` })
  const coordinator = await actorOf(user)
  /** A person who is a nominal of Gwent (or of `area`) at a level and category, next review `reviewIn` days away. */
  const nominal = async (n: { level: number; category: number; reviewIn: number; area?: 'GWENT' | 'NORTH_WALES'; managerId?: string; ended?: boolean }) => {
    const person = await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: team.id, lduId: ldu.id, offenderManagerId: n.managerId ?? null })
    const row = await prisma.mappaNominal.create({
      data: { offenderId: person.id, area: n.area ?? 'GWENT', level: n.level, category: n.category, leadAgencyId: w.nps.id, startDate: new Date('2025-01-01'), nextReviewDate: dayFromToday(n.reviewIn), endedAt: n.ended ? new Date('2026-01-01') : null },
    })
    return { person, nominal: row }
  }
  return { ldu, team, user, coordinator, nominal }
}
