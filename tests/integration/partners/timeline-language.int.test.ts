import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTranslator } from 'use-intl/core'
import cy from '../../../src/i18n/messages/cy'
import en from '../../../src/i18n/messages/en'
import { contactText, type Translate } from '../../../src/lib/contact-events'
import { dateToLondonLocal, formatDate } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { findTimeline } from '../../../src/server/contacts/find-timeline'
import { decideReferral, recordFirstAppointment } from '../../../src/server/partners/partner-work'
import { referToPartner } from '../../../src/server/partners/refer'
import { buildPartnerWorld, referral, type PartnerWorld } from './partner-world'

// Issue 15 item 2: a Welsh reader saw "… accepted the referral (Drugs and alcohol)" and "first appointment on Dec 2,
// 2026, 10:00 AM", written once in the author's English. Now the step is an event, worded when read.
const translator = (locale: 'en' | 'cy') => createTranslator({ locale, messages: locale === 'cy' ? cy : en }) as unknown as Translate
let p: PartnerWorld
let referralId: string
const at = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 2, 10, 0)) // 10:00 GMT on 2 December next year

beforeAll(async () => {
  p = await buildPartnerWorld()
  await prisma.partnerService.update({ where: { id: p.services.drugs.id }, data: { nameCy: `Gwasanaeth cyffuriau ac alcohol ${p.tag}` } })
  referralId = (await referToPartner(p.actors.officer, referral(p))).id
  // The caseworker works in English.
  await decideReferral(p.caseworker, { referralId, version: 1, decision: 'ACCEPTED' })
  await recordFirstAppointment(p.caseworker, { referralId, version: 2, appointmentAt: dateToLondonLocal(at) })
})

describe('the timeline in the reader’s language', () => {
  it('reads the English caseworker’s steps to a Welsh officer in Welsh, with a Welsh date', async () => {
    const welsh = { ...p.actors.officer, locale: 'cy' as const }
    const { entries } = await findTimeline(welsh, { offenderId: p.people.mine.id })
    const texts = entries.flatMap((e) => (e.kind === 'contact' ? [contactText(translator('cy'), 'cy', e)] : []))
    const service = `Gwasanaeth cyffuriau ac alcohol ${p.tag}`
    expect(texts).toContain(`Derbyniodd ${service} yr atgyfeiriad (Cyffuriau ac alcohol).`)
    expect(texts).toContain(`${service}: apwyntiad cyntaf ar ${formatDate(at, 'dateTime', 'cy')}.`)
    expect(formatDate(at, 'dateTime', 'cy')).toMatch(/^2 Rhag \d{4}, 10:00$/)
    expect(texts.join('\n')).not.toMatch(/accepted|first appointment|AM|PM/)
  })

  it('reads the same entries to an English reader in English', async () => {
    const { entries } = await findTimeline(p.actors.officer, { offenderId: p.people.mine.id })
    const texts = entries.flatMap((e) => (e.kind === 'contact' ? [contactText(translator('en'), 'en', e)] : []))
    expect(texts).toContain(`${p.services.drugs.name}: first appointment on ${formatDate(at, 'dateTime', 'en')}.`)
  })
})

describe('the migration of sentences written before the change', () => {
  const backfill = readFileSync('prisma/migrations/20261130182707_contact_events/migration.sql', 'utf8').split('-- Backfill')[1]!.replace(/^[^\n]*\n(--[^\n]*\n)*/, '')

  it('reads old steps back to an event plus values from their referral, and keeps a sentence it cannot read as written', async () => {
    const r = await prisma.partnerReferral.findUniqueOrThrow({ where: { id: referralId } })
    const legacy = async (kind: string, notes: string, note = '') => {
      const c = await prisma.contact.create({ data: { offenderId: r.offenderId, type: 'PARTNER_UPDATE', occurredAt: new Date(), notes, authorId: p.caseworker.userId, authorAgencyId: p.provider.id } })
      await prisma.partnerReferralUpdate.create({ data: { referralId, kind, note, authorId: p.caseworker.userId, authorAgencyId: p.provider.id, contactId: c.id } })
      return c.id
    }
    const progress = await legacy('PROGRESS', `${p.services.drugs.name}: Seen at the hub.`, 'Seen at the hub.')
    // The referral now has two first-appointment steps: which date each sentence gave is not known, so both stay text.
    const appointment = await legacy('FIRST_APPOINTMENT', `${p.services.drugs.name}: first appointment on Dec 2, 2026, 10:00 AM.`)
    await prisma.$executeRawUnsafe(backfill)
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: progress } })).toMatchObject({ event: 'partner.PROGRESS', eventValues: { pathway: 'DRUGS_ALCOHOL', service: { name: p.services.drugs.name } }, notes: 'Seen at the hub.' })
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: appointment } })).toMatchObject({ event: null, notes: `${p.services.drugs.name}: first appointment on Dec 2, 2026, 10:00 AM.` })
    const legacyText = await prisma.contact.findUniqueOrThrow({ where: { id: appointment } })
    expect(contactText(translator('cy'), 'cy', legacyText)).toBe(legacyText.notes)
  })
})
