import { spawnSync } from 'node:child_process'
import { SetupError } from './setup-error'

export type OsUser = { uid: number; gid: number }

const idOf = (flag: '-u' | '-g') => {
  const r = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' })
  return r.status === 0 ? Number(r.stdout.trim()) : undefined
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS user, created here when missing
 * (a system user with no home and no login). Output: its ids, or undefined when not root. Throws Error with one
 * sentence when the user cannot be created.
 */
export function postgresOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined
  if (idOf('-u') === undefined) {
    if (idOf('-g') === undefined) spawnSync('groupadd', ['--system', 'postgres'])
    spawnSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'])
  }
  const uid = idOf('-u')
  const gid = idOf('-g')
  if (uid === undefined || gid === undefined) {
    throw new SetupError('Running as root, PostgreSQL needs an OS user named postgres and it could not be created: create it (useradd --system postgres), run as a normal user, or set DATABASE_URL.')
  }
  return { uid, gid }
}

/** Whether `user` can execute (`x`), read (`r`) or write (`w`) `target`, every folder on the way included. */
export function reachablePath(target: string, user: OsUser, mode: 'x' | 'r' | 'w'): boolean {
  return spawnSync('test', [`-${mode}`, target], { uid: user.uid, gid: user.gid }).status === 0
}
