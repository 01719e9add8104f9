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
    const fit = { canMake: 1, of: 2, placeable: 1, volunteers: [{ firstName: 'Dafydd', rules: ['PAUSED', 'UNAVAILABLE'] as const, sharedWith: [] }, { firstName: 'Mair', rules: [], sharedWith: [] }], booked: [] }
    locale.now = 'en'
    expect((await patternLines({ ...fit, volunteers: fit.volunteers.map((v) => ({ ...v, rules: [...v.rules] })) })).cannot).toEqual(['Dafydd: paused, so not placed on meetings for now; outside their availability'])
    locale.now = 'cy'
    expect((await patternLines({ ...fit, volunteers: fit.volunteers.map((v) => ({ ...v, rules: [...v.rules] })) })).cannot).toEqual(['Dafydd: wedi oedi, felly ddim yn cael eu rhoi ar gyfarfodydd am y tro; y tu allan i’w hargaeledd'])
  })

  // Walk 27, D4: a restricted circle was "Restricted record — ask the data protection lead" inside a sentence, where
  // the lists say "Circle of a restricted person — ask someone with access".
  it('names a circle the reader may not see in the lists’ words, inside the sentence', async () => {
    const fit = { canMake: 2, of: 2, placeable: 2, volunteers: [{ firstName: 'Alun', rules: [], sharedWith: [{ crn: null, name: null }, { crn: 'W100851', name: 'Gethin Tudor' }] }], booked: [] }
    locale.now = 'en'
    expect((await patternLines(fit)).shared).toEqual(['Alun: also serves in the circle for a restricted person (ask someone with access); the circle for Gethin Tudor (W100851)'])
    locale.now = 'cy'
    expect((await patternLines(fit)).shared).toEqual(['Alun: hefyd yn gwasanaethu yn y cylch ar gyfer person cyfyngedig (gofynnwch i rywun sydd â mynediad); y cylch ar gyfer Gethin Tudor (W100851)'])
  })

  // Walk 25 D4: the summary promised two while a shared volunteer was already booked by the other circle.
  it('says which shared volunteer is booked by which circle on how many dates, and one the reader may not see in the words every COSA list uses for it', async () => {
    const fit = { canMake: 2, of: 2, placeable: 2, volunteers: [], booked: [{ firstName: 'Alun', circle: { crn: 'W100851', name: 'Gethin Tudor' }, dates: 1 }, { firstName: 'Eirlys', circle: { crn: null, name: null }, dates: 3 }] }
    locale.now = 'en'
    expect((await patternLines(fit)).booked).toEqual([
      'Alun is already booked for the meeting of the circle for Gethin Tudor (W100851) at this time on 1 of this pattern’s dates: the rota keeps that booking, so this circle may have fewer than two volunteers then.',
      'Eirlys is already booked for the meeting of the circle for a restricted person (ask someone with access) at this time on 3 of this pattern’s dates: the rota keeps that booking, so this circle may have fewer than two volunteers then.',
    ])
    locale.now = 'cy'
    expect((await patternLines(fit)).booked[0]).toBe('Mae Alun eisoes wedi’i archebu ar gyfer cyfarfod y cylch ar gyfer Gethin Tudor (W100851) ar yr amser hwn ar 1 o ddyddiadau’r patrwm hwn: mae’r rota yn cadw’r archeb honno, felly efallai y bydd gan y cylch hwn lai na dau wirfoddolwr bryd hynny.')
  })
})
