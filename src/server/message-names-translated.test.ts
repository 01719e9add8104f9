import { createTranslator } from 'use-intl/core'
import { describe, expect, it, vi } from 'vitest'
import cyMessages from '../i18n/messages/cy'
import enMessages from '../i18n/messages/en'
import type { Actor } from './policy'

const locale = vi.hoisted(() => ({ now: 'en' as 'en' | 'cy' }))
vi.mock('next-intl/server', () => ({
  getLocale: async () => locale.now,
  getTranslations: async (namespace?: string) => createTranslator({ locale: locale.now, messages: locale.now === 'cy' ? cyMessages : enMessages, namespace: namespace as never }),
}))
vi.mock('next/cache', () => ({ revalidatePath: () => {} }))
const { runAction } = await import('./action')
const { invalid } = await import('./errors')

// Break 38 D2, through the real catalogues: the names a refusal carries reach the message the user reads, in their
// language (message-names.test.ts checks the names are chosen; this checks runAction's translator is given them).
describe('a refusal that names an agency, as the user reads it', () => {
  const actor = { userId: 'u1' } as Actor
  const refuse = () => runAction(async () => { throw invalid('userId', 'attendeeAgencyNotInvited', { agency: { en: 'HMP Cardiff', cy: 'Carchar EF Caerdydd' } }) }, undefined, async () => actor)

  it('names the agency in English', async () => {
    locale.now = 'en'
    const answer = await refuse()
    expect(answer.ok === false && answer.code === 'VALIDATION' && answer.fieldErrors).toEqual({ userId: ['HMP Cardiff is not invited to this meeting: choose someone from an invited agency'] })
  })

  it('names the agency by its Welsh name in Welsh', async () => {
    locale.now = 'cy'
    const answer = await refuse()
    const [said] = answer.ok === false && answer.code === 'VALIDATION' ? answer.fieldErrors.userId! : []
    expect(said).toMatch(/^Nid yw Carchar EF Caerdydd wedi’i gwahodd/)
    expect(said).not.toContain('{agency}')
  })
})
