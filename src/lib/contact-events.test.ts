import { describe, expect, it } from 'vitest'
import { createTranslator } from 'use-intl/core'
import cy from '../i18n/messages/cy'
import en from '../i18n/messages/en'
import { contactText, partnerEvent, type Translate } from './contact-events'

const t = (locale: 'en' | 'cy') => createTranslator({ locale, messages: locale === 'cy' ? cy : en }) as unknown as Translate
const referral = { service: { name: 'Dyfodol Drug and Alcohol Service (Cardiff and Vale)', nameCy: 'Gwasanaeth Cyffuriau ac Alcohol Dyfodol (Caerdydd a’r Fro)' }, pathway: 'DRUGS_ALCOHOL' }
const row = (e: ReturnType<typeof partnerEvent>, notes = '') => ({ ...e, notes })

// Issue 15 item 2: the same stored step reads in each reader's language, dates in the one date format.
describe('contactText', () => {
  it('words a first appointment in English and in Welsh', () => {
    const e = row(partnerEvent('FIRST_APPOINTMENT', referral, { at: new Date('2026-12-02T10:00:00Z') }))
    expect(contactText(t('en'), 'en', e)).toBe('Dyfodol Drug and Alcohol Service (Cardiff and Vale): first appointment on 2 Dec 2026, 10:00.')
    expect(contactText(t('cy'), 'cy', e)).toBe('Gwasanaeth Cyffuriau ac Alcohol Dyfodol (Caerdydd a’r Fro): apwyntiad cyntaf ar 2 Rhag 2026, 10:00.')
  })
  it('words an acceptance, a priority referral and a closure with the person’s own words after', () => {
    expect(contactText(t('cy'), 'cy', row(partnerEvent('ACCEPTED', referral)))).toBe('Derbyniodd Gwasanaeth Cyffuriau ac Alcohol Dyfodol (Caerdydd a’r Fro) yr atgyfeiriad (Cyffuriau ac alcohol).')
    expect(contactText(t('en'), 'en', row(partnerEvent('REFERRED', referral, { priority: true }), 'Using daily.'))).toBe(
      'Referred to Dyfodol Drug and Alcohol Service (Cardiff and Vale) for Drugs and alcohol (priority). Reason: Using daily.',
    )
    expect(contactText(t('en'), 'en', row(partnerEvent('ASSESSED', referral, { on: new Date('2026-11-16T00:00:00Z') }), 'Motivated.'))).toBe(
      'Dyfodol Drug and Alcohol Service (Cardiff and Vale): assessment completed on 16 Nov 2026. Motivated.',
    )
    expect(contactText(t('cy'), 'cy', row(partnerEvent('CLOSED', referral, { outcome: 'ACHIEVED' }), 'Sobr.'))).toMatch(/^Caeodd .* canlyniad: wedi’i gyflawni\. Sobr\.$/)
  })
  it('falls back to the English name where no Welsh is held, and shows people’s own contacts as written', () => {
    expect(contactText(t('cy'), 'cy', row(partnerEvent('PROGRESS', { ...referral, service: { name: 'Housing', nameCy: null } }), 'Wedi ffonio.'))).toBe('Housing: Wedi ffonio.')
    expect(contactText(t('cy'), 'cy', { event: null, eventValues: null, notes: 'Home visit: all well.' })).toBe('Home visit: all well.')
  })
})
