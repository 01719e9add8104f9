import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { refreshAgenda } from '../../../src/server/mappa/meetings'
import { getMeeting } from '../../../src/server/mappa/queries'
import { agendaWorld, isoDay, meetingVersion as version } from '../../support/mappa-agenda'
import type { World } from '../../support/world'

// Walk 37 O7 of issue 16: "Add reviews now due" said only "Agenda brought up to date." and left a due nominal listed on
// another coming meeting without a word. It says how many it added and how many stay on another meeting's agenda.
let w: World
let schedule: (startsAt: string) => Promise<string>

beforeAll(async () => {
  ;({ w, schedule } = await agendaWorld())
})

describe('refreshing an agenda', () => {
  it('counts the due reviews it added and those left on another open agenda', async () => {
    // Due before both meetings, for this test only: a due nominal left in this worker's database would join the
    // agenda of every later file's South Wales level 2 meeting (meeting-run's approval then failed on it).
    const due = (days: number) => prisma.mappaNominal.updateMany({ where: { offenderId: w.people.mappaCardiff.id }, data: { nextReviewDate: new Date(`${isoDay(days)}T00:00:00Z`) } })
    await due(-3)
    try {
      const earlier = await schedule(`${isoDay(5)}T10:00`)
      const later = await schedule(`${isoDay(12)}T10:00`)
      // Scheduling built the earlier agenda, with the nominal on it; the later one's left it there, and said so
      // (break 40: "No reviews are due yet" when the due one was on another agenda): counted and audited.
      expect(await prisma.mappaAgendaItem.count({ where: { meetingId: earlier, offenderId: w.people.mappaCardiff.id, status: 'LISTED' } })).toBe(1)
      const scheduledAudit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'mappa.meeting.schedule', subjectId: later }, select: { detail: true } })
      expect((scheduledAudit.detail as { elsewhere: number }).elsewhere).toBeGreaterThanOrEqual(1)
      // Other tests' due nominals share this database: compare with the same refresh once the nominal is freed.
      const first = await refreshAgenda(w.actors.mappa, { meetingId: later, version: await version(later) })
      expect(first.elsewhere).toBeGreaterThanOrEqual(1)
      expect(await prisma.mappaAgendaItem.count({ where: { meetingId: later, offenderId: w.people.mappaCardiff.id } })).toBe(0)
      // Walk 41 F4: the coordinator is told which meeting keeps it, with a link, not only how many.
      const keptAt = async () => (await getMeeting(w.actors.mappa, later)).dueElsewhere.find((o) => o.id === earlier)
      const earlierMeeting = await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: earlier } })
      expect(await keptAt()).toEqual({ id: earlier, level: 2, startsAt: earlierMeeting.startsAt, reviews: 1 })
      await prisma.mappaAgendaItem.updateMany({ where: { meetingId: earlier, offenderId: w.people.mappaCardiff.id }, data: { status: 'DEFERRED', deferReason: 'Moved to the later meeting' } })
      const second = await refreshAgenda(w.actors.mappa, { meetingId: later, version: await version(later) })
      expect(second).toMatchObject({ listed: 1, elsewhere: first.elsewhere - 1 })
      expect(await keptAt()).toBeUndefined()
      expect(await prisma.mappaAgendaItem.count({ where: { meetingId: later, offenderId: w.people.mappaCardiff.id, status: 'LISTED' } })).toBe(1)
      const audit = await prisma.auditEvent.findFirst({ where: { action: 'mappa.agenda.refresh', subjectId: later }, orderBy: { occurredAt: 'desc' }, select: { detail: true } })
      expect(audit?.detail).toEqual({ listed: 1, elsewhere: first.elsewhere - 1 })
    } finally {
      await due(200)
    }
  })
})
