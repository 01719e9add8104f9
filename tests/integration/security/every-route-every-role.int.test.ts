import { readdirSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { openSession } from '../../../src/server/auth/sessions'
import { prisma } from '../../../src/server/db'
import { pdfLines } from '../../support/pdf-text'
import { buildWorld, type World } from '../../support/world'
import { routeExpectations, type Caller, type RouteCase } from './route-expectations'
import { routeFixtures, type RouteFixtures } from './route-fixtures'
import { callersByRole } from './role-actors'
import { routeSession } from './route-session'

// Issue 17, the suite that keeps it true (security.md AC-2, AC-4): every route handler, found on the file system, is
// called as every role, with no session and as a user disabled since signing in, with real sessions resolved from
// real Postgres (only next-auth's cookie decoding is replaced: the session id is given). 0 differences from the
// answers route-expectations.ts declares from the permission matrix, and no restricted MAPPA minutes text in any
// CSV or PDF a caller without the grant can fetch.
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

/** A response's readable text: a PDF through its fonts, anything else as UTF-8. */
async function textOf(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer())
  return response.headers.get('content-type')?.includes('application/pdf') ? (await pdfLines(bytes)).join('\n') : bytes.toString('utf8')
}

describe('every route handler', () => {
  it('is declared in route-expectations.ts, and every declaration is a route that exists', () => {
    const files = routeFiles().sort()
    expect(files.length).toBeGreaterThanOrEqual(12)
    expect(files.filter((file) => !(file in routeExpectations))).toEqual([])
    expect(Object.keys(routeExpectations).filter((file) => !files.includes(file))).toEqual([])
  })

  it('answers every role, anonymous and disabled caller as the permission matrix says, and leaks no restricted minutes', async () => {
    const differences: string[] = []
    const leaks: string[] = []
    const reached = new Set<string>()
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
          if (!c.markers || response.status !== 200) continue
          const text = await textOf(response)
          for (const marker of c.markers.strings) {
            if (!text.includes(marker)) continue
            if (c.markers.grantedTo.includes(caller)) reached.add(`${caller} ${marker}`)
            else leaks.push(`${marker} in ${file} (${c.label}) as ${caller}`)
          }
        }
      }
    }
    routeSession.id = null
    expect(differences).toEqual([])
    expect(leaks).toEqual([])
    // Every marker reaches every caller granted it, or finding none elsewhere would prove nothing.
    const mustReach = Object.values(routeExpectations).flatMap((cases) =>
      Array.isArray(cases) ? cases.flatMap((c) => (c.markers ? c.markers.grantedTo.flatMap((g) => c.markers!.strings.map((m) => `${g} ${m}`)) : [])) : [],
    )
    expect([...reached].sort()).toEqual([...new Set(mustReach)].sort())
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
