import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { keysUsed } from '../../tests/support/message-keys'
import { sourceFiles } from '../../tests/support/source-files'
import { CLIENT_MESSAGE_KEYS } from './client-message-keys'
import { clientMessages } from './client-messages'
import cy from './messages/cy'
import en from './messages/en'

const clientFiles = sourceFiles('src').filter((file) => /^['"]use client['"]/m.test(fs.readFileSync(file, 'utf8')))

describe('messages sent to the browser (issue 18)', () => {
  it('are exactly the keys client components read, so none is missing in the browser and none is sent for nothing', () => {
    const read = [...new Set(clientFiles.flatMap((file) => keysUsed(file, { templates: true })).map((u) => u.key))].sort()
    expect([...CLIENT_MESSAGE_KEYS]).toEqual(read)
  })

  it('pick leaves and whole branches, in each language, and leave the rest of the catalogue out', () => {
    const picked = clientMessages({ a: { b: 'B', c: 'C' }, d: { e: { f: 'F' } }, g: 'G' }, ['a.b', 'd.e', 'missing.key'])
    expect(picked).toEqual({ a: { b: 'B' }, d: { e: { f: 'F' } } })
    for (const catalogue of [en, cy]) {
      const sent = JSON.stringify(clientMessages(catalogue))
      expect(sent.length).toBeLessThan(JSON.stringify(catalogue).length / 3)
      expect(clientMessages(catalogue)).toMatchObject({ auth: { email: expect.any(String) }, common: { problem: expect.any(String) } })
    }
  })
})
