import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { addAction, recordItem, saveItemDraft } from '../../../src/server/mappa/item-writes'
import { heldMeetingOfOne, isoDay } from '../../support/mappa-agenda'
import { buildWorld, type World } from '../../support/world'

// Issue 16 walk-through item 1: text typed while the run page switched nominal went into the previous nominal's
// form and replaced its recorded minutes. Every per-item write names the item and its version; a recorded item's
// minutes are replaced only with the chair's confirmation.
let w: World
let meetingId: string
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> }) => ({ code: e.code, fieldErrors: e.fieldErrors, details: e.details }))
const itemNow = (id: string) => prisma.mappaAgendaItem.findUniqueOrThrow({ where: { id } })

beforeAll(async () => {
  w = await buildWorld()
  meetingId = await heldMeetingOfOne(w)
})

describe('a recorded nominal', () => {
  it('is not replaced without the confirm flag, takes no draft, and says when and by whom it was recorded', async () => {
    const item = await prisma.mappaAgendaItem.findFirstOrThrow({ where: { meetingId, offenderId: w.people.mappaCardiff.id } })
    const record = { meetingId, itemId: item.id, riskAssessment: 'Recorded in the room.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no' }
    await recordItem(w.actors.mappa, { ...record, version: item.version })
    const recorded = await itemNow(item.id)
    expect(recorded.recordedById).toBe(w.staff.mappa.id)

    const asked = { code: 'CONFLICT', fieldErrors: { _form: ['itemAlreadyRecorded'] }, details: { recordedAt: recorded.recordedAt!.toISOString(), recordedBy: w.staff.mappa.name, asks: true } }
    expect(await refusal(recordItem(w.actors.mappa, { ...record, version: recorded.version, riskAssessment: 'Typed into the wrong form.' }))).toEqual(asked)
    expect(await refusal(saveItemDraft(w.actors.mappa, { meetingId, itemId: item.id, version: recorded.version, riskAssessment: 'Typed into the wrong form.' }))).toEqual(asked)
    expect(await itemNow(item.id)).toEqual(recorded)

    await recordItem(w.actors.mappa, { ...record, version: recorded.version, confirmReplace: 'yes', riskAssessment: 'Replaced on purpose.' })
    expect(await itemNow(item.id)).toMatchObject({ riskAssessment: 'Replaced on purpose.', version: recorded.version + 1 })
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'mappa.item.record', offenderId: w.people.mappaCardiff.id }, orderBy: { id: 'desc' } })
    expect(audit.detail).toMatchObject({ itemId: item.id, replaced: true })
  })

  it('refuses a write carrying a stale version, even with the confirm flag, and an action meant for another state', async () => {
    const item = await prisma.mappaAgendaItem.findFirstOrThrow({ where: { meetingId, offenderId: w.people.mappaCardiff.id } })
    const stale = { meetingId, itemId: item.id, version: item.version - 1 }
    const changed = { code: 'CONFLICT', fieldErrors: { _form: ['itemChanged'] }, details: undefined }
    // Walk 72 F4: a recording is refused with what the other screen saved, for the form to show beside the typing.
    const values = { riskAssessment: 'Replaced on purpose.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', informationShared: '', discussedTime: expect.stringMatching(/^\d\d:\d\d$/) }
    const savedMeanwhile = { code: 'CONFLICT', fieldErrors: undefined, details: { shownByForm: true, current: { version: item.version, recordedAt: item.recordedAt!.toISOString(), recordedBy: w.staff.mappa.name, values: expect.objectContaining(values) } } }
    expect(await refusal(recordItem(w.actors.mappa, { ...stale, confirmReplace: 'yes', riskAssessment: 'Old screen.', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no' }))).toEqual(savedMeanwhile)
    expect(await refusal(addAction(w.actors.mappa, { ...stale, description: 'Meant for another nominal', ownerAgencyId: w.nps.id, dueDate: isoDay(7) }))).toEqual(changed)
    // Walk 60 F7: a stale form with a wrong answer too (a bad time, no risk assessment) is told the item changed first.
    expect(await refusal(recordItem(w.actors.mappa, { ...stale, riskAssessment: '', levelDecision: 'CONTINUE', nextReviewDate: isoDay(84), disclosureConsidered: 'no', discussedTime: '99:99' }))).toEqual(savedMeanwhile)
    // Break 74 F4: a draft's clash with another screen's save shows it too.
    expect(await refusal(saveItemDraft(w.actors.mappa, { ...stale, riskAssessment: 'x'.repeat(9000) }))).toEqual(savedMeanwhile)
    expect(await refusal(saveItemDraft(w.actors.mappa, { ...stale, riskAssessment: 'Typed on the other screen.' }))).toEqual(savedMeanwhile)
    expect(await refusal(addAction(w.actors.mappa, { ...stale, description: '', ownerAgencyId: w.nps.id, dueDate: 'soon' }))).toEqual(changed)
    expect(await itemNow(item.id)).toEqual(item)
    expect(await prisma.mappaAction.count({ where: { meetingId } })).toBe(0)
    // The version the screen holds now: the action is added and the item's version is left as it was.
    await addAction(w.actors.mappa, { meetingId, itemId: item.id, version: item.version, description: 'Share the licence conditions', ownerAgencyId: w.nps.id, dueDate: isoDay(7) })
    expect([await prisma.mappaAction.count({ where: { meetingId } }), (await itemNow(item.id)).version]).toEqual([1, item.version])
  })
})
