import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { freePort } from '../../scripts/embedded-postgres'

// Issue 18: SIGTERM to `npm start` (as a process manager sends it) or Ctrl-C must stop everything it started within
// 10 s, and a start that finds the data folder in use says so in one sentence. Runs after the suite's production
// build, so `npm start` serves that build rather than building again.
test.describe.configure({ timeout: 300_000 })

type Start = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

function npmStart(dataDir: string, port: number, dbPort: number): Start {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), LLWYBR_DB_PORT: String(dbPort), LLWYBR_DATA_DIR: dataDir }
  delete env.DATABASE_URL
  // Its own process group, as a shell gives a job: Ctrl-C is a SIGINT to the whole group.
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

async function healthy(port: number, within: number) {
  const deadline = Date.now() + within
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`npm start did not serve on port ${port} within ${within} ms`)
}

/** Every live process in the group `npm start` leads: npm, the start script, the Next server, PostgreSQL. */
function processesIn(group: number): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return fields[0] !== 'Z' && Number(fields[2]) === group ? [Number(d)] : []
    } catch {
      return []
    }
  })
}

async function allGone(pids: number[], within: number): Promise<number> {
  const started = Date.now()
  const alive = () => pids.filter((pid) => fs.existsSync(`/proc/${pid}`) && !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '))
  while (alive().length && Date.now() - started < within) await new Promise((r) => setTimeout(r, 100))
  expect(alive(), 'processes left running').toEqual([])
  return Date.now() - started
}

test('npm start stops everything on SIGTERM or Ctrl-C within 10 s, and refuses a data folder in use in one sentence', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llwybr-start-stop-'))
  fs.chmodSync(dataDir, 0o755) // as root the server runs as the postgres OS user, which must reach the folder
  const [port, dbPort, otherPort, otherDbPort] = [await freePort(), await freePort(), await freePort(), await freePort()]
  const first = npmStart(path.join(dataDir, 'postgres'), port, dbPort)
  const groups = [first.child.pid!]
  try {
    await healthy(port, 180_000)
    const group = processesIn(first.child.pid!)
    expect(group.length).toBeGreaterThanOrEqual(4)
    // The server runs the background job workers too (issue 18 item 2), and stops them with the rest below.
    expect(first.output()).toMatch(/\[llwybr\] jobs: \d+ scheduled, workers running/)

    const second = npmStart(path.join(dataDir, 'postgres'), otherPort, otherDbPort)
    expect(await second.exited).toBe(1)
    expect(second.output()).toMatch(/The database folder .* is in use by PostgreSQL process \d+ .*: stop it with `kill \d+`/)
    expect(second.output()).not.toMatch(/Unhandled|at .*\.ts:\d+/)

    process.kill(first.child.pid!, 'SIGTERM') // npm alone, as a process manager does
    expect(await allGone(group, 10_000)).toBeLessThan(10_000)
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)

    const again = npmStart(path.join(dataDir, 'postgres'), port, dbPort)
    groups.push(again.child.pid!)
    await healthy(port, 60_000)
    const againGroup = processesIn(again.child.pid!)
    process.kill(-again.child.pid!, 'SIGINT') // Ctrl-C: the terminal signals the whole job
    expect(await allGone(againGroup, 10_000)).toBeLessThan(10_000)
  } finally {
    for (const pid of groups.flatMap(processesIn)) process.kill(pid, 'SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})
