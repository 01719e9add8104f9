import { describe, expect, it } from 'vitest'
import cy from '../../i18n/messages/cy'
import en from '../../i18n/messages/en'
import { auditActions, auditLabelKey } from './audit-actions'

// Issue 15 item 11: "who has looked at this record" shows a readable action in the reader's language, never a code.
describe('audit action catalogue', () => {
  const labels = { en: en.auditView.actions as Record<string, string>, cy: cy.auditView.actions as Record<string, string> }

  for (const [locale, catalogue] of Object.entries(labels)) {
    it(`labels every action in ${locale}`, () => {
      expect(auditActions.filter((a) => !catalogue[auditLabelKey(a)]?.trim())).toEqual([])
    })

    it(`has no ${locale} label for an action that is no longer written`, () => {
      const keys = new Set(auditActions.map(auditLabelKey))
      expect(Object.keys(catalogue).filter((k) => !keys.has(k))).toEqual([])
    })
  }

  it('gives each action its own label key and its own English label', () => {
    expect(new Set(auditActions.map(auditLabelKey)).size).toBe(auditActions.length)
    const english = auditActions.map((a) => labels.en[auditLabelKey(a)])
    expect(english.filter((l, i) => english.indexOf(l) !== i)).toEqual([])
  })
})
