import 'server-only'
import { diaryDay, diaryRange } from '../../lib/diary-range'
import { recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, offenderVisible, type Actor } from '../policy'
import { ZDiaryQuery } from './diary.schemas'
import { diaryOwner } from './find-team-staff'
import { redactedDiaryEntry } from './redacted-entry'

export type DiaryStatus = 'CANCELLED' | 'BOOKED' | 'AWAITING_OUTCOME' | 'ATTENDED' | 'FAILED_TO_ATTEND' | 'ACCEPTABLE_ABSENCE' | 'WARNING' | 'BREACH' | 'RECALL'

const select = { id: true, offenderId: true, occurredAt: true, durationMinutes: true, appointmentType: true, location: true, outcome: true, cancelledAt: true } as const

/**
 * One staff member's diary for a London day or Monday-to-Sunday week (input: the page's query, ZDiaryQuery: `date`
 * YYYY-MM-DD, today when absent; `view` day or week; `staff` whose): their appointments in time order, with start,
 * end (start + minutes), type, outcome status and, only for people the actor may see (scope and limited access in the
 * query), the person's name, CRN and the location. Others show as "access restricted". A bad `date` or `view` is a
 * ZodError naming it. Own diary needs 'diary.view'; a team member's 'diary.viewTeam' (else
 * FORBIDDEN) and that member in the actor's team (else NOT_FOUND). Audited: one row for the diary opened, one per
 * person shown (security.md LG-1).
 */
export async function findDiary(actor: Actor, input: unknown) {
  authorize(actor, 'diary.view')
  const { date, view = 'day', staff } = ZDiaryQuery.parse(input)
  if (staff && staff !== actor.userId) authorize(actor, 'diary.viewTeam')
  const owner = await diaryOwner(actor, staff)
  if (!owner) throw notFound()
  const range = diaryRange(diaryDay(date), view)
  const rows = await prisma.contact.findMany({
    where: { type: 'APPOINTMENT', staffId: owner.id, occurredAt: { gte: range.from, lt: range.to } },
    orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    select,
    take: 500,
  })
  const people = await prisma.offender.findMany({
    where: { AND: [{ id: { in: [...new Set(rows.map((r) => r.offenderId))] } }, offenderVisible(actor)] },
    select: { id: true, crn: true, firstName: true, lastName: true },
  })
  const byId = new Map(people.map((p) => [p.id, p]))
  const now = Date.now()
  const entries = rows.map((r) => {
    const person = byId.get(r.offenderId) ?? null
    const minutes = r.durationMinutes ?? 60
    const status: DiaryStatus = r.cancelledAt ? 'CANCELLED' : (r.outcome ?? (r.occurredAt.getTime() <= now ? 'AWAITING_OUTCOME' : 'BOOKED'))
    const facts = { start: r.occurredAt, end: new Date(r.occurredAt.getTime() + minutes * 60_000), durationMinutes: minutes, type: r.appointmentType ?? 'OFFICE', status }
    // An "access restricted" entry is built from an allow-list: no record id of theirs, no place (ADR 0023).
    if (!person) return redactedDiaryEntry(facts)
    return { ...facts, restricted: false as const, id: r.id, location: r.location, person: { id: person.id, crn: person.crn, name: `${person.firstName} ${person.lastName}` } }
  })
  await recordAuditEach(prisma, actor, [
    { action: 'diary.view', subjectType: 'User', subjectId: owner.id, detail: { view, from: range.from.toISOString(), to: range.to.toISOString() } },
    ...entries.flatMap((e) => (e.person && e.id ? [{ action: 'diary.view.appointment' as const, subjectType: 'Contact', subjectId: e.id, offenderId: e.person.id }] : [])),
  ])
  return { owner, isOwn: owner.id === actor.userId, range, entries }
}

export type Diary = Awaited<ReturnType<typeof findDiary>>
