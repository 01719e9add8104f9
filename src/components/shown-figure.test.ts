import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Shown } from '@/lib/outcomes/disclosure'
import { ShownFigure } from './shown-figure'

const html = (shown: Shown) => renderToStaticMarkup(createElement(ShownFigure, { shown, kind: 'percent', locale: 'en', withheld: 'withheld', tooFew: 'not shown: too few people', notApplicable: 'not applicable' }))

// Walk 35 (issue 14): every [c] was read out as "withheld", also a rate not shown because it rests on fewer than 10
// people, which withholds nobody.
describe('a figure not shown, as read out', () => {
  it('says a rate or mean on too few people is not shown for that reason', () => {
    expect(html({ value: null, suppressed: 'base' })).toBe('[c]<span class="sr-only"> not shown: too few people</span>')
  })

  it('says a small count, or one that would give another away, is withheld', () => {
    expect(html({ value: null, suppressed: 'small' })).toContain('> withheld</span>')
    expect(html({ value: null, suppressed: 'secondary' })).toContain('> withheld</span>')
  })
})
