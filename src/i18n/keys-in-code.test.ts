import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { keysOf, keysUsed, type Tree } from '../../tests/support/message-keys'
import { sourceFiles } from '../../tests/support/source-files'
import en from './messages/en'

describe('message keys used in the code', () => {
  it('all exist in the catalogue, so no screen shows a raw key', () => {
    const known = keysOf(en as Tree)
    const used = sourceFiles(path.join(process.cwd(), 'src')).flatMap((file) => keysUsed(file))
    expect(used.length).toBeGreaterThan(500)
    expect(used.filter((u) => !known.has(u.key)).map((u) => `${u.where} ${u.key}`)).toEqual([])
  })
})
