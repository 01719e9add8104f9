import { createTranslator } from 'use-intl/core'
import { describe, expect, it, vi } from 'vitest'
import cyMessages from '../../i18n/messages/cy'
import enMessages from '../../i18n/messages/en'

const locale = vi.hoisted(() => ({ now: 'en' as 'en' | 'cy' }))
vi.mock('next-intl/server', () => ({
  getLocale: async () => locale.now,
  getTranslations: async () => createTranslator({ locale: locale.now, messages: locale.now === 'cy' ? cyMessages : enMessages }),
}))
const { patternLines } = await import('./circle-pattern-step')

describe('patternLines', () => {
  // Walk 25, D6: "Dafydd: paused, so not placed on meetings for now; Dafydd: outside their availability".
  it('names a volunteer who cannot come once, with each reason after it', async () => {
    const fit = { canMake: 1, of: 2, placeable: 1, volunteers: [{ firstName: 'Dafydd', rules: ['PAUSED', 'UNAVAILABLE'] as const, sharedWith: [] }, { firstName: 'Mair', rules: [], sharedWith: [] }] }
    locale.now = 'en'
    expect((await patternLines({ ...fit, volunteers: fit.volunteers.map((v) => ({ ...v, rules: [...v.rules] })) })).cannot).toEqual(['Dafydd: paused, so not placed on meetings for now; outside their availability'])
    locale.now = 'cy'
    expect((await patternLines({ ...fit, volunteers: fit.volunteers.map((v) => ({ ...v, rules: [...v.rules] })) })).cannot).toEqual(['Dafydd: wedi oedi, felly ddim yn cael eu rhoi ar gyfarfodydd am y tro; y tu allan i’w hargaeledd'])
  })
})
