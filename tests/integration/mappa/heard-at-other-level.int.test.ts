import { createTranslator } from 'use-intl/core'
import { beforeAll, describe, expect, it } from 'vitest'
import cyMessages from '../../../src/i18n/messages/cy'
import enMessages from '../../../src/i18n/messages/en'
import { prisma } from '../../../src/server/db'
import { addToAgenda } from '../../../src/server/mappa/meetings'
import { getMinutes } from '../../../src/server/mappa/minutes'
import { renderMinutesPdf } from '../../../src/server/mappa/minutes-pdf'
import { getMeeting } from '../../../src/server/mappa/queries'
import { agendaWorld, isoDay, meetingVersion } from '../../support/mappa-agenda'
import { pdfLines } from '../../support/pdf-text'
import type { World } from '../../support/world'

// Walk 20, D8: a level 3 nominal the chair added to a level 2 agenda ("add anyway") was not marked afterwards. The
// item keeps the level the nominal was managed at when listed, so the mark stands after the meeting changes that level.
let w: World
let schedule: (startsAt: string) => Promise<string>
const levelOn = async (meetingId: string) => new Map((await getMeeting(w.actors.mappa, meetingId)).agendaItems.map((i) => [i.offenderId, i.managedLevel]))
const pdfOf = async (meetingId: string, locale: 'en' | 'cy') => {
  const t = createTranslator({ locale, messages: locale === 'cy' ? cyMessages : enMessages }) as unknown as Parameters<typeof renderMinutesPdf>[1]
  return (await pdfLines(await renderMinutesPdf(await getMinutes(w.actors.mappa, meetingId), t, locale))).join(' ')
}

beforeAll(async () => {
  ;({ w, schedule } = await agendaWorld())
  await prisma.mappaNominal.create({ data: { offenderId: w.people.colleagues.id, category: 2, level: 3, area: 'SOUTH_WALES', leadAgencyId: w.nps.id, startDate: new Date('2026-01-01'), nextReviewDate: new Date(`${isoDay(200)}T00:00:00Z`) } })
})

describe('a nominal heard at a meeting of another level than theirs', () => {
  it('keeps the level they were managed at when added, and the minutes and their PDF say so in both languages', async () => {
    const meetingId = await schedule(`${isoDay(-1)}T10:00`)
    await addToAgenda(w.actors.mappa, { meetingId, version: await meetingVersion(meetingId), crn: w.people.mappaCardiff.crn })
    await addToAgenda(w.actors.mappa, { meetingId, version: await meetingVersion(meetingId), crn: w.people.colleagues.crn, confirm: 'on' })
    // Only this test's two items: scheduling also lists any review due then, which other files in this worker's
    // database may have left (CI run 42 found two).
    const levels = await levelOn(meetingId)
    expect([levels.get(w.people.mappaCardiff.id), levels.get(w.people.colleagues.id)]).toEqual([null, 3])
    // The meeting may change the nominal's level (here: stepped down to 2); the item still says where they came from.
    await prisma.mappaNominal.updateMany({ where: { offenderId: w.people.colleagues.id }, data: { level: 2 } })
    const minutes = await getMinutes(w.actors.mappa, meetingId)
    const ours = [w.people.mappaCardiff.id, w.people.colleagues.id]
    expect(minutes.agendaItems.filter((i) => !i.restricted && ours.includes(i.offender.id)).map((i) => i.managedLevel)).toEqual([null, 3])
    expect(await pdfOf(meetingId, 'en')).toContain('Managed at level 3, heard at this level 2 meeting')
    expect(await pdfOf(meetingId, 'cy')).toContain('Yn cael ei reoli ar lefel 3, wedi’i glywed yn y cyfarfod lefel 2 hwn')
    expect((await pdfOf(meetingId, 'en')).match(/Managed at level/g)).toHaveLength(1)
  })
})
