import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { HEAD } from './download-head'

// Routes whose GET is no download worth auditing as one: sign-in, health, and the calendar feed a phone polls.
const NOT_DOWNLOADS = ['app/api/auth/[...nextauth]/route.ts', 'app/api/health/route.ts', 'app/api/cosa/calendar/[token]/route.ts']

const routes = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routes(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : []))

describe('a download route asked for its head (break 53 F8)', () => {
  it('answers 405 allowing GET, so nothing is audited as downloaded', () => {
    const answer = HEAD()
    expect([answer.status, answer.headers.get('allow')]).toEqual([405, 'GET'])
  })

  it('is every route handler but sign-in, health and the calendar feed', () => {
    const src = path.resolve(import.meta.dirname, '../..')
    const missing = routes(path.join(src, 'app'))
      .map((file) => path.relative(src, file).split(path.sep).join('/'))
      .filter((file) => !NOT_DOWNLOADS.includes(file))
      .filter((file) => !/export \{ HEAD \} from '@\/app\/_lib\/download-head'/.test(fs.readFileSync(path.join(src, file), 'utf8')))
    expect(missing).toEqual([])
  })
})
