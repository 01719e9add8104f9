import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Every .tsx file under `src/` (the generated client left out) as its path relative to `src/` with forward slashes,
 * and its text: what the form scans read (issue 17 items 2 and 3). Test-only; never imported by the app.
 */
export function tsxSources(): { file: string; text: string }[] {
  const root = path.resolve(import.meta.dirname, '..')
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) return e.name === 'generated' ? [] : walk(full)
      return e.name.endsWith('.tsx') ? [full] : []
    })
  return walk(root).map((full) => ({ file: path.relative(root, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') }))
}
