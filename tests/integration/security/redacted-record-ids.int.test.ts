import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { exportAreaActions, listAreaActions, myMappaActions } from '../../../src/server/mappa/action-tracker'
import { addAction, recordItem, saveItemDraft } from '../../../src/server/mappa/item-writes'
import { deferAgendaItem, moveAgendaItem } from '../../../src/server/mappa/meetings'
import { getMinutes } from '../../../src/server/mappa/minutes'
import { getMeeting } from '../../../src/server/mappa/queries'
import { getMeetingRoom } from '../../../src/server/mappa/room'
import { restrictedAgendaItem } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Issue 17, walk-through D1 of issue 16's break test: a redacted row (a Limited Access person the reader may not see)
// carried the person's own record ids — the agenda item's on the meeting, run and minutes pages, the action's on the
// owner's home page and the tracker. Every id of anything belonging to the person is collected from the database and
// none may be in what a reader without access receives (ADR 0023).

const day = (d: string) => new Date(`${d}T00:00:00Z`)
let w: World
let meetingId: string
let itemId: string
/** Every id of a record about the restricted person, and the person's own identifiers. */
let forbidden: string[]

beforeAll(async () => {
  w = await buildWorld()
  const restricted = w.people.restricted
  const listed = await restrictedAgendaItem(w)
  ;({ meetingId, itemId } = listed)
  // Owned by the police officer, who is not on the person's restriction list: their home page lists it redacted.
  await prisma.mappaAction.create({ data: { meetingId, agendaItemId: itemId, offenderId: restricted.id, description: 'Visit the hostel', ownerAgencyId: w.police.id, ownerUserId: w.staff.police.id, dueDate: day('2027-01-20') } })
  const [items, actions] = await Promise.all([
    prisma.mappaAgendaItem.findMany({ where: { offenderId: restricted.id }, select: { id: true } }),
    prisma.mappaAction.findMany({ where: { offenderId: restricted.id }, select: { id: true } }),
  ])
  forbidden = [restricted.id, restricted.crn, listed.nominalId, ...items.map((i) => i.id), ...actions.map((a) => a.id)]
})

/** The forbidden ids found in what a reader received. */
const leaked = (received: unknown) => forbidden.filter((id) => JSON.stringify(received).includes(id))

describe('a redacted row carries no record id of the person', () => {
  it('on the meeting, run and minutes pages the coordinator sees', async () => {
    const meeting = await getMeeting(w.actors.mappa, meetingId)
    expect(meeting.agendaItems.map((i) => i.restricted)).toEqual([true])
    expect(leaked(meeting)).toEqual([])
    expect(leaked(await getMinutes(w.actors.mappa, meetingId))).toEqual([])
    expect(leaked(await getMeetingRoom(w.actors.mappa, meetingId))).toEqual([])
  })

  it('on the agenda an attendee reads, and the owner’s home page', async () => {
    expect(leaked(await getMeeting(w.actors.police, meetingId))).toEqual([])
    const mine = await myMappaActions(w.actors.police)
    expect(mine.map((a) => a.restricted)).toEqual([true])
    expect(leaked(mine)).toEqual([])
  })

  it('on the tracker and its download', async () => {
    const page = await listAreaActions(w.actors.mappa, { source: `meeting:${meetingId}` })
    expect(page.rows.map((r) => r.restricted)).toEqual([true])
    expect(leaked(page)).toEqual([])
    expect(leaked(await exportAreaActions(w.actors.mappa, { source: `meeting:${meetingId}` }))).toEqual([])
  })

  // Someone with access must record or defer the person: the excluded chair cannot, even with the item's id.
  it('cannot be recorded, drafted, given an action, deferred or moved by a reader without access', async () => {
    const version = (await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: itemId } })).version
    const notFound = { code: 'NOT_FOUND' }
    await expect(saveItemDraft(w.actors.mappa, { meetingId, itemId, version, riskAssessment: 'Stable' })).rejects.toMatchObject(notFound)
    await expect(recordItem(w.actors.mappa, { meetingId, itemId, version, riskAssessment: 'Stable', levelDecision: 'CONTINUE', nextReviewDate: '2027-03-01', disclosureConsidered: 'no' })).rejects.toMatchObject(notFound)
    await expect(addAction(w.actors.mappa, { meetingId, itemId, version, description: 'Check', ownerAgencyId: w.police.id, dueDate: '2027-03-01' })).rejects.toMatchObject(notFound)
    const meetingVersion = (await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).version
    await expect(deferAgendaItem(w.actors.mappa, { meetingId, version: meetingVersion, itemId, deferReason: 'Not reached' })).rejects.toMatchObject(notFound)
    // Nor moved: the answer would also confirm that the hidden item exists (break test 22, D2).
    await expect(moveAgendaItem(w.actors.mappa, { meetingId, version: meetingVersion, itemId, direction: 'down' })).rejects.toMatchObject(notFound)
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ version, status: 'LISTED', recordedAt: null, riskAssessment: null })
    expect(await prisma.mappaAction.count({ where: { agendaItemId: itemId } })).toBe(1)
  })
})
