import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { deferRef, deferRestrictedAgendaItem } from '../../../src/server/mappa/meetings'
import { getMeeting } from '../../../src/server/mappa/queries'
import { issueKey } from '../../../src/server/validation-messages'
import { restrictedAgendaItem } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Walk 25 O3 / break 22 O1 (issue 16): a chair excluded from a nominal on their own open agenda could neither record
// nor defer them, and approval needs every listed item recorded, so the meeting could not be completed. They may now
// defer it by a sealed reference that names neither the item nor the person (ADR 0023 amended).

let w: World
let meetingId: string
let itemId: string
let forbidden: string[]
const version = async () => (await prisma.mappaMeeting.findUniqueOrThrow({ where: { id: meetingId } })).version
const restrictedItem = async () => (await getMeeting(w.actors.mappa, meetingId)).agendaItems.find((i) => i.restricted)!

beforeAll(async () => {
  w = await buildWorld()
  const restricted = w.people.restricted
  let nominalId: string
  ;({ meetingId, itemId, nominalId } = await restrictedAgendaItem(w))
  forbidden = [restricted.id, restricted.crn, restricted.lastName, nominalId, itemId]
})

describe('an excluded chair deferring a restricted item on their own agenda', () => {
  it('is offered a sealed reference on the agenda, which names nothing; an attendee who cannot edit gets none', async () => {
    const item = await restrictedItem()
    expect(item.deferRef).toEqual(expect.any(String))
    for (const id of forbidden) expect(JSON.stringify(item)).not.toContain(id)
    const forPolice = (await getMeeting(w.actors.police, meetingId)).agendaItems.find((i) => i.restricted)!
    expect(forPolice.deferRef).toBeNull()
  })

  it('refuses a blank reason with a field message, and a reference that is altered or another meeting’s as not found', async () => {
    const { deferRef: itemRef } = await restrictedItem()
    const error = await deferRestrictedAgendaItem(w.actors.mappa, { meetingId, version: await version(), itemRef, deferReason: ' ' }).catch((e: unknown) => e)
    expect(Object.fromEntries((error as ZodError).issues.map((i) => [i.path.join('.'), issueKey(i).key]))).toEqual({ deferReason: 'deferReasonRequired' })
    const altered = `${itemRef!.slice(0, -2)}${itemRef!.endsWith('AA') ? 'BB' : 'AA'}`
    for (const ref of [altered, deferRef('00000000-0000-4000-8000-000000000000', itemId), 'not-a-reference']) {
      await expect(deferRestrictedAgendaItem(w.actors.mappa, { meetingId, version: await version(), itemRef: ref, deferReason: 'Chair excluded' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ status: 'LISTED', deferReason: null })
  })

  it('carries the item to a later meeting, audited as restricted, and the agenda still shows nothing of the person', async () => {
    const { deferRef: itemRef } = await restrictedItem()
    await deferRestrictedAgendaItem(w.actors.mappa, { meetingId, version: await version(), itemRef, deferReason: 'Chair excluded from this person' })
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ status: 'DEFERRED', deferReason: 'Chair excluded from this person' })
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'mappa.agenda.defer', subjectId: meetingId, actorUserId: w.staff.mappa.id } })
    expect(audit).toMatchObject({ offenderId: w.people.restricted.id, detail: { deferReason: 'Chair excluded from this person', restricted: true } })
    const after = await restrictedItem()
    expect(after).toMatchObject({ status: 'DEFERRED', deferReason: null, deferRef: null })
    for (const id of forbidden) expect(JSON.stringify(after)).not.toContain(id)
    // Deferred once: the same reference again finds no listed item.
    await expect(deferRestrictedAgendaItem(w.actors.mappa, { meetingId, version: await version(), itemRef, deferReason: 'Again' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses a recorded item, as deferring one with access does', async () => {
    await prisma.mappaAgendaItem.update({ where: { id: itemId }, data: { status: 'LISTED', deferReason: null, recordedAt: new Date() } })
    const error = await deferRestrictedAgendaItem(w.actors.mappa, { meetingId, version: await version(), itemRef: deferRef(meetingId, itemId), deferReason: 'Late' }).catch((e: { fieldErrors?: unknown }) => e.fieldErrors)
    expect(error).toEqual({ _form: ['recordedNotDeferred'] })
  })
})
