import { describe, expect, it } from 'vitest'
import { leftToPage } from './posted-refusal'

// Break 56 F2: the page says a stale refusal posted without the script; the posted form, if still there, does not repeat it.
describe('an error summary leaves a refusal the page shows to the page', () => {
  it('hides a stale refusal or the same lines while the page shows one', () => {
    expect(leftToPage({ reload: 'Reload the page', message: 'Check the answers' }, 'The circle has closed.')).toBe(true)
    expect(leftToPage({ message: 'This record does not exist.' }, 'This record does not exist.')).toBe(true)
  })

  it('shows every other refusal, and every refusal when the page shows none', () => {
    expect(leftToPage({ message: 'Check the answers' }, 'This record was changed.')).toBe(false)
    expect(leftToPage({ reload: 'Reload the page', message: 'This record was changed.' }, null)).toBe(false)
  })
})
