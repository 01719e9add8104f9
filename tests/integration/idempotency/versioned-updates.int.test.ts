import '../security/request-mocks'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { recordItemAction, saveItemDraftAction } from '../../../src/server/mappa/meeting-actions'
import { heldMeetingOfOne, isoDay } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'
import { formOf, signedIn } from '../security/support'

// Walk 72 F3: reloading the page after "Replace its minutes" re-sent the post, which was refused as "changed on another
// screen": a chair went looking for a colleague's edit that did not exist. The record form posts a submission key, so
// a recording sent twice is kept once and said so; its autosave, which sends the same form, is not held to the key.
let w: World
let meetingId: string
type Result = { ok: boolean; code?: string; notice?: string; data?: { version: number } } | null

beforeAll(async () => {
  w = await buildWorld()
  meetingId = await heldMeetingOfOne(w)
})

describe('a nominal’s recording sent twice', () => {
  it('is kept once and the second is told so; drafts sharing the form’s key are each saved', async () => {
    signedIn.actor = w.actors.mappa
    const item = await prisma.mappaAgendaItem.findFirstOrThrow({ where: { meetingId, offenderId: w.people.mappaCardiff.id } })
    const submissionKey = randomUUID()
    const draft = (riskAssessment: string, version: number) => saveItemDraftAction(formOf({ meetingId, itemId: item.id, version: String(version), riskAssessment, submissionKey })) as Promise<Result>
    const first = await draft('Typed first.', item.version)
    expect(first).toMatchObject({ ok: true })
    expect(await draft('Typed on.', first!.data!.version)).toMatchObject({ ok: true })
    const version = (await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).version
    const recording = formOf({ meetingId, itemId: item.id, version: String(version), riskAssessment: 'Recorded once.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', submissionKey })
    const recorded = (await recordItemAction(null, recording)) as Result
    const again = (await recordItemAction(null, recording)) as Result
    expect(recorded).toMatchObject({ ok: true, data: { version: version + 1 } })
    expect(recorded?.notice).toBeUndefined()
    expect(again).toMatchObject({ ok: true, notice: 'alreadySaved', data: { version: version + 1 } })
    expect(await prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ riskAssessment: 'Recorded once.', version: version + 1 })
    expect(await prisma.auditEvent.count({ where: { action: 'mappa.item.record', offenderId: w.people.mappaCardiff.id } })).toBe(1)
  })
})
