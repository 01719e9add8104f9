import { describe, expect, it } from 'vitest'
import { tsxSources } from './tsx-sources'

// fix16b item 5: "Meetings coming up", "Nominals by next review", "Attendance and apologies", "Summary of actions" and
// "Who else of the circle can come" were each a heading and again the table's caption, so screen readers heard them
// twice. A table under its heading is labelled by it (`labelledBy`, aria-labelledby); a caption is only for a table
// with no heading of the same words. This finds any table whose caption is the same expression as a heading's text in
// the same file.

/** The expressions written as a heading's whole text in a file: `<h2 …>{t('x')}</h2>` gives `t('x')`. */
const headingTexts = (text: string) => new Set([...text.matchAll(/<h[1-6][^>]*>\s*\{([^{}]*(?:\([^()]*\))?)\}/g)].map((m) => m[1]!.trim()))
/** The expressions given as a table's caption: `caption={t('x')}` gives `t('x')`. */
const captions = (text: string) => [...text.matchAll(/\bcaption=\{([^{}]*(?:\([^()]*\))?)\}/g)].map((m) => m[1]!.trim())

describe('no table repeats its heading as its caption', () => {
  const files = tsxSources()

  it('finds headings and captions (the scan itself works)', () => {
    expect(files.some((f) => headingTexts(f.text).size > 0 && captions(f.text).length > 0)).toBe(true)
  })

  it('has no caption that is a heading of the same file', () => {
    const repeats = files.flatMap((f) => captions(f.text).filter((c) => headingTexts(f.text).has(c)).map((c) => `${f.file}: ${c}`))
    expect(repeats).toEqual([])
  })
})
