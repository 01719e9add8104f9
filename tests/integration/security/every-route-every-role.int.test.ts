import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { openSession } from '../../../src/server/auth/sessions'
import { prisma } from '../../../src/server/db'
import { pdfLines } from '../../support/pdf-text'
import { buildWorld, type World } from '../../support/world'
import { routeExpectations, type Caller, type MarkerName, type RouteCase } from './route-expectations'
import { routeFixtures, type RouteFixtures } from './route-fixtures'
import { callersByRole } from './role-actors'
import { routeSession } from './route-session'

// Issue 17, the suite that keeps it true (security.md AC-2, AC-4): every route handler, found on the file system, is
// called as every role, with no session and as a user disabled since signing in, with real sessions resolved from
// real Postgres (only next-auth's cookie decoding is replaced: the session id is given). 0 differences from the
// answers route-expectations.ts declares from the permission matrix, and no planted marker (a Limited Access person's
// name, CRN or id, another team's person, minutes not approved or about another nominal, another volunteer's circle)
// in any answer — CSV, ICS, PDF, spreadsheet or ZIP, every file of it — a caller without the grant can fetch.
// Messages are their keys followed by their values, so text a message carries (a disclosure's reason) is scanned too.
vi.mock('next-intl/server', () => ({
  getTranslations: async () => (key: string, values?: Record<string, unknown>) => (values ? `${key} ${Object.values(values).join(' ')}` : key),
  getLocale: async () => 'en',
}))
vi.mock('../../../src/server/session', async () => {
  const { loadSession } = await import('../../../src/server/auth/load-actor')
  const { prisma: db } = await import('../../../src/server/db')
  const { routeSession: current } = await import('./route-session')
  const resolve = async () => (current.id ? loadSession(db, current.id) : null)
  return {
    TWO_STEP_PATH: '/account/two-step',
    getActor: async () => {
      const r = await resolve()
      return r && !r.mustEnrol ? r.actor : null
    },
    getTwoStepActor: async () => (await resolve())?.actor ?? null,
    mustEnrolFirst: async () => Boolean((await resolve())?.mustEnrol),
  }
})

const APP = path.resolve(import.meta.dirname, '../../../src/app')

/** Every `route.ts` under src/app, as its path relative to src/app. */
function routeFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === 'route.ts' ? [path.relative(APP, full)] : []
  })
}

/** Ids no record can have, as the break test sent them: a word, 3,000 characters, and `%00` decoded. */
const MALFORMED_IDS = ['not-a-uuid', 'a'.repeat(3000), '\0']

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>

let w: World
let f: RouteFixtures
const sessions = new Map<Caller, string | null>()
beforeAll(async () => {
  w = await buildWorld()
  const callers = await callersByRole(w)
  f = await routeFixtures(w, callers)
  for (const c of callers) sessions.set(c.role, await openSession(prisma, c.actor.userId, {}))
  sessions.set('ANONYMOUS', null)
  // Signed in as an officer of the subject's team, then disabled: their next request must count for nothing.
  const disabled = await prisma.user.create({ data: { email: `disabled-${w.tag}@llwybr.test`, name: 'Disabled officer', roles: ['PROBATION_OFFICER'], agencyId: w.nps.id, teamId: w.teamA.id } })
  sessions.set('DISABLED', await openSession(prisma, disabled.id, {}))
  await prisma.user.update({ where: { id: disabled.id }, data: { status: 'DISABLED' } })
}, 120_000)

/** The status the declaration gives this caller. */
function expectedStatus(c: RouteCase, caller: Caller): number {
  if (c.allowed === 'everyone') return 200
  if (c.allowed.includes(caller)) return 200
  if (!c.public && (caller === 'ANONYMOUS' || caller === 'DISABLED')) return 401
  return c.refused ?? 404
}

const ZIPPED = /^application\/(zip|vnd\.openxmlformats-officedocument\.)/
const TEXT = /^(text\/(csv|calendar|plain|html)|application\/json)/

/**
 * Everything a download says, as text: a PDF through its fonts, a ZIP (and a spreadsheet, which is one) every file of
 * it by its own kind, text as UTF-8. A kind it cannot read fails the test, so no new download goes unscanned.
 * `stored` is a document as uploaded: its bytes are the uploader's, searched as they are.
 */
async function textOf(bytes: Uint8Array, type: string, name: string): Promise<string> {
  if (type === 'stored') return Buffer.from(bytes).toString('latin1')
  if (type.startsWith('application/pdf') || name.endsWith('.pdf')) return (await pdfLines(bytes)).join('\n')
  if (ZIPPED.test(type)) {
    const zip = await JSZip.loadAsync(bytes)
    const files = Object.values(zip.files).filter((file) => !file.dir)
    expect(files.length, `${name}: an empty archive`).toBeGreaterThan(0)
    const texts = await Promise.all(files.map(async (file) => textOf(await file.async('uint8array'), file.name.endsWith('.pdf') ? 'application/pdf' : 'text/plain', file.name)))
    return texts.join('\n')
  }
  if (TEXT.test(type)) return Buffer.from(bytes).toString('utf8')
  throw new Error(`${name}: cannot read a ${type} answer; teach textOf, so the marker scan covers it`)
}

/** A route's source and the src/app modules it imports (a download's headers may be set by a helper). */
function sourceOf(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return ''
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  const local = [...text.matchAll(/from '((?:\.{1,2}|@\/app)\/[^']+)'/g)].map((m) => m[1]!.replace(/^@\/app/, APP))
  const resolved = local.map((spec) => (path.isAbsolute(spec) ? spec : path.resolve(path.dirname(file), spec)) + '.ts')
  return [text, ...resolved.filter(existsSync).map((f) => sourceOf(f, seen))].join('\n')
}

describe('every route handler', () => {
  it('is declared in route-expectations.ts, and every declaration is a route that exists', () => {
    const files = routeFiles().sort()
    expect(files.length).toBeGreaterThanOrEqual(12)
    expect(files.filter((file) => !(file in routeExpectations))).toEqual([])
    expect(Object.keys(routeExpectations).filter((file) => !files.includes(file))).toEqual([])
  })

  it('scans every download: a route that sends a file is requested here, not only over HTTP', () => {
    const downloads = routeFiles().filter((file) => /Content-Disposition/i.test(sourceOf(path.join(APP, file))))
    expect(downloads.length).toBeGreaterThanOrEqual(10)
    expect(downloads.filter((file) => !Array.isArray(routeExpectations[file]))).toEqual([])
  })

  it('answers every role, anonymous and disabled caller as the permission matrix says, and leaks no planted marker', async () => {
    const differences: string[] = []
    const leaks: string[] = []
    const reached = new Set<string>()
    const mustReach = new Set<string>()
    const downloads = new Set<string>()
    let requests = 0
    for (const [file, cases] of Object.entries(routeExpectations)) {
      if (!Array.isArray(cases)) continue
      const handler = ((await import(path.join(APP, file))) as { GET: Handler }).GET
      for (const c of cases) {
        for (const [caller, sid] of sessions) {
          routeSession.id = sid
          const response = await handler(new Request(`http://localhost${c.path(f)}`), { params: Promise.resolve(c.params?.(f) ?? {}) })
          requests++
          const want = expectedStatus(c, caller)
          if (response.status !== want) differences.push(`${file} (${c.label}) as ${caller}: ${response.status}, expected ${want}`)
          const granted = new Set((c.grants ?? []).filter((g) => g.to.includes(caller)).flatMap((g) => g.markers))
          if (response.status === 200) for (const name of granted) mustReach.add(`${caller} ${name} in ${c.label}`)
          const bytes = new Uint8Array(await response.arrayBuffer())
          if (!bytes.length) continue
          if (response.headers.get('content-disposition')) downloads.add(file)
          const type = file.startsWith('api/documents/') && response.status === 200 ? 'stored' : (response.headers.get('content-type') ?? '')
          const text = await textOf(bytes, type, `${file} (${c.label})`)
          for (const [name, marker] of Object.entries(f.markers) as [MarkerName, string][]) {
            if (!text.includes(marker)) continue
            if (granted.has(name)) reached.add(`${caller} ${name} in ${c.label}`)
            else leaks.push(`${name} in ${file} (${c.label}) as ${caller}`)
          }
        }
      }
    }
    routeSession.id = null
    expect(differences).toEqual([])
    expect(leaks).toEqual([])
    // Every grant is seen by its caller, or finding none elsewhere would prove nothing.
    expect([...mustReach].filter((g) => !reached.has(g))).toEqual([])
    expect(downloads.size).toBeGreaterThanOrEqual(10)
    expect(requests).toBeGreaterThan(150)
  }, 300_000)

  // Break test of issue 16, D3: a malformed id reached a uuid column and Postgres's refusal became a 500 (the minutes
  // PDF with an empty body). Each dynamic segment in turn, the others as the first declared case gives them.
  it('answers a malformed id in any dynamic segment 404 (401 without a session), never 500', async () => {
    const differences: string[] = []
    for (const [file, cases] of Object.entries(routeExpectations)) {
      if (!Array.isArray(cases) || !cases[0]?.params) continue
      const handler = ((await import(path.join(APP, file))) as { GET: Handler }).GET
      const valid = cases[0].params(f)
      // A public route (the address is the credential) answers anyone the same: not found.
      const open = cases.some((c) => c.public || c.allowed === 'everyone')
      for (const [segment, bad] of Object.keys(valid).flatMap((s) => MALFORMED_IDS.map((m) => [s, m] as const))) {
        for (const [caller, sid] of sessions) {
          routeSession.id = sid
          const response = await handler(new Request('http://localhost/malformed'), { params: Promise.resolve({ ...valid, [segment]: bad }) })
          const want = !open && (caller === 'ANONYMOUS' || caller === 'DISABLED') ? 401 : 404
          if (response.status !== want) differences.push(`${file} ${segment}=${JSON.stringify(bad.slice(0, 12))} as ${caller}: ${response.status}, expected ${want}`)
        }
      }
    }
    routeSession.id = null
    expect(differences).toEqual([])
  }, 300_000)
})
