import { describe, expect, it } from 'vitest'
import { containsPattern, escapeLike } from './literal-search'

describe('escapeLike (issue 15 item 5)', () => {
  it('escapes the LIKE wildcards and the escape character itself', () => {
    expect(escapeLike('__')).toBe('\\_\\_')
    expect(escapeLike('%')).toBe('\\%')
    expect(escapeLike('a\\b')).toBe('a\\\\b')
    expect(escapeLike('100%_x\\')).toBe('100\\%\\_x\\\\')
  })

  it('leaves ordinary text, including Welsh letters, alone', () => {
    expect(escapeLike('Siân ap Dafydd')).toBe('Siân ap Dafydd')
    expect(containsPattern('ŵ')).toBe('%ŵ%')
  })
})
