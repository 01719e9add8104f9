import { describe, expect, it } from 'vitest'
import { tsxSources } from './tsx-sources'

// A refusal held in a form's state is in the words of the language it was refused in; the language switch re-renders
// the page in place, so a form that drew it straight from its state showed English errors on a Welsh page (re-break
// 52b F6: the two-step set-up and code pages). useOwnSuccess puts a refusal away when the switch is used.
describe('every server-action form hides a refusal worded in another language', () => {
  it('draws its refusal from useOwnSuccess', () => {
    const drawnStraight = tsxSources()
      .filter(({ text }) => /\buseActionState\b/.test(text) && !/\buseOwnSuccess\b/.test(text))
      .map(({ file }) => file)
    expect(drawnStraight).toEqual([])
  })
})
