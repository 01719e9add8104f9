import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from './error-summary'

// Walk 20, D10: a stale form's refusal says what to do and offers the reload as a link to the page itself.
describe('the error summary of a stale form', () => {
  it('links to the page itself with the reload text it is given', () => {
    const html = renderToStaticMarkup(createElement(ErrorSummary, { title: 'There is a problem', message: 'Someone else changed this record at the same time.', reload: 'Reload the page' }))
    expect(html).toMatch(/<a href=""[^>]*>Reload the page<\/a>/)
  })

  it('offers no reload otherwise', () => {
    const html = renderToStaticMarkup(createElement(ErrorSummary, { title: 'There is a problem', message: 'Check the answers marked below.' }))
    expect(html).not.toContain('<a')
  })
})
