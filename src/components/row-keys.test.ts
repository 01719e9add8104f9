import { describe, expect, it } from 'vitest'
import { tsxSources } from './tsx-sources'

// Walk 63 F1: a registration's row was keyed by its version. Without the page's script a refused form comes back in the
// page drawn anew, whose row had the newer version, so React drew the row's forms fresh: the refusal was dropped and
// the form took the newer version, and the corrected review was recorded over the other one. A row is keyed by its
// record; a form keeps the version it was drawn at itself (versionAsDrawn). Only these are keyed by a version: the
// MAPPA item panel's version holder (its drafts follow it) and two forms whose version is the one they were drawn at.
const KEYED_BY_DRAWN_VERSION = new Set([
  'app/(app)/mappa/meetings/[id]/run/item-panel.tsx',
  'app/(app)/offenders/[id]/contacts/[contactId]/edit-contact-form.tsx',
  'app/(app)/offenders/[id]/details/details-form.tsx',
])

describe('rows holding forms', () => {
  it('are keyed by their record, not its version', () => {
    const keyedByVersion = tsxSources()
      .filter(({ file, text }) => /key=\{`[^`]*version[^`]*`\}/i.test(text) && !KEYED_BY_DRAWN_VERSION.has(file))
      .map(({ file }) => file)
    expect(keyedByVersion).toEqual([])
  })
})
