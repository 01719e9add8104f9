import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SetupError } from '../setup-error'

const HAPROXY = ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy'].find((p) => fs.existsSync(p))

/**
 * HAProxy from Debian in front of the instances: round robin, a health check on /api/health every second (three misses take an instance out; a busy one is slow, not gone), and a
 * request that finds its instance gone (closed port, dropped idle connection) retried on another one, which is what a
 * managed load balancer does during a rolling restart (issue 18). Input: the listening port and the instances' ports.
 * Output: `stop()`. Errors: SetupError when HAProxy is not installed (saying how to install it).
 */
export async function startHaproxy(port: number, backends: number[]): Promise<{ stop: () => Promise<void> }> {
  if (!HAPROXY) throw new SetupError('HAProxy is not installed: run `apt-get install -y haproxy` (Debian), or use .ci/run, which installs it.')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llwybr-haproxy-'))
  const config = path.join(dir, 'haproxy.cfg')
  fs.writeFileSync(config, [
    'global', '  maxconn 2000',
    'defaults', '  mode http', '  timeout connect 2s', '  timeout check 5s', '  timeout client 60s', '  timeout server 60s',
    '  retries 3', '  option redispatch 1', '  retry-on conn-failure empty-response response-timeout 502 503',
    `frontend web`, `  bind 127.0.0.1:${port}`, '  option forwardfor', '  default_backend llwybr',
    'backend llwybr', '  balance roundrobin', '  option httpchk GET /api/health',
    ...backends.map((b, i) => `  server app${i + 1} 127.0.0.1:${b} check inter 1s fall 3 rise 1`),
    '',
  ].join('\n'))
  const check = spawnSync(HAPROXY, ['-c', '-f', config], { encoding: 'utf8' })
  if (check.status !== 0) throw new SetupError(`HAProxy refused its configuration: ${check.stdout}${check.stderr}`)
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return {
    stop: async () => {
      child.kill('SIGTERM')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
