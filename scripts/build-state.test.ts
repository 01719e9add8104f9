import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSteps } from './build-state'

describe('the production build that npm start, the e2e server and the scale test run', () => {
  it('makes the Prisma client from the schema before Next builds against it (re-check of issue 16: a stale client failed every write naming a new column)', () => {
    expect(buildSteps.map(([command, args]) => [path.basename(command), ...args])).toEqual([
      ['prisma', 'generate'],
      ['next', 'build'],
    ])
  })
})
