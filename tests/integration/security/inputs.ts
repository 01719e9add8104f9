import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sourceFiles } from '../../support/source-files'
import type { World } from '../../support/world'

/**
 * The field names the server's zod schemas declare (keys of `z.object({...})` literals under src/server), so hand-made
 * forms reach past "unknown field" into each action's own parsing and authorization. Output: sorted, unique names.
 */
export function schemaFieldNames(): string[] {
  const names = new Set<string>()
  for (const file of sourceFiles(path.resolve(import.meta.dirname, '../../../src/server'))) {
    const text = readFileSync(file, 'utf8')
    if (!text.includes('z.object(')) continue
    for (const m of text.matchAll(/^\s+([a-zA-Z][a-zA-Z0-9]*)\??:\s*(z\.|Z[A-Z]|[a-z][A-Za-z]*\()/gm)) names.add(m[1]!)
  }
  return [...names].sort()
}

/**
 * A form a browser of `offenderId`'s officer could post: every id field filled with a real record of the world
 * (the person named, the world's agency and team, else the person's id, which no other kind of record has), a
 * version, a reason and a date, so an action's parsing passes and its authorization and scope are what decide.
 */
export function plausibleForm(w: World, offenderId: string): FormData {
  const ids: Record<string, string> = {
    offenderId,
    keepId: offenderId,
    nominalId: offenderId,
    userId: w.staff.colleague.id,
    staffId: w.staff.colleague.id,
    offenderManagerId: w.staff.colleague.id,
    ownerUserId: w.staff.colleague.id,
    agencyId: w.nps.id,
    ownerAgencyId: w.nps.id,
    providerAgencyId: w.nps.id,
    toTeamId: w.teamB.id,
    lduId: w.cardiff.id,
  }
  const form = new FormData()
  for (const name of schemaFieldNames()) {
    if (/Id$/.test(name)) form.append(name, ids[name] ?? w.people.mine.id)
  }
  const fixed: Record<string, string> = { version: '1', reason: 'Planned review of the case', notes: 'Seen at the office', date: '2026-11-30', level: '2', status: 'ACTIVE', locale: 'cy' }
  for (const [name, value] of Object.entries(fixed)) form.append(name, value)
  return form
}
