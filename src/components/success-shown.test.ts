import { describe, expect, it } from 'vitest'
import { isRefusalShown, isSuccessShown } from './success-shown'

describe('a success message never shows next to a refusal (issue 16 item 1)', () => {
  it('shows for the form’s own success until any form on the page is submitted', () => {
    expect(isSuccessShown({ result: { ok: true }, standing: false, submittedSince: false })).toBe(true)
    expect(isSuccessShown({ result: { ok: true }, standing: false, submittedSince: true })).toBe(false)
  })

  it('never shows beside the form’s own refusal, even when the page was loaded with a standing success', () => {
    expect(isSuccessShown({ result: { ok: false }, standing: true, submittedSince: false })).toBe(false)
    expect(isSuccessShown({ result: { ok: false }, standing: false, submittedSince: false })).toBe(false)
  })

  it('shows a standing success (a flash, an item recorded earlier) only until something is submitted', () => {
    expect(isSuccessShown({ result: null, standing: true, submittedSince: false })).toBe(true)
    expect(isSuccessShown({ result: null, standing: true, submittedSince: true })).toBe(false)
    expect(isSuccessShown({ result: null, standing: false, submittedSince: false })).toBe(false)
  })
})

describe('a refusal goes once another form is submitted (issue 16, MAPPA gaps item 3)', () => {
  it('shows the form’s own latest refusal until any form on the page is submitted', () => {
    expect(isRefusalShown({ result: { ok: false }, submittedSince: false })).toBe(true)
    expect(isRefusalShown({ result: { ok: false }, submittedSince: true })).toBe(false)
  })
  it('never shows for a success or before any result', () => {
    expect(isRefusalShown({ result: { ok: true }, submittedSince: false })).toBe(false)
    expect(isRefusalShown({ result: null, submittedSince: false })).toBe(false)
  })
})
