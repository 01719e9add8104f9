import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { deferRestrictedAgendaItem } from '../../../src/server/mappa/meetings'
import { getMeetingRoom } from '../../../src/server/mappa/room'
import { meetingVersion, restrictedAgendaItem } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Walk 35 D3 (issue 16): the chair's screen linked a redacted item by its place (`?at=1`); once it was deferred, the
// same link silently showed whichever item had taken that place. It now links it by its sealed reference, which names
// nothing (ADR 0023), and a reference to an item no longer listed says it has gone.
let w: World
let meetingId: string
let restrictedId: string
let cardiffItem: string
let otherItem: string

beforeAll(async () => {
  w = await buildWorld()
  ;({ meetingId, itemId: restrictedId } = await restrictedAgendaItem(w))
  const listed = async (person: { id: string }, position: number) => {
    const nominal = await prisma.mappaNominal.create({ data: { offenderId: person.id, category: 1, level: 2, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01T00:00:00Z'), nextReviewDate: new Date('2027-02-01T00:00:00Z') } })
    return (await prisma.mappaAgendaItem.create({ data: { meetingId, offenderId: person.id, nominalId: nominal.id, reason: 'REVIEW', position, status: 'LISTED' } })).id
  }
  cardiffItem = await listed(w.people.mappaCardiff, 2)
  otherItem = await listed(w.people.otherTeam, 3)
})

const room = (choice: { item?: string; ref?: string; at?: string } = {}) => getMeetingRoom(w.actors.mappa, meetingId, choice)

describe('the item the chair’s screen shows', () => {
  it('is the one asked for by id, or a redacted one by its sealed reference, which names neither item nor person', async () => {
    const { agendaItems } = await room()
    const redacted = agendaItems.find((i) => i.restricted)!
    expect(redacted.ref).toEqual(expect.any(String))
    for (const id of [restrictedId, w.people.restricted.id, w.people.restricted.crn]) expect(redacted.ref).not.toContain(id)
    expect(agendaItems.filter((i) => !i.restricted).map((i) => i.ref)).toEqual([null, null])
    expect((await room({ ref: redacted.ref! })).current).toEqual({ index: 0, gone: false })
    expect((await room({ item: otherItem })).current).toEqual({ index: 2, gone: false })
    expect((await room()).current).toEqual({ index: 0, gone: false })
  })

  it('says the redacted item has gone once it is deferred, rather than show the item that took its place', async () => {
    const ref = (await room()).agendaItems.find((i) => i.restricted)!.ref!
    await deferRestrictedAgendaItem(w.actors.mappa, { meetingId, version: await meetingVersion(meetingId), itemRef: ref, deferReason: 'Chair excluded' })
    const after = await room({ ref })
    expect(after.current).toEqual({ index: 0, gone: true })
    expect(after.agendaItems.filter((i) => i.status === 'LISTED').map((i) => i.id)).toEqual([cardiffItem, otherItem])
    expect((await room({ ref: 'not-a-reference' })).current).toEqual({ index: 0, gone: true })
    expect((await room({ item: restrictedId })).current).toEqual({ index: 0, gone: true })
    // Links from before references: a place past the end has gone; one in range is that place.
    expect((await room({ at: '3' })).current).toEqual({ index: 0, gone: true })
    expect((await room({ at: '2' })).current).toEqual({ index: 1, gone: false })
  })
})
