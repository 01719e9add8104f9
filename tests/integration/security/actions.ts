import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sourceFiles } from '../../support/source-files'
import { Redirected } from './support'

/** One server action as the browser can reach it: an exported async function of a `'use server'` module. */
export type DiscoveredAction = {
  /** `<module path under src/server>#<export name>`, e.g. `cosa/actions#recordEnquiryAction`. */
  id: string
  name: string
  file: string
  fn: (...args: unknown[]) => Promise<unknown>
}

const SERVER = path.resolve(import.meta.dirname, '../../../src')

/** The source files whose first statement is `'use server'`: every export of such a file is a public POST endpoint. */
export function serverActionFiles(): string[] {
  return sourceFiles(SERVER)
    .filter((file) => /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use server['"]/.test(readFileSync(file, 'utf8')))
    .sort()
}

/**
 * Every server action, found by importing each `'use server'` module and taking every exported function (issue 17,
 * "the suite that keeps it true"): an action added by anyone is covered without being listed here. Call after
 * `request-mocks` is imported. Output: the actions sorted by id.
 */
export async function discoverActions(): Promise<DiscoveredAction[]> {
  const found: DiscoveredAction[] = []
  for (const file of serverActionFiles()) {
    const exported = (await import(file)) as Record<string, unknown>
    const rel = path.relative(path.join(SERVER, 'server'), file).replace(/\.tsx?$/, '')
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === 'function') found.push({ id: `${rel}#${name}`, name, file, fn: value as DiscoveredAction['fn'] })
    }
  }
  return found.sort((a, b) => a.id.localeCompare(b.id))
}

/** What an action answered: its result, a redirect (Next's control flow) or an error it threw. */
export type Answer = { kind: 'result'; value: unknown } | { kind: 'redirect'; url: string } | { kind: 'threw'; error: unknown }

/**
 * Calls an action as a raw POST would: `(prevState, body)` for a form action (two parameters), `(body)` for a
 * one-parameter action. Never throws: a redirect or an error is part of the answer.
 */
export async function callAction(action: DiscoveredAction, body: unknown): Promise<Answer> {
  try {
    const value = action.fn.length >= 2 ? await action.fn(null, body) : await action.fn(body)
    return { kind: 'result', value }
  } catch (error) {
    if (error instanceof Redirected) return { kind: 'redirect', url: error.url }
    return { kind: 'threw', error }
  }
}

/** The result's code (`ok` for success), the redirect's target, or the thrown error's message, for a failure list. */
export function codeOf(answer: Answer): string {
  if (answer.kind === 'redirect') return `redirect ${answer.url}`
  if (answer.kind === 'threw') return `threw ${answer.error instanceof Error ? answer.error.message : String(answer.error)}`
  const value = answer.value as { ok?: boolean; code?: string } | null | undefined
  if (!value || typeof value !== 'object') return `answered ${String(value)}`
  return value.ok ? 'ok' : String(value.code)
}
