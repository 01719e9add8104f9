import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { keysUsed } from '../../tests/support/message-keys'
import { sourceFiles } from '../../tests/support/source-files'
import { CLIENT_MESSAGE_KEYS, CLIENT_MESSAGE_PROVIDERS, type ClientArea } from './client-message-keys'
import { clientMessages } from './client-messages'
import cy from './messages/cy'
import en from './messages/en'

const all = sourceFiles('src')
const clientFiles = all.filter((file) => /^['"]use client['"]/m.test(fs.readFileSync(file, 'utf8')))

/** The area a client component belongs to, from where it lives: `src/app/(app)/<area>/…`, `src/app/(auth)/…`, `src/app/(account)/…`, or shared. */
function areaOf(file: string): string {
  const [group, dir] = path.relative('src/app', file).split(path.sep)
  if (group === '(auth)') return 'auth'
  if (group === '(account)') return 'account'
  if (group === '(app)' && dir && !dir.endsWith('.tsx')) return dir.replace(/^_/, '')
  return 'shared'
}

/** The files that import `file` (by its path without extension, as `@/…` or relative). */
function importersOf(file: string): string[] {
  const bare = file.replace(/\.tsx?$/, '')
  return all.filter((other) => {
    const text = fs.readFileSync(other, 'utf8')
    return [...text.matchAll(/from '([^']+)'/g)].some(([, spec]) => {
      const target = spec!.startsWith('@/') ? path.join('src', spec!.slice(2)) : spec!.startsWith('.') ? path.join(path.dirname(other), spec!) : ''
      return target === bare
    })
  })
}

describe('messages sent to the browser, by area (issue 18 item 4)', () => {
  it('are exactly the keys each area\'s client components read, so none is missing in the browser and none is sent for nothing', () => {
    const read: Record<string, Set<string>> = {}
    for (const file of clientFiles) {
      for (const { key } of keysUsed(file, { templates: true })) (read[areaOf(file)] ??= new Set()).add(key)
    }
    const listed = Object.fromEntries(Object.entries(CLIENT_MESSAGE_KEYS).map(([area, keys]) => [area, [...keys]]))
    expect(listed).toEqual(Object.fromEntries(Object.entries(read).map(([area, keys]) => [area, [...keys].sort()])))
  })

  it('reach every page that renders them: an area\'s client components are used only under its provider', () => {
    // A layout's provider covers the files below its folder; a component's covers what that file renders.
    const covered = (importer: string, provider: string) => (provider.endsWith('/layout.tsx') ? importer.startsWith(`${path.dirname(provider)}/`) : importer === provider)
    const outside = clientFiles.flatMap((file) => {
      const area = areaOf(file)
      if (area === 'shared' || !(area in CLIENT_MESSAGE_KEYS)) return []
      return importersOf(file)
        .filter((importer) => !clientFiles.includes(importer) || areaOf(importer) !== area)
        .filter((importer) => !covered(importer, CLIENT_MESSAGE_PROVIDERS[area as ClientArea]))
        .map((importer) => `${importer} renders ${file} outside <AreaMessages area="${area}">`)
    })
    expect(outside).toEqual([])
    expect(Object.keys(CLIENT_MESSAGE_PROVIDERS).sort()).toEqual(Object.keys(CLIENT_MESSAGE_KEYS).sort())
    for (const [area, provider] of Object.entries(CLIENT_MESSAGE_PROVIDERS)) {
      expect(fs.readFileSync(provider, 'utf8'), provider).toMatch(new RegExp(`<AreaMessages area="${area}">`))
    }
  })

  it('pick leaves and whole branches, in each language, and leave the rest of the catalogue out', () => {
    const picked = clientMessages({ a: { b: 'B', c: 'C' }, d: { e: { f: 'F' } }, g: 'G' }, ['a.b', 'd.e', 'missing.key'])
    expect(picked).toEqual({ a: { b: 'B' }, d: { e: { f: 'F' } } })
    for (const catalogue of [en, cy]) {
      const shared = JSON.stringify(clientMessages(catalogue, CLIENT_MESSAGE_KEYS.shared))
      expect(shared.length).toBeLessThan(2_000)
      expect(clientMessages(catalogue, CLIENT_MESSAGE_KEYS.auth)).toMatchObject({ auth: { email: expect.any(String) } })
    }
  })
})
