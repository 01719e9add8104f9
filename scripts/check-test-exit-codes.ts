import { spawn } from 'node:child_process'

/**
 * `npm test` runs this first (issue 12): each test layer is run over a planted test, exactly as configured for
 * the real suite, and must exit non-zero when the test fails and zero when it passes. Once, a failing
 * integration test exited 0 because a dependency's exit hook replaced the exit code; this keeps that from coming
 * back unnoticed. The cases run side by side and take seconds.
 */
type Case = { name: string; command: string[]; env?: Record<string, string>; expectFailure: boolean }

const vitest = (project: 'unit' | 'integration', file: string) => ['npx', 'vitest', 'run', '--config', 'vitest.self-check.config.ts', '--project', project, `tests/self-check/planted/${file}`]

const cases: Case[] = [
  { name: 'unit: a passing test exits 0', command: vitest('unit', 'unit-passes.planted.ts'), expectFailure: false },
  { name: 'unit: a failing assertion fails', command: vitest('unit', 'unit-assertion.planted.ts'), expectFailure: true },
  { name: 'integration: a passing test exits 0', command: vitest('integration', 'int-passes.planted.ts'), expectFailure: false },
  { name: 'integration: a failing assertion fails', command: vitest('integration', 'int-assertion.planted.ts'), expectFailure: true },
  { name: 'integration: a throwing beforeAll fails', command: vitest('integration', 'int-hook.planted.ts'), expectFailure: true },
  { name: 'integration: an unhandled rejection fails', command: vitest('integration', 'int-unhandled.planted.ts'), expectFailure: true },
  {
    name: 'integration: a global setup that cannot reach its database fails',
    command: vitest('integration', 'int-passes.planted.ts'),
    env: { DATABASE_URL: 'postgresql://postgres:postgres@127.0.0.1:1/postgres' },
    expectFailure: true,
  },
  { name: 'end-to-end: a failing test fails', command: ['npx', 'playwright', 'test', '--config', 'playwright.self-check.config.ts'], expectFailure: true },
]

function run(c: Case): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const [command, ...args] = c.command as [string, ...string[]]
    const env: NodeJS.ProcessEnv = { ...process.env, ...c.env, FORCE_COLOR: '0' }
    if (!c.env?.DATABASE_URL) delete env.DATABASE_URL // the embedded server's path is the one that once swallowed failures
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

async function main() {
  const started = Date.now()
  const results = await Promise.all(cases.map(async (c) => ({ c, ...(await run(c)) })))
  let broken = 0
  for (const { c, code, output } of results) {
    const ok = c.expectFailure ? code !== 0 : code === 0
    console.log(`[self-check] ${ok ? 'ok  ' : 'FAIL'} ${c.name} (exit ${code})`)
    if (!ok) {
      broken++
      console.log(output.split('\n').slice(-25).join('\n'))
    }
  }
  if (broken) {
    console.error(`[self-check] ${broken} layer(s) do not report test results through their exit code: npm test cannot be trusted until this is fixed.`)
    process.exit(1)
  }
  console.log(`[self-check] every layer's failures fail the build (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

void main()
