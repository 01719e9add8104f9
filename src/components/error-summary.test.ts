import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from './error-summary'

// Walk 20, D10: a stale form's refusal says what to do and offers the reload as a link to the page itself.
describe('the error summary of a stale form', () => {
  it('links to the page itself with the reload text it is given', () => {
    const html = renderToStaticMarkup(createElement(ErrorSummary, { title: 'There is a problem', message: 'This record was changed after you opened it, on another screen or tab, or by someone else.', reload: 'Reload the page', labels: {} }))
    expect(html).toMatch(/<a href=""[^>]*>Reload the page<\/a>/)
  })

  it('offers no reload otherwise', () => {
    const html = renderToStaticMarkup(createElement(ErrorSummary, { title: 'There is a problem', message: 'Check the answers marked below.', labels: {} }))
    expect(html).not.toContain('<a')
  })
})

// Walk 23, D2 and D3: a refusal of the whole form (a circle closed or ending in another tab) said "Check the answers
// marked below" with nothing marked, and never said to reload.
describe('the error summary of a refusal that marks no field', () => {
  it('says what happened and offers the reload, never asking to check marked answers', () => {
    const html = renderToStaticMarkup(createElement(ErrorSummary, { title: 'There is a problem', message: 'Check the answers marked below.', fieldErrors: { _form: ['This circle is closed: nothing more can be added to it or changed'] }, reload: 'Reload the page', labels: {} }))
    expect(html).not.toContain('Check the answers marked below.')
    expect(html.match(/This circle is closed/g)).toHaveLength(1)
    expect(html).toMatch(/<a href=""[^>]*>Reload the page<\/a>/)
    // Walk 63 F8: what happened comes first, then the reload, as the page's own summary says it without the script.
    expect(html.indexOf('This circle is closed')).toBeLessThan(html.indexOf('Reload the page'))
  })

  it('still asks to check the answers when a field is marked, beside any form-level line', () => {
    const html = renderToStaticMarkup(createElement(ErrorSummary, { title: 'There is a problem', message: 'Check the answers marked below.', fieldErrors: { _form: ['Not saved'], venue: ['Enter the venue'] }, labels: { venue: 'Venue' } }))
    expect(html).toContain('Check the answers marked below.')
    expect(html).toContain('href="#field-venue"')
  })
})
