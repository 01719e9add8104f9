import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isValidationKey } from './validation-messages'

// Issue 14 (f14b item 6): a second "Run now" on /admin/jobs said "Enter a valid value" because the domain threw
// `jobAlreadyQueued`, a key missing from the catalogue list, which runAction then turns into the generic "invalid".
// Every key the domain throws by name must be listed, or its user sees that same generic message.
const serverDir = join(__dirname)
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  )

/** String literal keys thrown through `invalid(field, 'key')` or an AppError's field errors `{ field: ['key', …] }`. */
function thrownKeys(text: string): string[] {
  const viaInvalid = [...text.matchAll(/\binvalid\(\s*[^,()]+,\s*'([A-Za-z.]+)'\s*\)/g)].map((m) => m[1]!)
  const viaAppError = [...text.matchAll(/new AppError\('(?:VALIDATION|CONFLICT)'[^{]*\{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/\[\s*'([A-Za-z.]+)'/g)].map((k) => k[1]!))
  return [...viaInvalid, ...viaAppError]
}

describe('every validation key the domain throws is in the catalogue list', () => {
  const found = sources(serverDir).flatMap((file) => thrownKeys(readFileSync(file, 'utf8')).map((key) => ({ file: file.slice(serverDir.length + 1), key })))
  it('finds the keys it checks (the scan itself works)', () => {
    expect(found.map((f) => f.key)).toEqual(expect.arrayContaining(['outerMemberTwice', 'jobAlreadyQueued', 'minutesChanged']))
  })
  it('has none missing', () => {
    expect(found.filter((f) => !isValidationKey(f.key))).toEqual([])
  })
})
